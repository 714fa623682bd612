import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SensorThingState } from '../api/sensor-types.ts';
import { formatTime } from './operations-text.ts';
import { sensorLabelText } from './sensor-label-text.ts';

const base: SensorThingState = { id: 1, name: '燃气井 G-01', description: '', properties: {}, point: null, datastreams: [], alarms: [], severity: null };
const stream = (id: number, observedProperty: string, symbol: string, latest: { phenomenonTime: string; result: unknown } | null) => ({ id, name: observedProperty, observedProperty, key: observedProperty, unit: { symbol }, latest });

test('one datastream: the name, the value with its unit and the time', () => {
  const thing = { ...base, datastreams: [stream(1, 'gas', '%LEL', { phenomenonTime: '2026-06-21T04:00:00Z', result: 60 })] };
  assert.equal(sensorLabelText(thing), `燃气井 G-01\n60 %LEL\n${formatTime('2026-06-21T04:00:00Z')}`);
});

test('several: each with its property, newest first, at most three; silent ones left out', () => {
  const at = (minute: number) => `2026-06-21T04:0${minute}:00Z`;
  const thing = {
    ...base,
    name: '空气质量站',
    datastreams: [stream(1, 'PM2.5', 'µg/m³', { phenomenonTime: at(1), result: 35 }), stream(2, 'PM10', 'µg/m³', { phenomenonTime: at(3), result: 80 }), stream(3, 'SO2', 'µg/m³', null), stream(4, 'NO2', 'µg/m³', { phenomenonTime: at(2), result: 40 }), stream(5, 'CO', 'mg/m³', { phenomenonTime: at(0), result: 0.8 })],
  };
  assert.deepEqual(sensorLabelText(thing).split('\n').slice(0, 4), ['空气质量站', 'PM10 80 µg/m³', 'NO2 40 µg/m³', 'PM2.5 35 µg/m³']);
  assert.equal(sensorLabelText({ ...base, datastreams: [stream(1, 'gas', '%LEL', null)] }), '燃气井 G-01');
});
