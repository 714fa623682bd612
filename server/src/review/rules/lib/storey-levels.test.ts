import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStoreyLevels, floorAreaFactor, storeyLocation } from './storey-levels.ts';

test('storey heights from elevations, the top one from its elements', () => {
  const levels = describeStoreyLevels(
    [{ globalId: 'b', name: 'B1', elevation: -4 }, { globalId: 'g', name: '1F', elevation: 0 }, { globalId: 'r', name: 'RF', elevation: 3.3 }, { globalId: 'x', name: 'empty', elevation: null }],
    new Map([['r', { minZ: 3.3, maxZ: 6.1 }]]),
    -0.45,
  );
  assert.deepEqual(
    levels.map((l) => [l.name, Math.round(l.height * 1000) / 1000, l.location]),
    [['B1', 4, 'basement'], ['1F', 3.3, 'above-ground'], ['RF', 2.8, 'above-ground']],
  );
});

test('semi-basement between 1/3 and 1/2 of the storey height below ground (GB 50016 2.1.6/2.1.7)', () => {
  assert.equal(storeyLocation(-1.0, 3, 0), 'above-ground');
  assert.equal(storeyLocation(-1.2, 3, 0), 'semi-basement');
  assert.equal(storeyLocation(-1.6, 3, 0), 'basement');
  assert.equal(storeyLocation(0, 3, -0.45), 'above-ground');
});

test('half floor area under 2.20 m storey height (GB/T 50353-2013 3.0.1)', () => {
  assert.equal(floorAreaFactor(2.2), 1);
  assert.equal(floorAreaFactor(2.19), 0.5);
});
