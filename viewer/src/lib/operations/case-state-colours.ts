import { CASE_STATES, type CaseState } from '../api/case-types.ts';

/**
 * Case marker colours by workflow state: the command centre's stages (上报 … 派遣) in purples and
 * blues, growing cooler as a case moves on; with the department (派遣) bright blue; handled and
 * verified in greens; closed and voided grey. Overdue cases get a red ring whatever their state.
 */
export const CASE_STATE_COLOURS: Readonly<Record<CaseState, string>> = Object.freeze({
  reported: '#ab47bc',
  accepted: '#7e57c2',
  registered: '#5c6bc0',
  dispatched: '#039be5',
  handled: '#26a69a',
  verified: '#7cb342',
  closed: '#bdbdbd',
  voided: '#757575',
});

/** Ring colour of an overdue case. */
export const OVERDUE_COLOUR = '#ff1744';

/** Colour of a state the list does not know (a local workflow step). */
export const OTHER_CASE_COLOUR = '#ffffff';

/** The marker colour of a case state. */
export function caseStateColour(state: string): string {
  return (CASE_STATES as readonly string[]).includes(state) ? CASE_STATE_COLOURS[state as CaseState] : OTHER_CASE_COLOUR;
}

/** Whether a case is finished: closed or voided. */
export function isCaseFinished(state: string): boolean {
  return state === 'closed' || state === 'voided';
}
