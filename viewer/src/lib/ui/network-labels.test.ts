import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LINK_KINDS, NODE_KINDS } from '../../../../schemas/src/networks/index.ts';
import { elementKindLabel, networkElementPropertyLabel, pipeTypeLabel } from './network-labels.ts';

test('kind is named apart for points and segments, other columns by their label or their own name', () => {
  assert.equal(networkElementPropertyLabel('zh', 'kind', false), '节点类型');
  assert.equal(networkElementPropertyLabel('zh', 'kind', true), '管段类型');
  assert.equal(networkElementPropertyLabel('en', 'pointNumber', false), 'Survey point number');
  assert.equal(networkElementPropertyLabel('zh', 'startInvertElevation', true), '起点管底高程（米）');
  assert.equal(networkElementPropertyLabel('zh', 'surveyBatch', true), 'surveyBatch');
});

test('every point and segment kind of the network model has a Chinese name', () => {
  for (const kind of [...NODE_KINDS, ...LINK_KINDS]) assert.notEqual(elementKindLabel('zh', kind), kind, kind);
  assert.equal(elementKindLabel('zh', 'valve'), '阀门');
  assert.equal(elementKindLabel('en', 'valve'), 'valve');
});

test('pipe type codes are named, unknown codes kept', () => {
  assert.equal(pipeTypeLabel('zh', 'JS'), '给水');
  assert.equal(pipeTypeLabel('zh', 'XX'), 'XX');
});
