import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeRows, formatValue } from './attribute-rows.ts';

const PROPERTIES = {
  height_source: 'osm',
  kind: 'building',
  source_id: 'osm:way/40778072',
  height: 20,
  name: '上海国际会议中心',
  addr_street: '滨江大道',
};

test('attributeRows puts name, height and kind first, then the rest in API order', () => {
  const rows = attributeRows(PROPERTIES, 'zh');
  assert.deepEqual(
    rows.map((row) => row.key),
    ['name', 'height', 'kind', 'height_source', 'source_id', 'addr_street'],
  );
  assert.deepEqual(rows.slice(0, 3).map((row) => [row.label, row.value]), [
    ['名称', '上海国际会议中心'],
    ['高度', '20 米'],
    ['类型', 'building'],
  ]);
  assert.equal(rows[5]?.label, 'addr_street');
});

test('attributeRows speaks English when asked', () => {
  const rows = attributeRows(PROPERTIES, 'en');
  assert.deepEqual(rows.slice(0, 4).map((row) => row.label), ['Name', 'Height', 'Kind', 'Height source']);
  assert.equal(rows[1]?.value, '20 m');
});

test('formatValue names missing values and rounds heights', () => {
  assert.equal(formatValue('name', null, 'zh'), '（无名称）');
  assert.equal(formatValue('height', undefined, 'en'), 'unknown');
  assert.equal(formatValue('height', 31.456, 'en'), '31.5 m');
  assert.equal(formatValue('levels', null, 'en'), '—');
  assert.equal(formatValue('tags', { a: 1 }, 'en'), '{"a":1}');
});
