import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsideGeometry, isInsidePolygon, isInsideRing, polygonArea, polygonsOf } from './point-in-polygon.ts';

const SQUARE = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const HOLE = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]];
/** An L: the square less its upper right quarter. */
const L_SHAPE = [[0, 0], [4, 0], [4, 2], [2, 2], [2, 4], [0, 4], [0, 0]];

test('a ring holds the points inside it, not those outside or in a concave notch', () => {
  assert.equal(isInsideRing([2, 2], SQUARE), true);
  assert.equal(isInsideRing([5, 2], SQUARE), false);
  assert.equal(isInsideRing([-0.1, 2], SQUARE), false);
  assert.equal(isInsideRing([1, 3], L_SHAPE), true);
  assert.equal(isInsideRing([3, 3], L_SHAPE), false);
  assert.equal(isInsideRing([3, 1], L_SHAPE), true);
});

test('a hole takes its points out of the polygon', () => {
  assert.equal(isInsidePolygon([2, 2], [SQUARE, HOLE]), false);
  assert.equal(isInsidePolygon([0.5, 0.5], [SQUARE, HOLE]), true);
  assert.equal(isInsidePolygon([2, 2], []), false);
});

test('GeoJSON polygons and multipolygons are read, other geometries hold nothing', () => {
  assert.equal(isInsideGeometry([2, 2], { type: 'Polygon', coordinates: [SQUARE] }), true);
  assert.equal(isInsideGeometry([12, 2], { type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE.map(([x, y]) => [x + 10, y])]] }), true);
  assert.equal(isInsideGeometry([2, 0], { type: 'LineString', coordinates: SQUARE }), false);
  assert.equal(isInsideGeometry([2, 2], null), false);
  assert.deepEqual(polygonsOf({ type: 'Point', coordinates: [1, 2] }), []);
});

test('the area is the outer ring less the holes, whatever the winding', () => {
  assert.equal(polygonArea([SQUARE]), 16);
  assert.equal(polygonArea([[...SQUARE].reverse(), HOLE]), 12);
  assert.equal(polygonArea([L_SHAPE]), 12);
});
