/**
 * The keyboard state of the address suggestion list, kept apart from the DOM: whether the list
 * is open and which entry is highlighted. -1 highlights nothing (the typed text itself), so
 * the arrows cycle through the entries and back to the text, as search boxes usually do.
 */
export interface SuggestionListState {
  open: boolean;
  count: number;
  /** Index of the highlighted suggestion; -1 for none. */
  highlighted: number;
}

/** A list with nothing in it. */
export const CLOSED_SUGGESTION_LIST: Readonly<SuggestionListState> = Object.freeze({ open: false, count: 0, highlighted: -1 });

/** What a key asks the search box to do besides moving the highlight. */
export type SuggestionCommand =
  | { kind: 'pick'; index: number }
  | { kind: 'geocode' }
  | { kind: 'close' };

/** The state after a key, and what to do, if anything. */
export interface SuggestionKeyResult {
  state: SuggestionListState;
  command?: SuggestionCommand;
}

/** A fresh list of `count` suggestions: open when there are any, nothing highlighted. */
export function openSuggestionList(count: number): SuggestionListState {
  return { open: count > 0, count, highlighted: -1 };
}

/** The list closed, keeping its suggestions so an arrow key opens it again. */
export function closeSuggestionList(state: SuggestionListState): SuggestionListState {
  return { ...state, open: false, highlighted: -1 };
}

/**
 * What a key (`KeyboardEvent.key`) does: ArrowDown/ArrowUp move the highlight (opening a closed
 * list), Enter picks the highlighted suggestion or, with none highlighted, asks to geocode the
 * text, Escape closes an open list. Undefined when the key is not the list's to handle.
 */
export function suggestionListKey(state: SuggestionListState, key: string): SuggestionKeyResult | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (state.count === 0) return undefined;
      const step = key === 'ArrowDown' ? 1 : -1;
      if (!state.open) return { state: { ...state, open: true, highlighted: step === 1 ? 0 : state.count - 1 } };
      // Positions -1 … count-1 form a ring: past either end is the text again.
      const ring = state.count + 1;
      const highlighted = ((state.highlighted + 1 + step + ring) % ring) - 1;
      return { state: { ...state, highlighted } };
    }
    case 'Enter':
      if (state.open && state.highlighted >= 0 && state.highlighted < state.count) {
        return { state: closeSuggestionList(state), command: { kind: 'pick', index: state.highlighted } };
      }
      return { state: closeSuggestionList(state), command: { kind: 'geocode' } };
    case 'Escape':
      return state.open ? { state: closeSuggestionList(state), command: { kind: 'close' } } : undefined;
    default:
      return undefined;
  }
}
