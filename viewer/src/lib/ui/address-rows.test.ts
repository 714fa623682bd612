import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StandardAddress } from '../api/address-types.ts';
import { addressRows } from './address-rows.ts';

const ROOM: StandardAddress = {
  code: '310101013000-00038-00015-001-02-1201',
  level: 'room',
  fullText: '上海市黄浦区中山东一路18号1号楼2单元1201室',
  label: '中山东一路18号1号楼2单元1201室',
  // Written out of order on purpose: the rows follow the levels, not the object.
  elements: { room: '1201室', road: '中山东一路', province: '上海市', roadNo: '18号', city: '上海市', district: '黄浦区', building: '1号楼', unit: '2单元' },
  aliases: ['外滩18号1201室', 'Room 1201, 18 The Bund'],
  parentCode: '310101013000-00038-00015-001-02',
  point: [121.4905, 31.2405],
  building: { layerId: 'buildings', featureId: 812 },
  source: 'generated',
};

test('rows give code, full text and level, then the elements in written order, then aliases and source', () => {
  const rows = addressRows(ROOM, 'zh');
  assert.deepEqual(rows.map((row) => row.key), [
    'code', 'full-text', 'level',
    'element-province', 'element-city', 'element-district', 'element-road', 'element-roadNo', 'element-building', 'element-unit', 'element-room',
    'aliases', 'source',
  ]);
  assert.deepEqual(rows[0], { key: 'code', label: '地址编码', value: ROOM.code });
  assert.deepEqual(rows[2], { key: 'level', label: '地址级别', value: '户室' });
  assert.deepEqual(rows.find((row) => row.key === 'element-road'), { key: 'element-road', label: '街路巷', value: '中山东一路' });
  assert.deepEqual(rows.find((row) => row.key === 'element-roadNo'), { key: 'element-roadNo', label: '门牌号', value: '18号' });
  assert.equal(rows.find((row) => row.key === 'aliases')?.value, '外滩18号1201室、Room 1201, 18 The Bund');
});

test('English names the levels in English; no aliases shows a dash', () => {
  const rows = addressRows({ ...ROOM, aliases: [] }, 'en');
  assert.deepEqual(rows.find((row) => row.key === 'element-roadNo'), { key: 'element-roadNo', label: 'Door plate', value: '18号' });
  assert.equal(rows.find((row) => row.key === 'level')?.value, 'Room');
  assert.equal(rows.find((row) => row.key === 'aliases')?.value, '—');
});
