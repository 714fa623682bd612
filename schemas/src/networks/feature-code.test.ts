import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { decodeFeatureCode, FEATURE_CODE_STRUCTURE } from './feature-code.ts';

test('the structure covers the 8 digits once, in order', () => {
  const digits = FEATURE_CODE_STRUCTURE.flatMap(({ digits: [first, last] }) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
  assert.deepEqual(digits, [1, 2, 3, 4, 5, 6, 7, 8]);
});

test('decodes a point appurtenance and a line segment', () => {
  const valve = decodeFeatureCode('52012202');
  assert.deepEqual([valve.pipeType?.code, valve.subtype?.code, valve.geometryType, valve.pointType, valve.sequence, valve.problems], ['PS', 'YS', 'point', 'appurtenance', '02', []]);
  const main = decodeFeatureCode(' 51041000 ');
  assert.deepEqual([main.pipeType?.code, main.subtype?.nameZh, main.geometryType, main.pointType, main.sequence, main.problems], ['JS', '配水', 'line', 'none', '00', []]);
});

test('unknown digit values are listed as problems', () => {
  assert.deepEqual(decodeFeatureCode('49992900').problems, [
    'digit 1 is 4, expected 5 (管线)',
    'digit 2 is 9, not a pipe type code (1-8)',
    'digit 6 is 9, expected 0, 1 or 2',
  ]);
  assert.deepEqual(decodeFeatureCode('53042000').problems, ['digits 3-4 are 04, not a subtype of RQ 燃气', 'digit 6 is 0 but digit 5 says point; a point is 1 (feature point) or 2 (appurtenance)']);
});

test('anything but 8 digits is a DataError', () => {
  assert.throws(() => decodeFeatureCode('5201220'), (error) => isDataError(error) && /"5201220" is not a CJJ 61 feature code; give 8 digits/.test((error as Error).message));
});
