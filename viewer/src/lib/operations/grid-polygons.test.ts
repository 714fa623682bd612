import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gridPolygonsOf } from './grid-polygons.ts';

const square = [[121.5, 31.2], [121.501, 31.2], [121.501, 31.201], [121.5, 31.201], [121.5, 31.2]];

test('a polygon gives its outer ring without the closing point', () => {
  const [polygon] = gridPolygonsOf({ geometry: { type: 'Polygon', coordinates: [square] } });
  assert.equal(polygon.outer.length, 4);
  assert.deepEqual(polygon.holes, []);
});

test('a multipolygon gives each part; degenerate rings and missing geometry give nothing', () => {
  const parts = gridPolygonsOf({ geometry: { type: 'MultiPolygon', coordinates: [[square, square], [[[121.5, 31.2], [121.5, 31.2]]]] } });
  assert.equal(parts.length, 1);
  assert.equal(parts[0].holes.length, 1);
  assert.deepEqual(gridPolygonsOf({ geometry: null }), []);
});
