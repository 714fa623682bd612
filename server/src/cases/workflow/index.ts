// The case workflow (案件流程) as a pure state machine, with working-hour deadline arithmetic.
export { CASE_TRANSITIONS, REPORTING_ROLES, transitionsFrom } from './case-transitions.ts';
export type { CaseTransition, TransitionAction } from './case-transitions.ts';
export { CaseTransitionError, CASE_TRANSITION_ERROR_STATUS, isCaseTransitionError } from './case-transition-error.ts';
export type { CaseTransitionErrorCode, CaseTransitionErrorDetails } from './case-transition-error.ts';
export type { TransitionContext } from './transition-context.ts';
export { WORKFLOW_DEFAULTS } from './workflow-options.ts';
export type { WorkflowOptions } from './workflow-options.ts';
export { openCase } from './open-case.ts';
export type { CaseReport } from './open-case.ts';
export { applyTransition } from './apply-transition.ts';
export { startHandlingDeadline, extendHandlingDeadline } from './handling-deadline.ts';
export { addWorkingHours, workingHoursBetween, addTimeLimit, hoursBetween } from './working-hours.ts';
