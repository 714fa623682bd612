import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { parseAlarmRules } from '../../../../schemas/src/sensors/alarm-rule.ts';
import { createAlarmState } from './create-alarm-state.ts';
import { evaluateObservation } from './evaluate-observation.ts';
import { tick } from './tick.ts';

const BASE = Date.parse('2026-07-01T08:00:00Z');
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();
const level = (minute: number, result: number) => ({ datastreamId: 'level-1', thingId: 'cover-9', observedProperty: 'water-depth-above-surface', phenomenonTime: at(minute), result });
const rules = parseAlarmRules([
  { kind: 'no-data', id: 'silent-30', alarmType: 'no-data', observedProperty: 'water-depth-above-surface', afterSeconds: 1800, severity: 'minor' },
  { kind: 'threshold', id: 'deep', alarmType: 'waterlogging', observedProperty: 'water-depth-above-surface', create: { major: { comparison: { operator: '>=', value: 15 } } } },
]);

test('no-data: silence longer than 30 minutes raises one alarm at the tick; newer data clears it', () => {
  let state = evaluateObservation(createAlarmState(), rules, level(0, 3)).state;
  assert.deepEqual(tick(state, rules, at(20)).events, []);
  assert.deepEqual(tick(state, rules, at(30)).events, [], 'exactly 30 minutes is not longer than 30');

  const silent = tick(state, rules, at(31));
  assert.equal(silent.events.length, 1);
  const [created] = silent.events;
  assert.equal(created.type, 'alarm-created');
  assert.equal(created.alarm.type, 'no-data');
  assert.equal(created.alarm.severity, 'minor');
  assert.equal(created.alarm.startTime, at(31));
  assert.deepEqual(created.alarm.details, { kind: 'no-data', datastreamId: 'level-1', observedProperty: 'water-depth-above-surface', lastObservationTime: at(0), afterSeconds: 1800 });
  state = silent.state;
  assert.deepEqual(tick(state, rules, at(45)).events, [], 'still silent: the same alarm, no new event');

  const back = evaluateObservation(state, rules, level(41, 4));
  assert.deepEqual(back.events.map((event) => [event.type, event.alarm.type, event.alarm.endTime]), [['cleared', 'no-data', at(41)]]);
  assert.deepEqual(back.state.alarms[created.alarm.id].cleared, { by: null, at: at(41) });
  assert.deepEqual(tick(back.state, rules, at(50)).events, []);
});

test('no-data: a buffered observation older than the tick still clears, ending no earlier than the alarm started', () => {
  const state = tick(evaluateObservation(createAlarmState(), rules, level(0, 3)).state, rules, at(40)).state;
  const buffered = evaluateObservation(state, rules, level(35, 3));
  assert.deepEqual(buffered.events.map((event) => [event.type, event.alarm.endTime]), [['cleared', at(40)]]);
});

test('tick without no-data rules returns the state as it was; a bad now is a DataError', () => {
  const state = evaluateObservation(createAlarmState(), rules, level(0, 3)).state;
  const thresholdOnly = rules.filter((rule) => rule.kind === 'threshold');
  assert.equal(tick(state, thresholdOnly, at(500)).state, state);
  assert.throws(() => tick(state, rules, '2026-07-01 08:00'), (error: Error) => isDataError(error) && /^alarm-tick: now is/.test(error.message));
});
