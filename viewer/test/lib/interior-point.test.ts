import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insideRing, interiorPoint, largestPolygon, type Ring } from './interior-point.ts';

// A U-shaped footprint: its centroid lies in the notch, outside the polygon.
const U_SHAPE: Ring = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];

test('interiorPoint finds a point inside a concave footprint', () => {
  const point = interiorPoint([U_SHAPE]);
  assert.ok(insideRing(point, U_SHAPE), `${point} lies outside the U`);
  assert.ok(!insideRing([1.5, 1.8], U_SHAPE), 'the notch is outside');
});

test('interiorPoint keeps out of holes', () => {
  const square: Ring = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
  const hole: Ring = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]];
  const point = interiorPoint([square, hole]);
  assert.ok(insideRing(point, square) && !insideRing(point, hole), `${point} is in the hole`);
});

test('largestPolygon picks the biggest part of a MultiPolygon', () => {
  const small: Ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
  const big: Ring = [[0, 0], [5, 0], [5, 5], [0, 0]];
  const polygon = largestPolygon({ type: 'MultiPolygon', coordinates: [[small], [big]] });
  assert.deepEqual(polygon, [big]);
});
