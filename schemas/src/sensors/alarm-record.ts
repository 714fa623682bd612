import { z } from 'zod';
import { AlarmComparison } from './alarm-comparison.ts';
import { AlarmSeverity } from './alarm-severity.ts';

// An alarm as ThingsBoard keeps one: type, originator, severity, status and its times. Times
// are ISO 8601 instants in UTC; start and end are data times (the phenomenon time that raised
// or cleared it, the `now` of a no-data tick, or the `at` of a user's clear).

/** Alarm status: active or cleared, acknowledged or not. */
export const AlarmStatus = z.enum(['ACTIVE_UNACK', 'ACTIVE_ACK', 'CLEARED_UNACK', 'CLEARED_ACK']);
export type AlarmStatus = z.infer<typeof AlarmStatus>;

/** Who did something to an alarm and when; `by` null for the rule itself (an automatic clear). */
export const AlarmAction = z.object({ by: z.string().nullable(), at: z.string() });
export type AlarmAction = z.infer<typeof AlarmAction>;

/** Why a threshold alarm has its severity: the value and the threshold it crossed. */
export const ThresholdAlarmDetails = z.object({
  kind: z.literal('threshold'),
  datastreamId: z.string(),
  observedProperty: z.string(),
  value: z.number().describe('the triggering result'),
  threshold: AlarmComparison,
  durationSeconds: z.number().nullable(),
  count: z.number().nullable(),
  unit: z.string().nullable(),
  observationTime: z.string().describe('phenomenon time of the triggering observation'),
  conditionSince: z.string().describe('phenomenon time of the first of the consecutive observations that satisfied the comparison'),
});
export type ThresholdAlarmDetails = z.infer<typeof ThresholdAlarmDetails>;

/** Why a no-data alarm was raised: the newest observation and the silence allowed. */
export const NoDataAlarmDetails = z.object({
  kind: z.literal('no-data'),
  datastreamId: z.string(),
  observedProperty: z.string(),
  lastObservationTime: z.string(),
  afterSeconds: z.number(),
});
export type NoDataAlarmDetails = z.infer<typeof NoDataAlarmDetails>;

/** Details of an alarm, by the kind of rule that raised it. */
export const AlarmDetails = z.discriminatedUnion('kind', [ThresholdAlarmDetails, NoDataAlarmDetails]);
export type AlarmDetails = z.infer<typeof AlarmDetails>;

/** One alarm of one thing and alarm type, from its start to its clear. */
export const Alarm = z.object({
  id: z.string(),
  type: z.string().describe('the alarm type, e.g. gas-high'),
  thingId: z.string().describe('the originator'),
  ruleId: z.string().describe('the rule that raised it or last changed its severity'),
  severity: AlarmSeverity,
  highestSeverity: AlarmSeverity,
  status: AlarmStatus,
  startTime: z.string(),
  endTime: z.string().nullable().describe('when it cleared; null while active'),
  acknowledged: AlarmAction.nullable(),
  cleared: AlarmAction.nullable(),
  details: AlarmDetails,
});
export type Alarm = z.infer<typeof Alarm>;

/** True while the alarm is active (acknowledged or not). */
export function isAlarmActive(alarm: Alarm): boolean {
  return alarm.status === 'ACTIVE_UNACK' || alarm.status === 'ACTIVE_ACK';
}
