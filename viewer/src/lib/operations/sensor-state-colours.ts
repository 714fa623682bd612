import type { AlarmSeverity } from '../api/alarm-types.ts';
import type { SensorThingState } from '../api/sensor-types.ts';

/** What a sensor marker shows: its worst active alarm, normal, or no data yet. */
export type SensorCondition = AlarmSeverity | 'normal' | 'no-data';

/** Every condition, most serious first, as the legend lists them. */
export const SENSOR_CONDITIONS: readonly SensorCondition[] = ['critical', 'major', 'minor', 'warning', 'normal', 'no-data'];

/**
 * Marker colours by condition: the usual alarm ramp of monitoring screens (critical red, major
 * orange, minor yellow, warning blue), green for a sensor reporting without alarm, grey for one
 * that has not reported at all.
 */
export const SENSOR_CONDITION_COLOURS: Readonly<Record<SensorCondition, string>> = Object.freeze({
  critical: '#e53935',
  major: '#fb8c00',
  minor: '#fdd835',
  warning: '#1e88e5',
  normal: '#43a047',
  'no-data': '#9e9e9e',
});

/** The condition of a thing: its worst active alarm, else normal once any datastream reported. */
export function sensorConditionOf(thing: Pick<SensorThingState, 'severity' | 'datastreams'>): SensorCondition {
  if (thing.severity) return thing.severity;
  return thing.datastreams.some((datastream) => datastream.latest !== null) ? 'normal' : 'no-data';
}

/** The marker colour of a thing. */
export function sensorColourOf(thing: Pick<SensorThingState, 'severity' | 'datastreams'>): string {
  return SENSOR_CONDITION_COLOURS[sensorConditionOf(thing)];
}
