import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alarm } from '../api/alarm-types.ts';
import type { SensorThingState } from '../api/sensor-types.ts';
import { SensorStates } from './sensor-states.ts';

function gasWell(id = 7): SensorThingState {
  return {
    id,
    name: '燃气井 G-01',
    description: '',
    properties: { kind: 'combustible-gas' },
    point: [121.503, 31.2348],
    datastreams: [{ id: 70, name: 'gas', observedProperty: '可燃气体', key: 'combustible-gas', unit: { symbol: '%LEL' }, latest: null }],
    alarms: [],
    severity: null,
  };
}

function alarm(status: Alarm['status'], severity: Alarm['severity'] = 'critical', id = '7-1'): Alarm {
  return { id, type: 'gas-high', thingId: '7', severity, status, startTime: '2026-06-21T04:00:00Z', endTime: null, acknowledged: null, cleared: null, details: null };
}

test('an observation moves the newest value on, never back', () => {
  const states = new SensorStates();
  states.replaceAll([gasWell()]);
  const at = (time: string, result: number) => ({ datastreamId: 70, thingId: 7, observedProperty: 'combustible-gas', phenomenonTime: time, result });
  assert.deepEqual([...states.applyObservations([at('2026-06-21T04:00:00Z', 60)]).changed], [7]);
  assert.equal(states.get(7)!.datastreams[0].latest?.result, 60);
  assert.equal(states.applyObservations([at('2026-06-21T03:00:00Z', 10)]).changed.size, 0, 'an older one changes nothing');
  assert.equal(states.get(7)!.datastreams[0].latest?.result, 60);
});

test('observations of a thing or datastream not known are reported as unknown', () => {
  const states = new SensorStates();
  states.replaceAll([gasWell()]);
  const changes = states.applyObservations([
    { datastreamId: 90, thingId: 9, observedProperty: 'x', phenomenonTime: '2026-06-21T04:00:00Z', result: 1 },
    { datastreamId: 71, thingId: 7, observedProperty: 'x', phenomenonTime: '2026-06-21T04:00:00Z', result: 1 },
  ]);
  assert.deepEqual([...changes.unknown].sort(), [7, 9]);
  assert.equal(changes.changed.size, 0);
});

test('alarm events set the worst active severity; a cleared alarm leaves it', () => {
  const states = new SensorStates();
  states.replaceAll([gasWell()]);
  states.applyAlarm(alarm('ACTIVE_UNACK', 'minor', '7-2'));
  states.applyAlarm(alarm('ACTIVE_UNACK', 'critical'));
  assert.equal(states.get(7)!.severity, 'critical');
  assert.deepEqual(states.get(7)!.alarms.map((entry) => entry.id), ['7-1', '7-2']);
  states.applyAlarm(alarm('ACTIVE_ACK'));
  assert.equal(states.get(7)!.alarms[0].status, 'ACTIVE_ACK');
  states.applyAlarm(alarm('CLEARED_ACK'));
  assert.equal(states.get(7)!.severity, 'minor');
  states.applyAlarm(alarm('CLEARED_UNACK', 'minor', '7-2'));
  assert.equal(states.get(7)!.severity, null);
  assert.deepEqual([...states.applyAlarm({ ...alarm('ACTIVE_UNACK'), thingId: '8' }).unknown], [8]);
});
