import { z } from 'zod';
import { AlarmDetails, Alarm } from './alarm-record.ts';
import { AlarmSeverity } from './alarm-severity.ts';

// The alarm evaluator's state as plain JSON, so it can be stored in PostgreSQL (jsonb) and
// shared by several API processes. Times inside the state are milliseconds since the epoch;
// the alarms themselves carry ISO 8601 times because they are shown and sent on.

/** Settings stored with the state. */
export const AlarmStateOptions = z.object({
  horizonSeconds: z
    .number()
    .min(0)
    .default(7200)
    .describe('an observation older than the datastream\'s newest phenomenon time minus this is too late: it does not change alarm state'),
  maxWindowPoints: z.number().int().min(2).default(2000).describe('most observations kept per datastream, however short its intervals'),
});
export type AlarmStateOptions = z.infer<typeof AlarmStateOptions>;

/** Default {@link AlarmStateOptions}: a two-hour horizon, at most 2,000 observations per datastream. */
export const ALARM_STATE_DEFAULTS: AlarmStateOptions = Object.freeze(AlarmStateOptions.parse({}));

/** Recent observations of one datastream, ordered by phenomenon time: `[milliseconds, result]`. */
export const ObservationWindow = z.object({
  thingId: z.string(),
  observedProperty: z.string(),
  points: z.array(z.tuple([z.number(), z.number()])),
});
export type ObservationWindow = z.infer<typeof ObservationWindow>;

/** What one datastream's newest evaluation says about an alarm slot. */
export const AlarmSourceStatus = z.object({
  ruleId: z.string(),
  wanted: AlarmSeverity.nullable().describe('highest severity whose create condition holds'),
  clearHolds: z.boolean(),
  details: AlarmDetails.nullable().describe('why `wanted` holds'),
});
export type AlarmSourceStatus = z.infer<typeof AlarmSourceStatus>;

/**
 * One (thing, alarm type): its active alarm, the data time of its last change (late data never
 * changes it before that), and the status of each datastream feeding it.
 */
export const AlarmSlot = z.object({
  thingId: z.string(),
  alarmType: z.string(),
  activeAlarmId: z.string().nullable(),
  lastChangeTime: z.number().nullable(),
  sources: z.record(z.string(), AlarmSourceStatus),
});
export type AlarmSlot = z.infer<typeof AlarmSlot>;

/**
 * Everything the evaluator keeps. `alarms` holds the alarms that can still change: active ones
 * and cleared ones not yet acknowledged; a cleared and acknowledged alarm is final and leaves.
 */
export const AlarmState = z.object({
  version: z.literal(1),
  options: AlarmStateOptions,
  windows: z.record(z.string(), ObservationWindow).describe('by datastream id'),
  slots: z.record(z.string(), AlarmSlot).describe('by `alarmType@thingId`'),
  alarms: z.record(z.string(), Alarm).describe('by alarm id'),
  nextAlarmNumber: z.number().int().positive(),
});
export type AlarmState = z.infer<typeof AlarmState>;

/** The key of a slot in {@link AlarmState.slots}; alarm types cannot contain `@`. */
export function alarmSlotKey(alarmType: string, thingId: string): string {
  return `${alarmType}@${thingId}`;
}
