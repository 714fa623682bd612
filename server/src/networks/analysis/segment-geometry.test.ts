import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insideIntervals, pointInRing, validateRing } from './polygon-ring.ts';
import { closestPointsOfSegments, crossSegments, mergeIntervals, rangeWithinDistance } from './segment-geometry.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('closest points of parallel, skew and crossing segments', () => {
  const out = { distance: 0, s: 0, t: 0 };
  close(closestPointsOfSegments(out, 0, 0, 10, 0, 2, 1.2, 8, 1.2).distance, 1.2);
  closestPointsOfSegments(out, 0, 0, 10, 0, 12, 3, 12, 10);
  close(out.distance, Math.hypot(2, 3));
  assert.deepEqual([out.s, out.t], [1, 0]);
  close(closestPointsOfSegments(out, 0, 0, 10, 10, 0, 10, 10, 0).distance, 0);
});

test('crossings, touching ends, near misses and collinear overlaps', () => {
  assert.deepEqual(crossSegments(0, 0, 10, 0, 5, -5, 5, 5), { s: 0.5, t: 0.5, collinear: false });
  assert.deepEqual(crossSegments(0, 0, 10, 0, 10, 0, 10, 5), { s: 1, t: 0, collinear: false });
  assert.equal(crossSegments(0, 0, 10, 0, 5, 0.001, 5, 5), null);
  assert.deepEqual(crossSegments(0, 0, 10, 0, 5, 0, 20, 0), { s: 0.75, t: 2.5 / 15, collinear: true });
  assert.equal(crossSegments(0, 0, 10, 0, 0, 1, 10, 1), null);
});

test('the stretch of a segment within a distance of another is one interval', () => {
  // a line 1.2 m off a 60 m segment, reach 1.725: the 60 m plus two disc caps
  const [lo, hi] = rangeWithinDistance(-20, 0, 120, 0, 0, 1.2, 60, 1.2, 1.725)!;
  close((hi - lo) * 140, 60 + 2 * Math.sqrt(1.725 ** 2 - 1.2 ** 2));
  assert.equal(rangeWithinDistance(0, 0, 10, 0, 0, 5, 10, 5, 1), null);
  // crossing at 45°: within 1 m of the other over 2√2 m
  const [a, b] = rangeWithinDistance(-10, -10, 10, 10, -10, 0, 10, 0, 1)!;
  close((b - a) * Math.hypot(20, 20), 2 * Math.SQRT2);
  assert.deepEqual(mergeIntervals([[0.5, 0.7], [0, 0.2], [0.1, 0.3]]), [[0, 0.3], [0.5, 0.7]]);
});

test('polygon rings: open, inside tests and inside intervals of a segment', () => {
  const ring = validateRing([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], 'test');
  assert.equal(ring.length, 4);
  assert.equal(pointInRing(5, 5, ring), true);
  assert.equal(pointInRing(15, 5, ring), false);
  assert.deepEqual(insideIntervals(-10, 5, 20, 5, ring), [[1 / 3, 2 / 3]]);
  // an L-shaped ring cut twice by one segment
  const l = validateRing([[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10]], 'test');
  assert.deepEqual(insideIntervals(5, -1, 5, 11, l).map(([a, b]) => [a * 12 - 1, b * 12 - 1]).map((pair) => pair.map((v) => Math.round(v * 1e9) / 1e9)), [[0, 2], [8, 10]]);
});
