import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { defaultAlarmRules } from '../../../../schemas/src/sensors/alarm-defaults.ts';
import { parseAlarmRules } from '../../../../schemas/src/sensors/alarm-rule.ts';
import { AlarmState, type AlarmEvent, type AlarmRule } from './alarm-contracts.ts';
import { createAlarmState } from './create-alarm-state.ts';
import { evaluateObservation } from './evaluate-observation.ts';

const BASE = Date.parse('2026-07-01T08:00:00Z');
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();
const gas = (minute: number, result: number, datastreamId = 'gas-1') => ({ datastreamId, thingId: 'well-7', observedProperty: 'combustible-gas', phenomenonTime: at(minute), result });

/** Feeds observations in the order given; returns the final state and every event. */
function feed(rules: readonly AlarmRule[], observations: Parameters<typeof evaluateObservation>[2][], state = createAlarmState()) {
  const events: AlarmEvent[] = [];
  for (const observation of observations) {
    const result = evaluateObservation(state, rules, observation);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}
const summary = (events: AlarmEvent[]) => events.map((event) => `${event.type} ${event.alarm.severity} ${event.at.slice(11, 16)}`);

test('gas rising through 25 and 50 %LEL: minor, escalated to critical, kept while falling, cleared below 20 (hysteresis)', () => {
  const rules = defaultAlarmRules({ ids: ['default-combustible-gas'] });
  const { state, events } = feed(rules, [gas(0, 5), gas(1, 12), gas(2, 26), gas(3, 40), gas(4, 55), gas(5, 45), gas(6, 22), gas(7, 19)]);
  assert.deepEqual(summary(events), [
    'alarm-created minor 08:02',
    'unchanged minor 08:03',
    'severity-changed critical 08:04',
    'unchanged critical 08:05',
    'unchanged critical 08:06', // 22 %LEL: below 25 but not below 20, so it stays
    'cleared critical 08:07',
  ]);
  const created = events[0].alarm;
  assert.equal(created.id, 'alarm-1');
  assert.equal(created.type, 'gas-high');
  assert.equal(created.thingId, 'well-7');
  assert.deepEqual(created.details, {
    kind: 'threshold',
    datastreamId: 'gas-1',
    observedProperty: 'combustible-gas',
    value: 26,
    threshold: { operator: '>=', value: 25 },
    durationSeconds: null,
    count: null,
    unit: '%LEL',
    observationTime: at(2),
    conditionSince: at(2),
  });
  assert.equal(events[2].previousSeverity, 'minor');
  assert.equal(events[2].alarm.details.kind === 'threshold' && events[2].alarm.details.value, 55);
  const cleared = events[5].alarm;
  assert.equal(cleared.status, 'CLEARED_UNACK');
  assert.equal(cleared.highestSeverity, 'critical');
  assert.equal(cleared.startTime, at(2));
  assert.equal(cleared.endTime, at(7));
  assert.deepEqual(cleared.cleared, { by: null, at: at(7) });
  assert.deepEqual(state.alarms['alarm-1'], cleared, 'a cleared alarm stays in the state until acknowledged');
  assert.equal(state.slots['gas-high@well-7'].activeAlarmId, null);
});

const pressureRules = parseAlarmRules([
  { kind: 'threshold', id: 'p-low', alarmType: 'water-pressure-low', observedProperty: 'water-supply-pressure', create: { major: { comparison: { operator: '<', value: 0.14 }, durationSeconds: 300 } } },
]);
const pressure = (minute: number, result: number) => ({ datastreamId: 7, thingId: 12, observedProperty: 'water-supply-pressure', phenomenonTime: at(minute), result });

test('a duration condition is not met by a breach shorter than the duration, and is met by one as long', () => {
  const short = feed(pressureRules, [pressure(0, 0.2), pressure(1, 0.13), pressure(2, 0.12), pressure(3, 0.13), pressure(4, 0.13), pressure(5, 0.15)]);
  assert.deepEqual(short.events, [], 'minutes 1–4 span 3 minutes, less than 5');
  const long = feed(pressureRules, [pressure(10, 0.13), pressure(12, 0.13), pressure(14, 0.12), pressure(15, 0.11)], short.state);
  assert.deepEqual(summary(long.events), ['alarm-created major 08:15']);
  const details = long.events[0].alarm.details;
  assert.ok(details.kind === 'threshold');
  assert.equal(details.conditionSince, at(10));
  assert.equal(details.durationSeconds, 300);
  assert.equal(long.events[0].alarm.thingId, '12', 'SensorThings numeric ids become strings');
});

const lateRules = parseAlarmRules([
  { kind: 'threshold', id: 'gas-10min', alarmType: 'gas-high', datastreamId: 'gas-1', create: { major: { comparison: { operator: '>', value: 25 }, durationSeconds: 600 } } },
]);

test('a late observation completes a duration window: re-evaluated from where it lands', () => {
  let state = createAlarmState();
  const first = feed(lateRules, [gas(5, 30), gas(10, 30)], state);
  assert.deepEqual(first.events, [], '5 minutes of breach so far');
  const late = evaluateObservation(first.state, lateRules, gas(0, 30));
  assert.equal(late.outcome, 'evaluated');
  assert.deepEqual(summary(late.events), ['alarm-created major 08:10'], 'the run 08:00–08:10 now spans 10 minutes; it holds first at 08:10');
  assert.ok(late.events[0].alarm.details.kind === 'threshold' && late.events[0].alarm.details.conditionSince === at(0));
  assert.deepEqual(late.state.windows['gas-1'].points.map(([time]) => time), [BASE, BASE + 5 * 60_000, BASE + 10 * 60_000]);
  state = late.state;

  // A late value below the threshold cannot take back the alarm already raised.
  const undo = evaluateObservation(state, lateRules, gas(7, 1));
  assert.equal(undo.outcome, 'evaluated');
  assert.deepEqual(summary(undo.events), ['unchanged major 08:07']);
});

test('an observation behind the horizon is not evaluated and leaves the state as it was', () => {
  const { state } = feed(lateRules, [gas(0, 10), gas(200, 10)], createAlarmState({ horizonSeconds: 3600 }));
  const old = evaluateObservation(state, lateRules, gas(100, 90));
  assert.equal(old.outcome, 'beyond-horizon');
  assert.equal(old.state, state);
  assert.deepEqual(old.events, []);
  assert.equal(evaluateObservation(state, lateRules, gas(141, 90)).outcome, 'evaluated', '59 minutes behind is within the hour');
});

test('a duplicate (same datastream and phenomenon time) changes nothing, whatever its result', () => {
  const rules = defaultAlarmRules({ ids: ['default-combustible-gas'] });
  const { state } = feed(rules, [gas(0, 30)]);
  for (const repeat of [gas(0, 30), gas(0, 99), gas(0, 0)]) {
    const result = evaluateObservation(state, rules, repeat);
    assert.equal(result.outcome, 'duplicate');
    assert.equal(result.state, state);
    assert.deepEqual(result.events, []);
  }
  assert.deepEqual(state.windows['gas-1'].points, [[BASE, 30]]);
});

test('de-escalation: keep-highest (default) holds critical, follow steps down to minor', () => {
  const sequence = [gas(0, 55), gas(1, 30), gas(2, 52)];
  const keep = feed(defaultAlarmRules({ ids: ['default-combustible-gas'] }), sequence);
  assert.deepEqual(summary(keep.events), ['alarm-created critical 08:00', 'unchanged critical 08:01', 'unchanged critical 08:02']);
  const follow = feed(defaultAlarmRules({ ids: ['default-combustible-gas'], overrides: { 'default-combustible-gas': { deEscalation: 'follow' } } }), sequence);
  assert.deepEqual(summary(follow.events), ['alarm-created critical 08:00', 'severity-changed minor 08:01', 'severity-changed critical 08:02']);
  assert.equal(follow.events[1].previousSeverity, 'critical');
  assert.equal(follow.events[1].alarm.highestSeverity, 'critical');
  assert.equal(follow.events[1].alarm.id, follow.events[0].alarm.id, 'the same alarm');
});

test('two datastreams of one cover feed one alarm: the worse of the two, cleared when both are normal', () => {
  const rules = defaultAlarmRules({ ids: ['default-manhole-cover-tilt', 'default-manhole-cover-open'] });
  const tilt = (minute: number, result: number) => ({ datastreamId: 'tilt-3', thingId: 'cover-3', observedProperty: 'manhole-cover-tilt', phenomenonTime: at(minute), result });
  const open = (minute: number, result: boolean) => ({ datastreamId: 'open-3', thingId: 'cover-3', observedProperty: 'manhole-cover-open', phenomenonTime: at(minute), result });
  const { events } = feed(rules, [tilt(0, 20), open(1, true), open(2, false), tilt(3, 2)]);
  assert.deepEqual(summary(events), ['alarm-created major 08:00', 'severity-changed critical 08:01', 'unchanged critical 08:02', 'cleared critical 08:03']);
  assert.ok(events.every((event) => event.alarm.id === 'alarm-1' && event.alarm.type === 'manhole-cover'));
});

test('a datastream\'s own rule replaces the observed-property default of the same alarm type', () => {
  const rules = parseAlarmRules([
    ...defaultAlarmRules({ ids: ['default-combustible-gas'] }),
    { kind: 'threshold', id: 'gas-2-own', alarmType: 'gas-high', datastreamId: 'gas-2', create: { warning: { comparison: { operator: '>=', value: 10 } } } },
  ]);
  const own = feed(rules, [gas(0, 12, 'gas-2')]);
  assert.deepEqual(summary(own.events), ['alarm-created warning 08:00']);
  assert.equal(own.events[0].alarm.ruleId, 'gas-2-own');
  assert.deepEqual(feed(rules, [gas(0, 12, 'gas-1')]).events, [], 'gas-1 keeps the default (25 %LEL)');
});

test('evaluation is pure and its state survives a JSON round trip', () => {
  const rules = defaultAlarmRules({ ids: ['default-combustible-gas'] });
  const { state } = feed(rules, [gas(0, 5), gas(1, 30)]);
  const before = structuredClone(state);
  const next = evaluateObservation(state, rules, gas(2, 60));
  assert.deepEqual(state, before, 'the input state is unchanged');
  const stored = JSON.parse(JSON.stringify(state));
  assert.deepEqual(AlarmState.parse(stored), state);
  assert.deepEqual(evaluateObservation(stored, rules, gas(2, 60)), next);
});

test('bad observations are DataErrors that say what to fix', () => {
  const rules = defaultAlarmRules({ ids: ['default-combustible-gas'] });
  const state = createAlarmState();
  assert.throws(() => evaluateObservation(state, rules, { ...gas(0, 1), phenomenonTime: '2026-07-01T08:00:00' }), (error: Error) => isDataError(error) && /^alarm-evaluation: .*phenomenonTime: an ISO 8601 time with its offset/.test(error.message));
  assert.throws(() => evaluateObservation(state, rules, { ...gas(0, 1), result: Number.NaN }), (error: Error) => isDataError(error) && /result/.test(error.message));
  const { state: known } = feed(rules, [gas(0, 1)]);
  assert.throws(() => evaluateObservation(known, rules, { ...gas(1, 1), thingId: 'well-8' }), (error: Error) => isDataError(error) && /belongs to thing well-7/.test(error.message));
});
