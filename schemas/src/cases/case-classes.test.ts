import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { decodeCaseClass, findMinorClassesByName } from './case-class.ts';
import { COMPONENT_MAJOR_CLASSES, COMPONENT_MINOR_CLASSES } from './component-classes.ts';
import { EVENT_MAJOR_CLASSES, EVENT_MINOR_CLASSES } from './event-classes.ts';

test('the six major classes of each kind', () => {
  assert.deepEqual(COMPONENT_MAJOR_CLASSES.map((entry) => `${entry.code}${entry.nameZh}`), ['01公用设施', '02道路交通', '03市容环境', '04园林绿化', '05房屋土地', '06其他设施']);
  assert.deepEqual(EVENT_MAJOR_CLASSES.map((entry) => `${entry.code}${entry.nameZh}`), ['01市容环境', '02宣传广告', '03施工管理', '04突发事件', '05街面秩序', '06其他事件']);
});

test('no value claims to be verified and every one names its source', () => {
  for (const entry of [...COMPONENT_MAJOR_CLASSES, ...COMPONENT_MINOR_CLASSES, ...EVENT_MAJOR_CLASSES, ...EVENT_MINOR_CLASSES]) {
    assert.equal(entry.verified, false, entry.code);
    assert.match(entry.source, /GB\/T 30428\.2/);
  }
});

test('the manhole covers by code', () => {
  const names = Object.fromEntries(COMPONENT_MINOR_CLASSES.filter((entry) => entry.code < '0115').map((entry) => [entry.code, entry.nameZh]));
  assert.deepEqual(names, {
    '0101': '上水井盖', '0102': '污水井盖', '0103': '雨水井盖', '0104': '雨水箅子', '0105': '电力井盖', '0106': '路灯井盖', '0107': '通信井盖',
    '0108': '电视井盖', '0109': '网络井盖', '0110': '热力井盖', '0111': '燃气井盖', '0112': '公安井盖', '0113': '消防设施', '0114': '无主井盖',
  });
});

test('classes are found by name or alias', () => {
  assert.deepEqual(findMinorClassesByName('消火栓').map((entry) => `${entry.kind}:${entry.code}`), ['component:0113']);
  assert.deepEqual(findMinorClassesByName(' 乱张贴 ', 'event').map((entry) => entry.code), ['0201']);
  assert.deepEqual(findMinorClassesByName('路面积水').map((entry) => entry.nameZh), ['道路积水']);
  assert.deepEqual(findMinorClassesByName('占道经营'), []);
});

test('decodeCaseClass checks the major class and keeps unlisted minors', () => {
  const listed = decodeCaseClass('event', '0505');
  assert.deepEqual([listed.major.nameZh, listed.minor?.nameZh], ['街面秩序', '机动车乱停放']);
  assert.equal(decodeCaseClass('event', '0199').minor, null);
  assert.throws(() => decodeCaseClass('event', '0705'), (error) => isDataError(error) && /major class 07, which is no 事件大类; use one of 01 市容环境/.test((error as Error).message));
  assert.throws(() => decodeCaseClass('component', '0300'), (error) => isDataError(error) && /minor class 00/.test((error as Error).message));
  assert.throws(() => decodeCaseClass('component', '301'), (error) => isDataError(error) && /give 4 digits/.test((error as Error).message));
});
