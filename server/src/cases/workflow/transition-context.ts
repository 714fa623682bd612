import type { CaseAction, CaseRole } from '../case-schemas.ts';
import { CaseTransitionError } from './case-transition-error.ts';

/** Who takes a workflow step, when, and what the step needs. */
export interface TransitionContext {
  role: CaseRole;
  actor: string;
  /** When the step is taken: an ISO 8601 instant with offset, or a Date. */
  at: string | Date;
  /** Reason or remark; required for 退回, 返工, 作废, 申请延期 and 驳回延期. */
  note?: string | null;
  /** For 派遣: the department the case is dispatched to. */
  department?: string;
  /** For a department's step: the department the actor belongs to; it must be the case's. */
  actorDepartment?: string;
  /** For 申请延期: the hours asked; for 批准延期: the hours granted (default: as asked). */
  extensionHours?: number;
}

/** The instant of a step; throws a CaseTransitionError (invalid-input) when it is not one. */
export function parseInstant(at: string | Date, caseId: string, action: CaseAction, role: CaseRole): Date {
  const date = at instanceof Date ? at : /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(at) ? new Date(at) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new CaseTransitionError(`case ${caseId}: ${action} at ${JSON.stringify(at)} is no instant; give an ISO 8601 time with offset, e.g. 2024-05-06T09:00:00+08:00`, {
      code: 'invalid-input', caseId, state: null, action, role, allowed: [],
    });
  }
  return date;
}
