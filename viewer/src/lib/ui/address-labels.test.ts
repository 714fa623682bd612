import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ADDRESS_LEVEL_NAMES, ADDRESS_LEVELS as SCHEMA_LEVELS } from '../../../../schemas/src/addresses/index.ts';
import { ADDRESS_LEVELS } from '../api/address-types.ts';
import { addressLevelLabel } from './address-labels.ts';

test('the viewer’s copy of the address levels is the schemas’ list, in the same order', () => {
  assert.deepEqual([...ADDRESS_LEVELS], [...SCHEMA_LEVELS]);
});

test('every level is named with the schemas’ Chinese name, and in English', () => {
  for (const level of ADDRESS_LEVELS) {
    assert.equal(addressLevelLabel('zh', level), ADDRESS_LEVEL_NAMES[level], level);
    assert.notEqual(addressLevelLabel('en', level), level, level);
  }
  assert.equal(addressLevelLabel('zh', 'roadNo'), '门牌号');
  assert.equal(addressLevelLabel('en', 'roadNo'), 'Door plate');
  assert.equal(addressLevelLabel('zh', 'gate'), 'gate');
});
