import type { CaseAction, CaseHistoryEntry, CaseState, UrbanCase } from '../case-schemas.ts';

// A case as it stood at an instant, read from its history: the indicators of a period count only
// what had happened by the period's end, so a report can be rerun for last month and agree with
// the one made then.

/** The history entries dated before `until` (all of them when `until` is null). */
export function historyUntil(urbanCase: UrbanCase, until: Date | null): CaseHistoryEntry[] {
  if (until === null) return urbanCase.history;
  const limit = until.getTime();
  return urbanCase.history.filter((entry) => new Date(entry.at).getTime() < limit);
}

/** The state after the last of `entries`; null when there are none (the case did not exist yet). */
export function stateAfter(entries: readonly CaseHistoryEntry[]): CaseState | null {
  return entries.length === 0 ? null : entries[entries.length - 1].to;
}

/** The department after the last of `entries`. */
export function departmentAfter(entries: readonly CaseHistoryEntry[]): string | null {
  return entries.length === 0 ? null : entries[entries.length - 1].department;
}

/** True when one of `entries` is the action. */
export function hasAction(entries: readonly CaseHistoryEntry[], action: CaseAction): boolean {
  return entries.some((entry) => entry.action === action);
}

/** True when one of `entries` reached the state. */
export function reachedState(entries: readonly CaseHistoryEntry[], state: CaseState): boolean {
  return entries.some((entry) => entry.to === state);
}

/**
 * The handling span: the last dispatch among `entries` and the first handling after it, or null
 * when the case was not handled since its last dispatch. Earlier dispatches that a department
 * returned do not count; neither does handling again after 返工, which the rework rate measures.
 */
export function handlingSpan(entries: readonly CaseHistoryEntry[]): { dispatchedAt: Date; handledAt: Date } | null {
  let dispatch = -1;
  entries.forEach((entry, index) => {
    if (entry.action === 'dispatch') dispatch = index;
  });
  if (dispatch < 0) return null;
  const handle = entries.slice(dispatch + 1).find((entry) => entry.action === 'handle');
  return handle ? { dispatchedAt: new Date(entries[dispatch].at), handledAt: new Date(handle.at) } : null;
}

/** The last handling among `entries`, the one a closed case was closed on. */
export function lastHandledAt(entries: readonly CaseHistoryEntry[]): Date | null {
  for (let index = entries.length - 1; index >= 0; index--) if (entries[index].action === 'handle') return new Date(entries[index].at);
  return null;
}
