import { WORKFLOW_DEFAULTS, type WorkflowOptions } from '../workflow/workflow-options.ts';

/** What the case store needs beyond the database: the city's workflow settings and a clock. */
export interface CaseStoreOptions {
  /** Deadline rules and working calendar; default WORKFLOW_DEFAULTS. */
  workflow?: Partial<WorkflowOptions>;
  /** The current time, for steps without `at` and for whether a case is overdue; default `new Date()`. */
  now?: () => Date;
}

/** The options with their defaults filled in. */
export function resolveCaseStoreOptions(options: CaseStoreOptions = {}): { workflow: WorkflowOptions; now: () => Date } {
  return { workflow: { ...WORKFLOW_DEFAULTS, ...options.workflow }, now: options.now ?? (() => new Date()) };
}
