import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressLabel } from './address-label.ts';

test('the label is written from the road down', () => {
  const elements = { province: '上海市', city: '上海市', district: '黄浦区', road: '中山东一路', roadNo: '18号' };
  assert.equal(addressLabel(elements), '中山东一路18号');
  assert.equal(addressLabel({ ...elements, building: '1号楼', unit: '2单元', room: '1201室' }), '中山东一路18号1号楼2单元1201室');
});

test('without a road the label is the POI down, else the deepest area', () => {
  assert.equal(addressLabel({ district: '浦东新区', poi: '陆家嘴中心', building: 'A座' }), '陆家嘴中心A座');
  assert.equal(addressLabel({ province: '上海市', district: '浦东新区', town: '陆家嘴街道' }), '陆家嘴街道');
  assert.equal(addressLabel({}), '');
});
