import { HANDLING_DEADLINE_DEFAULTS, WORKING_CALENDAR_DEFAULTS, type HandlingDeadlineRule, type WorkingCalendar } from '../case-schemas.ts';

/** What the workflow needs from the city: its deadline table and working calendar. */
export interface WorkflowOptions {
  /** Handling-deadline rules (处置时限); default HANDLING_DEADLINE_DEFAULTS. */
  deadlineRules: readonly HandlingDeadlineRule[];
  /** Working calendar for working-hour limits; default WORKING_CALENDAR_DEFAULTS. */
  calendar: WorkingCalendar;
}

/** Defaults of {@link WorkflowOptions}. */
export const WORKFLOW_DEFAULTS: Readonly<WorkflowOptions> = Object.freeze({
  deadlineRules: HANDLING_DEADLINE_DEFAULTS,
  calendar: WORKING_CALENDAR_DEFAULTS,
});
