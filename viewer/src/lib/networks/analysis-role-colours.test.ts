import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colourOfRole, colourOfRoles, OTHER_ROLE_COLOUR } from './analysis-role-colours.ts';

test('colourOfRole gives each isolation role its colour', () => {
  assert.equal(colourOfRole('valve-to-close'), '#ff1744');
  assert.equal(colourOfRole('isolated'), '#ff9100');
  assert.equal(colourOfRole('cut-off'), '#9e86b8');
  assert.equal(colourOfRole('downstream'), '#00b8d4');
  assert.equal(colourOfRole('something-new'), OTHER_ROLE_COLOUR);
});

test('colourOfRoles takes the most telling role', () => {
  assert.equal(colourOfRoles(['isolated', 'valve-to-close']), '#ff1744');
  assert.equal(colourOfRoles(['cut-off', 'service-point-cut-off']), '#7e57c2');
  assert.equal(colourOfRoles(['isolated', 'service-point-isolated']), '#ff9100');
  assert.equal(colourOfRoles(['unknown-role']), OTHER_ROLE_COLOUR);
  assert.equal(colourOfRoles([]), undefined);
  assert.equal(colourOfRoles(undefined), undefined);
});
