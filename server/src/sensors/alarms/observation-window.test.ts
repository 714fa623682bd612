import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInsertionIndex, insertPoint, pruneWindow, type WindowPoint } from './observation-window.ts';
import { holdsAt } from './threshold-status.ts';

const HOUR = 3600_000;
const hourly = (hours: number[], value = 100): WindowPoint[] => hours.map((hour) => [hour * HOUR, value]);

test('insertion keeps time order and finds an equal time', () => {
  const points = hourly([0, 2, 3]);
  assert.equal(findInsertionIndex(points, 1 * HOUR), 1);
  assert.equal(findInsertionIndex(points, 2 * HOUR), 1);
  assert.equal(findInsertionIndex(points, 9 * HOUR), 3);
  assert.deepEqual(insertPoint(points, 1, [HOUR, 5]).map(([time]) => time / HOUR), [0, 1, 2, 3]);
  assert.deepEqual(points.length, 3, 'the input is not changed');
});

test('pruning keeps horizon plus duration, one point older, the count behind the horizon, and the cap', () => {
  const points = hourly([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const base = { horizonMs: 2 * HOUR, longestDurationMs: 3 * HOUR, largestCount: 0, maxPoints: 100 };
  assert.deepEqual(pruneWindow(points, base).map(([time]) => time / HOUR), [4, 5, 6, 7, 8, 9, 10], 'from 10 − 5 h, and hour 4 before it');
  assert.deepEqual(pruneWindow(points, { ...base, longestDurationMs: 0, largestCount: 4 }).map(([time]) => time / HOUR), [4, 5, 6, 7, 8, 9, 10], 'four points behind hour 8');
  assert.deepEqual(pruneWindow(points, { ...base, maxPoints: 3 }).map(([time]) => time / HOUR), [8, 9, 10]);
});

test('a run across a gap in the data still meets its duration after pruning', () => {
  const points = pruneWindow(hourly([0, 10]), { horizonMs: 2 * HOUR, longestDurationMs: 3 * HOUR, largestCount: 0, maxPoints: 100 });
  assert.deepEqual(points.map(([time]) => time / HOUR), [0, 10]);
  assert.deepEqual(holdsAt(points, 1, (value) => value > 75, { durationSeconds: 3 * 3600, count: null }), { holds: true, since: 0 });
});

test('holdsAt: a count of consecutive observations, broken by one that fails', () => {
  const points: WindowPoint[] = [[0, 30], [1, 30], [2, 10], [3, 30], [4, 30], [5, 30]];
  const above = (value: number) => value > 25;
  assert.deepEqual(holdsAt(points, 1, above, { durationSeconds: null, count: 3 }), { holds: false, since: 0 });
  assert.deepEqual(holdsAt(points, 4, above, { durationSeconds: null, count: 3 }), { holds: false, since: 3 });
  assert.deepEqual(holdsAt(points, 5, above, { durationSeconds: null, count: 3 }), { holds: true, since: 3 });
  assert.deepEqual(holdsAt(points, 2, above, { durationSeconds: null, count: null }), { holds: false, since: null });
});
