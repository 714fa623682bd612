import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elementPosition } from './element-position.ts';

test('elementPosition takes a point, or the middle of a line', () => {
  assert.deepEqual(elementPosition({ geometry: { type: 'Point', coordinates: [121.5, 31.2] } }), [121.5, 31.2]);
  assert.deepEqual(elementPosition({ geometry: { type: 'LineString', coordinates: [[0, 0], [2, 4]] } }), [1, 2]);
  assert.deepEqual(elementPosition({ geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 4]] } }), [1, 1]);
  assert.equal(elementPosition({ geometry: null }), undefined);
});
