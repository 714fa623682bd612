import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartGeometry, niceTicks, timeTicks, type ChartFrame } from './chart-geometry.ts';

const FRAME: ChartFrame = { width: 110, height: 60, left: 10, right: 0, top: 0, bottom: 10 };
const HOUR = 3_600_000;

test('nice ticks cover the values in steps of 1, 2 or 5 times a power of ten', () => {
  assert.deepEqual(niceTicks(3, 58), [0, 20, 40, 60]);
  assert.deepEqual(niceTicks(0.21, 0.38), [0.2, 0.25, 0.3, 0.35, 0.4]);
  assert.deepEqual(niceTicks(5, 5), [4, 4.5, 5, 5.5, 6]);
});

test('time ticks fall on whole local hours', () => {
  const from = new Date(2026, 5, 20, 12, 41).getTime();
  const ticks = timeTicks(from, from + 24 * HOUR);
  assert.deepEqual(ticks.map((tick) => new Date(tick).getHours()), [18, 0, 6, 12]);
  assert.equal(timeTicks(from, from + 2 * HOUR).length, 2);
});

test('points map into the frame: time to x, value to y; those outside the window are left out', () => {
  const from = Date.UTC(2026, 5, 21, 0);
  const series = { datastreamId: 1, points: [{ t: from - HOUR, v: 100 }, { t: from, v: 0 }, { t: from + 10 * HOUR, v: 60 }], band: [] };
  const chart = chartGeometry(series, { from, to: from + 10 * HOUR }, FRAME);
  assert.deepEqual(chart.dots.map((dot) => [dot.x, dot.y]), [[10, 50], [110, 0]]);
  assert.equal(chart.line, 'M10 50 L110 0');
  assert.equal(chart.band, '');
  assert.deepEqual(chart.yTicks.map((tick) => tick.value), [0, 20, 40, 60]);
});

test('a band runs along the maxima and back along the minima', () => {
  const from = Date.UTC(2026, 5, 21, 0);
  const series = { datastreamId: 1, points: [{ t: from, v: 5 }, { t: from + 10 * HOUR, v: 5 }], band: [{ t: from, min: 0, max: 10 }, { t: from + 10 * HOUR, min: 0, max: 10 }] };
  const chart = chartGeometry(series, { from, to: from + 10 * HOUR }, FRAME);
  assert.equal(chart.band, 'M10 0 L110 0 L110 50 L10 50 Z');
});
