import type { AlarmSeverity, AlarmStatus } from './alarm-types.ts';

/** One datastream of a sensor thing with its newest observation (`GET /api/sensors/state`). */
export interface SensorDatastreamState {
  id: number;
  name: string;
  observedProperty: string;
  /** The observed property's key, e.g. `combustible-gas`, `pm25`. */
  key: string;
  unit: { name?: string | null; symbol?: string | null } | null;
  latest: { phenomenonTime: string; result: unknown } | null;
}

/** An active alarm of a thing as the sensor state lists it, worst first. */
export interface SensorAlarmSummary {
  id: string;
  type: string;
  severity: AlarmSeverity;
  status: AlarmStatus;
  startTime: string;
}

/** A sensor thing with its place, datastreams and active alarms. */
export interface SensorThingState {
  id: number;
  name: string;
  description: string;
  /** `kind` is `air-quality`, `combustible-gas`, `manhole-cover`, `water-pressure` or `waterlogging` for the demo sensors. */
  properties: Record<string, unknown> | null;
  /** `[lon, lat]`, or null for a thing without a location. */
  point: [number, number] | null;
  datastreams: SensorDatastreamState[];
  alarms: SensorAlarmSummary[];
  /** Worst active severity; null when no alarm is active. */
  severity: AlarmSeverity | null;
}

/** A datastream over a time range (`GET /api/sensors/datastreams/{id}/series`). */
export type DatastreamSeries =
  | { kind: 'raw' | 'lttb'; count?: number; points: Array<{ t: string; v: unknown }> }
  | { kind: 'buckets'; count?: number; buckets: Array<{ from: string; count: number; min: number | null; max: number | null; mean: number | null }> };
