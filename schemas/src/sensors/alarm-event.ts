import { z } from 'zod';
import { Alarm } from './alarm-record.ts';
import { AlarmSeverity } from './alarm-severity.ts';

/** Kinds of alarm event an evaluation reports. */
export const ALARM_EVENT_TYPES = ['alarm-created', 'severity-changed', 'cleared', 'unchanged'] as const;

/**
 * What an evaluation did to one alarm: created it, changed its severity, cleared it, or left an
 * active alarm as it was. `alarm` is the alarm after the event; `at` the data time of the change.
 */
export const AlarmEvent = z.object({
  type: z.enum(ALARM_EVENT_TYPES),
  alarm: Alarm,
  at: z.string(),
  previousSeverity: AlarmSeverity.nullable().describe('before a severity change; null otherwise'),
});
export type AlarmEvent = z.infer<typeof AlarmEvent>;
