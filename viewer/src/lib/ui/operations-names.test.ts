import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alarmStatusLabel, caseActionLabel, caseStateLabel, conditionLabel, sensorKindLabel } from './operations-names.ts';

test('conditions, statuses and kinds are named in both languages', () => {
  assert.equal(conditionLabel('zh', 'critical'), '紧急');
  assert.equal(conditionLabel('en', 'no-data'), 'no data');
  assert.equal(alarmStatusLabel('zh', 'ACTIVE_ACK'), '已确认');
  assert.equal(sensorKindLabel('zh', 'combustible-gas'), '可燃气体');
  assert.equal(sensorKindLabel('en', 'waterlogging'), 'Waterlogging');
  assert.equal(sensorKindLabel('en', 'noise'), 'noise');
});

test('case states and steps follow GB/T 30428; unknown codes take the API name', () => {
  assert.equal(caseStateLabel('zh', 'registered'), '立案');
  assert.equal(caseStateLabel('en', 'closed'), 'Closed');
  assert.equal(caseStateLabel('zh', 'suspended', '挂账'), '挂账');
  assert.equal(caseActionLabel('zh', 'rework'), '返工');
  assert.equal(caseActionLabel('en', 'approve-extension'), 'Extension approved');
});
