import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressCountsText } from './address-counts-text.ts';

test('units and rooms are counted in the language, other levels not', () => {
  assert.equal(addressCountsText({ roadNo: 1, poi: 2, unit: 3, room: 120 }, 'zh'), '3 单元 · 120 户室');
  assert.equal(addressCountsText({ unit: 3, room: 120 }, 'en'), '3 units · 120 rooms');
  assert.equal(addressCountsText({ unit: 1, room: 1 }, 'en'), '1 unit · 1 room');
});

test('a level without any is left out; nothing to count is undefined', () => {
  assert.equal(addressCountsText({ room: 8 }, 'zh'), '8 户室');
  assert.equal(addressCountsText({ unit: 0, room: 8 }, 'en'), '8 rooms');
  assert.equal(addressCountsText({ roadNo: 1 }, 'zh'), undefined);
  assert.equal(addressCountsText({}, 'en'), undefined);
});
