import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SENSOR_CONDITION_COLOURS, sensorColourOf, sensorConditionOf } from './sensor-state-colours.ts';

const reported = [{ id: 1, name: 'gas', observedProperty: 'gas', key: 'combustible-gas', unit: null, latest: { phenomenonTime: '2026-06-21T04:00:00Z', result: 3 } }];
const silent = [{ ...reported[0], latest: null }];

test('the worst active alarm colours the marker', () => {
  assert.equal(sensorConditionOf({ severity: 'critical', datastreams: reported }), 'critical');
  assert.equal(sensorColourOf({ severity: 'critical', datastreams: reported }), '#e53935');
  assert.equal(sensorColourOf({ severity: 'major', datastreams: reported }), '#fb8c00');
  assert.equal(sensorColourOf({ severity: 'minor', datastreams: reported }), '#fdd835');
  assert.equal(sensorColourOf({ severity: 'warning', datastreams: reported }), '#1e88e5');
});

test('without alarm: green once anything reported, grey before', () => {
  assert.equal(sensorConditionOf({ severity: null, datastreams: reported }), 'normal');
  assert.equal(sensorConditionOf({ severity: null, datastreams: silent }), 'no-data');
  assert.equal(sensorConditionOf({ severity: null, datastreams: [] }), 'no-data');
  assert.equal(sensorColourOf({ severity: null, datastreams: silent }), SENSOR_CONDITION_COLOURS['no-data']);
  // A no-data alarm is an alarm: its severity wins over the grey.
  assert.equal(sensorConditionOf({ severity: 'minor', datastreams: silent }), 'minor');
});
