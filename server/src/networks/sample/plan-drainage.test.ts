import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drainSlope } from './plan-drainage.ts';

test('drain slopes follow the diameter table and never go below 0.1 %', () => {
  const slopes: [number, number][] = [[300, 0.003], [600, 0.0015], [Infinity, 0.0005]];
  assert.equal(drainSlope(slopes, 300), 0.003);
  assert.equal(drainSlope(slopes, 400), 0.0015);
  assert.equal(drainSlope(slopes, 1200), 0.001);
});
