import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveHeight, parseLength, METRES_PER_LEVEL, DEFAULT_HEIGHT } from './derive-height.ts';

test('parseLength reads numbers, metres and feet', () => {
  assert.equal(parseLength(12), 12);
  assert.equal(parseLength('12.5'), 12.5);
  assert.equal(parseLength('30 m'), 30);
  assert.ok(Math.abs((parseLength("100'") ?? 0) - 30.48) < 1e-9);
  assert.equal(parseLength('tall'), undefined);
  assert.equal(parseLength(Number.NaN), undefined);
});

test('a measured height wins and is recorded as such', () => {
  assert.deepEqual(deriveHeight({ height: 20, 'building:levels': 9 }), { height: 20, minHeight: 0, source: 'height' });
});

test('building parts keep their bottom (min_height)', () => {
  assert.deepEqual(deriveHeight({ height: 102.97, min_height: 89.87 }), { height: 102.97, minHeight: 89.87, source: 'height' });
});

test('levels give the height when no height is tagged', () => {
  assert.deepEqual(deriveHeight({ 'building:levels': '6' }), { height: 6 * METRES_PER_LEVEL, minHeight: 0, source: 'levels' });
  const part = deriveHeight({ 'building:levels': 10, 'building:min_level': 4 });
  assert.equal(part.minHeight, 4 * METRES_PER_LEVEL);
  assert.equal(part.height, 10 * METRES_PER_LEVEL);
});

test('the building type gives a default, else the general default', () => {
  assert.deepEqual(deriveHeight({ kind_detail: 'house' }), { height: 7, minHeight: 0, source: 'type-default' });
  assert.deepEqual(deriveHeight({}), { height: DEFAULT_HEIGHT, minHeight: 0, source: 'default' });
});

test('a height at or below the bottom is not trusted', () => {
  const h = deriveHeight({ height: 5, min_height: 8 });
  assert.equal(h.source, 'default');
  assert.ok(h.height > h.minHeight);
});
