import type { CaseAction, CaseRole, CaseSource, CaseState } from '../case-schemas.ts';

// The workflow of a case as a table: for each action, the state it leaves, the state it reaches
// and the roles that may take it. 退回 (return) sends a case one stage back, to the desk before;
// 返工 (rework) is the patrol inspector's failed verification, back to the department; 作废 (void)
// is only possible before 立案; the three extension actions keep the case where it is.

/** The actions that move a case once it is open. */
export type TransitionAction = Exclude<CaseAction, 'report'>;

/** One allowed step of the workflow. */
export interface CaseTransition {
  action: TransitionAction;
  from: CaseState;
  to: CaseState;
  roles: readonly CaseRole[];
  /** A reason (note) is required. */
  needsNote: boolean;
}

function step(action: TransitionAction, from: CaseState, to: CaseState, roles: CaseRole[], needsNote = false): CaseTransition {
  return Object.freeze({ action, from, to, roles: Object.freeze(roles), needsNote });
}

const COMMAND_CENTRE_DECIDES: CaseRole[] = ['dispatcher', 'shift-leader'];

/** Every allowed transition. */
export const CASE_TRANSITIONS: readonly CaseTransition[] = Object.freeze([
  step('accept', 'reported', 'accepted', ['acceptor']),
  step('register', 'accepted', 'registered', ['shift-leader']),
  step('dispatch', 'registered', 'dispatched', ['dispatcher']),
  step('handle', 'dispatched', 'handled', ['department']),
  step('verify', 'handled', 'verified', ['patroller']),
  step('rework', 'handled', 'dispatched', ['patroller'], true),
  step('close', 'verified', 'closed', ['shift-leader']),
  // 退回: the shift leader sends an accepted report back to the acceptor, the dispatcher a case
  // that should not have been registered back to the shift leader, a department a wrongly
  // dispatched case back to the dispatcher, the shift leader a verification back to the patrol.
  step('return', 'accepted', 'reported', ['shift-leader'], true),
  step('return', 'registered', 'accepted', ['dispatcher'], true),
  step('return', 'dispatched', 'registered', ['department'], true),
  step('return', 'verified', 'handled', ['shift-leader'], true),
  step('void', 'reported', 'voided', ['acceptor'], true),
  step('void', 'accepted', 'voided', ['acceptor', 'shift-leader'], true),
  step('request-extension', 'dispatched', 'dispatched', ['department'], true),
  step('approve-extension', 'dispatched', 'dispatched', COMMAND_CENTRE_DECIDES),
  step('reject-extension', 'dispatched', 'dispatched', COMMAND_CENTRE_DECIDES, true),
]);

/** The role that opens a case from each source: the public, the patrol, a sensor, the 12345 desk. */
export const REPORTING_ROLES: Readonly<Record<CaseSource, readonly CaseRole[]>> = Object.freeze({
  'public-report': ['reporter', 'acceptor'],
  patrol: ['patroller'],
  'sensor-alarm': ['system'],
  'hotline-12345': ['acceptor'],
});

/** The transitions that leave a state. */
export function transitionsFrom(state: CaseState): CaseTransition[] {
  return CASE_TRANSITIONS.filter((transition) => transition.from === state);
}
