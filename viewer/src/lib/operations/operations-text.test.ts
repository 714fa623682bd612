import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alarmReasonText, formatHours, formatRate, formatReading, formatTime, thresholdText } from './operations-text.ts';

test('readings keep at most two decimals and carry their unit', () => {
  assert.equal(formatReading(60, '%LEL'), '60 %LEL');
  assert.equal(formatReading(0.456789, 'MPa'), '0.46 MPa');
  assert.equal(formatReading(true), 'true');
  assert.equal(formatReading('open', null), 'open');
});

test('a threshold alarm reads as value against threshold, with the unit', () => {
  const details = { kind: 'threshold' as const, datastreamId: '1', observedProperty: 'combustible-gas', value: 60, threshold: { operator: '>=' as const, value: 50 }, unit: '%LEL', observationTime: '2026-06-21T04:00:00Z' };
  assert.equal(alarmReasonText(details, 'zh'), '60 %LEL ≥ 50 %LEL');
  assert.equal(thresholdText({ operator: 'outside', low: 0.2, high: 0.6 }, 'MPa'), '∉ [0.2, 0.6] MPa');
  assert.equal(alarmReasonText({ kind: 'no-data', datastreamId: '1', observedProperty: 'x', lastObservationTime: '', afterSeconds: 1800 }, 'zh'), '无数据已 30 分钟');
  assert.equal(alarmReasonText({ kind: 'no-data', datastreamId: '1', observedProperty: 'x', lastObservationTime: '', afterSeconds: 1800 }, 'en'), 'no data for 30 min');
  assert.equal(alarmReasonText(null, 'en'), '');
});

test('times in the local zone, rates as percentages, hours with their unit', () => {
  const time = new Date(2026, 5, 21, 9, 5, 7);
  assert.equal(formatTime(time.toISOString()), '06-21 09:05:07');
  assert.equal(formatTime('not a time'), 'not a time');
  assert.equal(formatRate(0.8571), '85.7%');
  assert.equal(formatRate(null), '—');
  assert.equal(formatHours(3.25, 'zh'), '3.3 小时');
  assert.equal(formatHours(3.25, 'en', 'workingHours'), '3.3 working h');
  assert.equal(formatHours(null, 'en'), '—');
});
