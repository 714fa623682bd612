import type { SensorThingState } from '../api/sensor-types.ts';
import { formatReading, formatTime } from './operations-text.ts';

/** Most datastreams a marker label lists; an air-quality station has six. */
export const LABEL_DATASTREAMS = 3;

/**
 * The text of a sensor's map label: its name, then the newest value of each datastream that
 * has one (the most recent first, at most LABEL_DATASTREAMS), then when the newest was taken.
 */
export function sensorLabelText(thing: SensorThingState): string {
  const reported = thing.datastreams
    .filter((datastream) => datastream.latest !== null)
    .sort((a, b) => Date.parse(b.latest!.phenomenonTime) - Date.parse(a.latest!.phenomenonTime));
  const lines = reported.slice(0, LABEL_DATASTREAMS).map((datastream) => {
    const value = formatReading(datastream.latest!.result, datastream.unit?.symbol);
    return thing.datastreams.length > 1 ? `${datastream.observedProperty} ${value}` : value;
  });
  const newest = reported[0]?.latest?.phenomenonTime;
  return [thing.name, ...lines, ...(newest ? [formatTime(newest)] : [])].join('\n');
}
