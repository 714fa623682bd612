import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { downsampleSeries } from './downsample-series.ts';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
// Ten points a second apart; one gap (null) at 6 s; one point exactly at `to`; one beyond.
const values = [1, 5, 3, 2, 8, 4, null, 6, 0, 7];
const points = [...values.map((value, second) => ({ time: second * 1000, value })), { time: 10_000, value: 9 }, { time: 11_000, value: 100 }];

test('two buckets by hand: min, max, mean, count, first and last', () => {
  const [first, second] = downsampleSeries(points, { from: 0, to: 10_000, buckets: 2 });
  assert.deepEqual(first, { from: iso(0), to: iso(5), count: 5, min: 1, max: 8, mean: 19 / 5, firstTime: iso(0), firstValue: 1, lastTime: iso(4), lastValue: 8 });
  // 4, 6, 0, 7 and 9 at `to` itself (the last bucket is closed); the gap and 100 beyond `to` are left out.
  assert.deepEqual(second, { from: iso(5), to: iso(10), count: 5, min: 0, max: 9, mean: 26 / 5, firstTime: iso(5), firstValue: 4, lastTime: iso(10), lastValue: 9 });
});

test('empty buckets stay, with nulls; ISO bounds and unordered input work', () => {
  const shuffled = [...points].reverse();
  const buckets = downsampleSeries(shuffled, { from: iso(0), to: iso(20), buckets: 4 });
  assert.deepEqual(buckets.map((bucket) => bucket.count), [5, 4, 2, 0], 'the gap at 6 s is not counted; 100 at 11 s is inside [0, 20]');
  assert.equal(buckets[1].firstTime, iso(5), 'first by time, not by input order');
  assert.deepEqual(buckets[2], { from: iso(10), to: iso(15), count: 2, min: 9, max: 100, mean: 54.5, firstTime: iso(10), firstValue: 9, lastTime: iso(11), lastValue: 100 });
  assert.deepEqual([buckets[3].min, buckets[3].max, buckets[3].mean, buckets[3].firstTime], [null, null, null, null]);
});

test('a year of hourly data becomes a few hundred buckets that add up', () => {
  const from = Date.parse('2013-03-01T00:00:00+08:00');
  const year = Array.from({ length: 365 * 24 }, (_, hour) => ({ time: from + hour * 3600_000, value: hour % 24 }));
  const buckets = downsampleSeries(year, { from, to: from + 365 * 24 * 3600_000, buckets: 365 });
  assert.equal(buckets.length, 365);
  assert.ok(buckets.every((bucket) => bucket.count === 24 && bucket.min === 0 && bucket.max === 23 && bucket.mean === 11.5));
});

test('bad options are DataErrors', () => {
  assert.throws(() => downsampleSeries(points, { from: 10, to: 0, buckets: 2 }), (error: Error) => isDataError(error) && /^downsample: to .* must be after from/.test(error.message));
  assert.throws(() => downsampleSeries(points, { from: 0, to: 10, buckets: 0 }), (error: Error) => isDataError(error) && /buckets is 0/.test(error.message));
  assert.throws(() => downsampleSeries([{ time: 'noon', value: 1 }], { from: 0, to: 10, buckets: 1 }), (error: Error) => isDataError(error) && /point 0's time/.test(error.message));
});
