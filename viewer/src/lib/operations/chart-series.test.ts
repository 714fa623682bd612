import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendChartPoint, chartSeriesOf } from './chart-series.ts';

test('raw points keep the numbers, in time order', () => {
  const series = chartSeriesOf(1, { kind: 'raw', points: [{ t: '2026-06-21T04:10:00Z', v: 60 }, { t: '2026-06-21T04:00:00Z', v: 3 }, { t: '2026-06-21T04:05:00Z', v: 'n/a' }] });
  assert.deepEqual(series.points.map((point) => point.v), [3, 60]);
  assert.deepEqual(series.band, []);
});

test('buckets become their mean at mid-bucket, with min and max as the band', () => {
  const series = chartSeriesOf(1, {
    kind: 'buckets',
    buckets: [
      { from: '2026-06-21T00:00:00Z', count: 4, min: 1, max: 5, mean: 3 },
      { from: '2026-06-21T01:00:00Z', count: 2, min: 2, max: 4, mean: 3.5 },
      { from: '2026-06-21T02:00:00Z', count: 0, min: null, max: null, mean: null },
    ],
  });
  assert.deepEqual(series.points, [{ t: Date.parse('2026-06-21T00:30:00Z'), v: 3 }, { t: Date.parse('2026-06-21T01:30:00Z'), v: 3.5 }]);
  assert.deepEqual(series.band.map((entry) => [entry.min, entry.max]), [[1, 5], [2, 4]]);
});

test('a live value is appended in order and replaces one at the same time', () => {
  let series = chartSeriesOf(1, { kind: 'raw', points: [{ t: '2026-06-21T04:00:00Z', v: 3 }] });
  series = appendChartPoint(series, '2026-06-21T04:10:00Z', 60);
  series = appendChartPoint(series, '2026-06-21T04:05:00Z', 20);
  series = appendChartPoint(series, '2026-06-21T04:10:00Z', 61);
  series = appendChartPoint(series, '2026-06-21T04:20:00Z', 'open');
  assert.deepEqual(series.points.map((point) => point.v), [3, 20, 61]);
});
