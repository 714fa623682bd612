import { DataError } from '@cimtwin/schemas';
import type { CaseAction, CaseRole, CaseState } from '../case-schemas.ts';

/** Why a transition was refused, with the HTTP status the API answers with. */
export const CASE_TRANSITION_ERROR_STATUS = {
  'invalid-transition': 409,
  'role-not-allowed': 403,
  'wrong-department': 403,
  'invalid-input': 400,
  'extension-pending': 409,
  'no-pending-extension': 409,
  'time-out-of-order': 400,
} as const;
export type CaseTransitionErrorCode = keyof typeof CASE_TRANSITION_ERROR_STATUS;

/** What the error says about the refused transition, also sent as problem+json `errors`. */
export interface CaseTransitionErrorDetails {
  code: CaseTransitionErrorCode;
  caseId: string;
  state: CaseState | null;
  action: CaseAction;
  role: CaseRole;
  /** Actions allowed from the state (invalid-transition) or roles allowed for the action (role-not-allowed). */
  allowed: string[];
}

/**
 * A refused workflow step. It is a DataError, so the server answers with its `status` (409 for
 * an action the state does not allow, 403 for a role that may not take it, 400 for bad input)
 * and the message, which starts with `case-workflow:` and says what is allowed.
 */
export class CaseTransitionError extends DataError {
  readonly code: CaseTransitionErrorCode;
  declare readonly details: CaseTransitionErrorDetails;

  constructor(message: string, details: CaseTransitionErrorDetails) {
    super(`case-workflow: ${message}`, { status: CASE_TRANSITION_ERROR_STATUS[details.code], details });
    this.name = 'CaseTransitionError';
    this.code = details.code;
  }
}

/** True for a {@link CaseTransitionError}, also across module copies. */
export function isCaseTransitionError(error: unknown): error is CaseTransitionError {
  return error instanceof CaseTransitionError || (error instanceof Error && error.name === 'CaseTransitionError');
}
