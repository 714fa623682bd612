import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEIGHT_RAMP, heightClassOf, heightRampConditions, UNKNOWN_HEIGHT_COLOR } from './height-ramp.ts';

test('heightClassOf puts heights into the graded classes', () => {
  assert.equal(heightClassOf(5)?.max, 20);
  assert.equal(heightClassOf(20)?.min, 20);
  assert.equal(heightClassOf(99.9)?.min, 50);
  assert.equal(heightClassOf(150)?.min, 100);
  assert.equal(heightClassOf(632)?.min, 200);
  assert.equal(heightClassOf(undefined), undefined);
  assert.equal(heightClassOf(Number.NaN), undefined);
});

test('heightRampConditions checks the tallest class first and ends in the unknown colour', () => {
  const conditions = heightRampConditions();
  assert.equal(conditions.length, HEIGHT_RAMP.length + 1);
  assert.deepEqual(conditions[0], ['Number(${height}) >= 200', `color('${HEIGHT_RAMP[4]?.color}')`]);
  assert.deepEqual(conditions[3], ['Number(${height}) >= 20', `color('${HEIGHT_RAMP[1]?.color}')`]);
  assert.deepEqual(conditions[4], ['isFinite(Number(${height}))', `color('${HEIGHT_RAMP[0]?.color}')`]);
  assert.deepEqual(conditions[5], ['true', `color('${UNKNOWN_HEIGHT_COLOR}')`]);
});
