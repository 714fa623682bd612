import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { defaultAlarmRules } from '../../../../schemas/src/sensors/alarm-defaults.ts';
import type { AlarmEvent, AlarmState } from './alarm-contracts.ts';
import { acknowledgeAlarm } from './acknowledge-alarm.ts';
import { clearAlarm } from './clear-alarm.ts';
import { createAlarmState } from './create-alarm-state.ts';
import { evaluateObservation } from './evaluate-observation.ts';

const BASE = Date.parse('2026-07-01T08:00:00Z');
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();
const gas = (minute: number, result: number) => ({ datastreamId: 'gas-1', thingId: 'well-7', observedProperty: 'combustible-gas', phenomenonTime: at(minute), result });
const rules = defaultAlarmRules({ ids: ['default-combustible-gas'] });

function step(state: AlarmState, minute: number, value: number): { state: AlarmState; events: AlarmEvent[] } {
  return evaluateObservation(state, rules, gas(minute, value));
}
const dataError = (pattern: RegExp, status: number) => (error: Error) => isDataError(error) && pattern.test(error.message) && error.status === status;

test('acknowledge then clear by hand: who and when are kept; the alarm leaves the state once cleared and acknowledged', () => {
  const raised = step(createAlarmState(), 0, 30);
  const id = raised.events[0].alarm.id;
  const acked = acknowledgeAlarm(raised.state, id, 'zhang.wei', '2026-07-01T16:05:00+08:00');
  assert.equal(acked.alarm.status, 'ACTIVE_ACK');
  assert.deepEqual(acked.alarm.acknowledged, { by: 'zhang.wei', at: at(5) });
  assert.equal(raised.state.alarms[id].status, 'ACTIVE_UNACK', 'the input state is unchanged');
  assert.throws(() => acknowledgeAlarm(acked.state, id, 'li.na', at(6)), dataError(/^alarm-acknowledge: alarm alarm-1 was already acknowledged by zhang.wei/, 409));

  const cleared = clearAlarm(acked.state, id, 'li.na', at(8));
  assert.equal(cleared.alarm.status, 'CLEARED_ACK');
  assert.deepEqual(cleared.alarm.cleared, { by: 'li.na', at: at(8) });
  assert.equal(cleared.alarm.endTime, at(8));
  assert.equal(cleared.state.alarms[id], undefined);
  assert.equal(cleared.state.slots['gas-high@well-7'].activeAlarmId, null);
  assert.throws(() => clearAlarm(cleared.state, id, 'li.na', at(9)), dataError(/^alarm-clear: there is no open alarm alarm-1/, 404));

  // Data from before the clear does not raise it again; gas still high after the clear starts a new alarm.
  const late = evaluateObservation(cleared.state, rules, gas(7, 35));
  assert.deepEqual(late.events, []);
  const again = step(late.state, 9, 35);
  assert.deepEqual(again.events.map((event) => [event.type, event.alarm.id, event.alarm.startTime]), [['alarm-created', 'alarm-2', at(9)]]);
});

test('clearing a cleared alarm, a blank user or a bad time are DataErrors', () => {
  const raised = step(createAlarmState(), 0, 30);
  const done = step(raised.state, 1, 10);
  assert.equal(done.events[0].type, 'cleared');
  assert.throws(() => clearAlarm(done.state, 'alarm-1', 'li.na', at(2)), dataError(/already cleared at/, 409));
  assert.throws(() => acknowledgeAlarm(raised.state, 'alarm-1', ' ', at(2)), dataError(/no user given/, 400));
  assert.throws(() => acknowledgeAlarm(raised.state, 'alarm-1', 'li.na', 'yesterday'), dataError(/give an ISO 8601 instant/, 400));
  assert.throws(() => acknowledgeAlarm(raised.state, 'alarm-1', 'li.na', at(-5)), dataError(/before alarm alarm-1 started/, 400));
  const acked = acknowledgeAlarm(done.state, 'alarm-1', 'li.na', at(3));
  assert.equal(acked.alarm.status, 'CLEARED_ACK');
  assert.deepEqual(acked.state.alarms, {});
});

test('a second breach after an automatic clear makes a new alarm; the first is not re-opened', () => {
  let state = createAlarmState();
  const events: AlarmEvent[] = [];
  for (const [minute, value] of [[0, 30], [1, 10], [2, 12], [3, 28]] as const) {
    const result = step(state, minute, value);
    state = result.state;
    events.push(...result.events);
  }
  assert.deepEqual(events.map((event) => `${event.type} ${event.alarm.id} ${event.alarm.status}`), ['alarm-created alarm-1 ACTIVE_UNACK', 'cleared alarm-1 CLEARED_UNACK', 'alarm-created alarm-2 ACTIVE_UNACK']);
  assert.equal(state.alarms['alarm-1'].status, 'CLEARED_UNACK');
  assert.equal(state.alarms['alarm-1'].endTime, at(1));
  assert.equal(state.slots['gas-high@well-7'].activeAlarmId, 'alarm-2');
});
