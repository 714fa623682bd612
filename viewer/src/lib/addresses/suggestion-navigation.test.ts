import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLOSED_SUGGESTION_LIST, closeSuggestionList, openSuggestionList, suggestionListKey, type SuggestionListState } from './suggestion-navigation.ts';

/** The state after a row of keys, and the commands they gave. */
function press(state: SuggestionListState, ...keys: string[]) {
  const commands: unknown[] = [];
  for (const key of keys) {
    const result = suggestionListKey(state, key);
    if (!result) continue;
    state = result.state;
    if (result.command) commands.push(result.command);
  }
  return { state, commands };
}

test('a new list opens with nothing highlighted; an empty one stays closed', () => {
  assert.deepEqual(openSuggestionList(3), { open: true, count: 3, highlighted: -1 });
  assert.deepEqual(openSuggestionList(0), { open: false, count: 0, highlighted: -1 });
});

test('ArrowDown walks the list and wraps back to the text, ArrowUp the other way', () => {
  const list = openSuggestionList(3);
  assert.equal(press(list, 'ArrowDown').state.highlighted, 0);
  assert.equal(press(list, 'ArrowDown', 'ArrowDown', 'ArrowDown').state.highlighted, 2);
  assert.equal(press(list, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown').state.highlighted, -1);
  assert.equal(press(list, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown').state.highlighted, 0);
  assert.equal(press(list, 'ArrowUp').state.highlighted, 2);
  assert.equal(press(list, 'ArrowDown', 'ArrowUp').state.highlighted, -1);
});

test('Enter picks the highlighted suggestion and closes the list', () => {
  const { state, commands } = press(openSuggestionList(3), 'ArrowDown', 'ArrowDown', 'Enter');
  assert.deepEqual(commands, [{ kind: 'pick', index: 1 }]);
  assert.deepEqual(state, { open: false, count: 3, highlighted: -1 });
});

test('Enter with nothing highlighted, or with no list, asks to geocode the text', () => {
  assert.deepEqual(press(openSuggestionList(3), 'Enter').commands, [{ kind: 'geocode' }]);
  assert.deepEqual(press(CLOSED_SUGGESTION_LIST, 'Enter').commands, [{ kind: 'geocode' }]);
  assert.deepEqual(press(openSuggestionList(2), 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter').commands, [{ kind: 'geocode' }]);
});

test('Escape closes an open list and leaves a closed one to the page; an arrow opens it again', () => {
  const closed = press(openSuggestionList(3), 'ArrowDown', 'Escape');
  assert.deepEqual(closed.commands, [{ kind: 'close' }]);
  assert.deepEqual(closed.state, { open: false, count: 3, highlighted: -1 });
  assert.equal(suggestionListKey(closed.state, 'Escape'), undefined);
  assert.deepEqual(suggestionListKey(closed.state, 'ArrowDown')?.state, { open: true, count: 3, highlighted: 0 });
  assert.deepEqual(suggestionListKey(closed.state, 'ArrowUp')?.state, { open: true, count: 3, highlighted: 2 });
});

test('arrows do nothing without suggestions; other keys are not the list’s', () => {
  assert.equal(suggestionListKey(CLOSED_SUGGESTION_LIST, 'ArrowDown'), undefined);
  assert.equal(suggestionListKey(openSuggestionList(2), 'a'), undefined);
  assert.equal(suggestionListKey(openSuggestionList(2), 'Tab'), undefined);
  assert.deepEqual(closeSuggestionList({ open: true, count: 2, highlighted: 1 }), { open: false, count: 2, highlighted: -1 });
});
