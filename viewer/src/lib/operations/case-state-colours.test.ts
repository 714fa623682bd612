import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_STATES } from '../api/case-types.ts';
import { caseStateColour, isCaseFinished, OTHER_CASE_COLOUR } from './case-state-colours.ts';

test('every state has a colour of its own; unknown states are white', () => {
  const colours = CASE_STATES.map(caseStateColour);
  assert.equal(new Set(colours).size, CASE_STATES.length);
  assert.equal(caseStateColour('reported'), '#ab47bc');
  assert.equal(caseStateColour('suspended'), OTHER_CASE_COLOUR);
});

test('closed and voided cases are finished', () => {
  assert.deepEqual(CASE_STATES.filter(isCaseFinished), ['closed', 'voided']);
});
