import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSeededRandom, pick, randomFor, randomInteger } from './seeded-random.ts';

test('the same seed gives the same sequence, a different seed another, all in [0, 1)', () => {
  const draw = (seed: number) => Array.from({ length: 100 }, createSeededRandom(seed));
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
  for (const x of draw(7)) assert.ok(x >= 0 && x < 1);
});

test('randomFor depends on the key only, so one street draws the same whatever else exists', () => {
  assert.equal(randomFor(1, 'JS:123')(), randomFor(1, 'JS:123')());
  assert.notEqual(randomFor(1, 'JS:123')(), randomFor(1, 'JS:124')());
  const random = createSeededRandom(3);
  for (let i = 0; i < 200; i++) {
    const n = randomInteger(random, 1995, 2022);
    assert.ok(Number.isInteger(n) && n >= 1995 && n <= 2022);
    assert.ok(['a', 'b'].includes(pick(random, ['a', 'b'])));
  }
});
