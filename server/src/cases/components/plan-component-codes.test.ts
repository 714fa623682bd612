import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeComponentCode } from '@cimtwin/schemas';
import { planComponentCodes } from './plan-component-codes.ts';

test('new elements are numbered in key order after the highest sequence of their class', () => {
  const plan = planComponentCodes('310115', [{ key: 'YS0002', classCode: '0103' }, { key: 'YS0001', classCode: '0103' }, { key: 'JS0001', classCode: '0101' }], [], new Map([['0103', 41]]));
  assert.deepEqual(Object.fromEntries(plan.codes), { JS0001: '3101150101000001', YS0001: '3101150103000042', YS0002: '3101150103000043' });
  assert.deepEqual(plan.added, ['JS0001', 'YS0001', 'YS0002']);
  assert.equal(decodeComponentCode(plan.codes.get('YS0001')!).minor?.nameZh, '雨水井盖');
});

test('a re-import keeps the codes of known elements, retires the gone ones and never reuses a number', () => {
  const stored = [
    { key: 'YS0001', code: '3101150103000001', classCode: '0103' },
    { key: 'YS0002', code: '3101150103000002', classCode: '0103' },
    { key: 'WS0001', code: '3101150102000001', classCode: '0102' },
  ];
  const plan = planComponentCodes('310115', [{ key: 'YS0001', classCode: '0103' }, { key: 'YS0003', classCode: '0103' }, { key: 'WS0001', classCode: '0111' }], stored, new Map([['0103', 2], ['0102', 1]]));
  assert.equal(plan.codes.get('YS0001'), '3101150103000001');
  assert.equal(plan.codes.get('YS0003'), '3101150103000003');
  // WS0001 changed class: a new code under 0111.
  assert.equal(plan.codes.get('WS0001'), '3101150111000001');
  assert.deepEqual([plan.kept, plan.added, plan.retired], [['YS0001'], ['WS0001', 'YS0003'], ['3101150103000002']]);
});
