import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { downsampleSeriesLttb } from './downsample-lttb.ts';

test('by hand: five points to three keeps the first, the last and the largest triangle', () => {
  const points = [[0, 0], [1, 1], [2, 0], [3, 5], [4, 0]].map(([time, value]) => ({ time, value }));
  // One middle bucket (points 1–3); the next "bucket" is the last point (4, 0). Twice the
  // triangle areas with (0, 0): point 1 → 4, point 2 → 0, point 3 → 20.
  assert.deepEqual(downsampleSeriesLttb(points, { points: 3 }), [{ time: 0, value: 0 }, { time: 3, value: 5 }, { time: 4, value: 0 }]);
});

test('a long series keeps its first and last points and its spike, and only real points', () => {
  const series = Array.from({ length: 10_000 }, (_, i) => ({ time: i * 60_000, value: i === 6543 ? 500 : 50 + 20 * Math.sin(i / 200) }));
  const kept = downsampleSeriesLttb(series, { points: 200 });
  assert.equal(kept.length, 200);
  assert.deepEqual(kept[0], series[0]);
  assert.deepEqual(kept[kept.length - 1], series[series.length - 1]);
  assert.ok(kept.some((point) => point.value === 500), 'the extreme is kept');
  const byTime = new Map(series.map((point) => [point.time, point.value]));
  assert.ok(kept.every((point, i) => byTime.get(point.time) === point.value && (i === 0 || point.time > kept[i - 1].time)));
});

test('short series come back whole, without gaps; a range narrows them; too few points is a DataError', () => {
  const series = [{ time: '2026-01-01T00:00:00Z', value: 1 }, { time: '2026-01-01T01:00:00Z', value: null }, { time: '2026-01-01T02:00:00Z', value: 3 }];
  assert.deepEqual(downsampleSeriesLttb(series, { points: 3 }), [{ time: Date.parse('2026-01-01T00:00:00Z'), value: 1 }, { time: Date.parse('2026-01-01T02:00:00Z'), value: 3 }]);
  assert.deepEqual(downsampleSeriesLttb(series, { points: 3, from: '2026-01-01T01:00:00Z' }).map((point) => point.value), [3]);
  assert.throws(() => downsampleSeriesLttb(series, { points: 2 }), (error: Error) => isDataError(error) && /^downsample-lttb: points is 2/.test(error.message));
});
