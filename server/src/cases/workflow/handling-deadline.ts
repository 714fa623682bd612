import { findHandlingDeadlineRule, type CaseClass, type CaseUrgency, type ExtensionRequest, type HandlingDeadline } from '../case-schemas.ts';
import type { WorkflowOptions } from './workflow-options.ts';
import { addTimeLimit } from './working-hours.ts';

/** The handling deadline a case gets when it is dispatched at `at`: its class's limit from then. */
export function startHandlingDeadline(caseClass: CaseClass, urgency: CaseUrgency, at: Date, options: WorkflowOptions): HandlingDeadline {
  const rule = findHandlingDeadlineRule(caseClass, urgency, options.deadlineRules);
  return {
    ruleId: rule.id,
    limit: { ...rule.limit },
    startedAt: at.toISOString(),
    dueAt: addTimeLimit(at, rule.limit, options.calendar).toISOString(),
    extensions: [],
  };
}

/**
 * The deadline after an approved extension: the due time moves by `grantedHours`, counted in
 * the deadline's own unit from the current due time (so 4 working hours from a Friday 17:30 due
 * time end on Monday at 13:30 + 0.5 h), and the grant is recorded.
 */
export function extendHandlingDeadline(
  deadline: HandlingDeadline,
  request: ExtensionRequest,
  grantedHours: number,
  approval: { approvedBy: string; approvedAt: Date },
  options: WorkflowOptions,
): HandlingDeadline {
  const dueAt = addTimeLimit(new Date(deadline.dueAt), { hours: grantedHours, unit: deadline.limit.unit }, options.calendar).toISOString();
  return {
    ...deadline,
    dueAt,
    extensions: [...deadline.extensions, { ...request, grantedHours, approvedBy: approval.approvedBy, approvedAt: approval.approvedAt.toISOString(), previousDueAt: deadline.dueAt, dueAt }],
  };
}
