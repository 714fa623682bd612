import { z } from 'zod';

// The four severities of ThingsBoard's alarm rules, highest first. ThingsBoard also has
// INDETERMINATE; it is left out because no rule here can mean "severity unknown".

/** Alarm severities, highest first. */
export const ALARM_SEVERITIES = ['critical', 'major', 'minor', 'warning'] as const;

/** How serious an alarm is: critical, major, minor or warning. */
export const AlarmSeverity = z.enum(ALARM_SEVERITIES);
export type AlarmSeverity = z.infer<typeof AlarmSeverity>;

/** Rank of a severity: warning 1 … critical 4, so a higher number is more serious. */
export function alarmSeverityRank(severity: AlarmSeverity): number {
  return ALARM_SEVERITIES.length - ALARM_SEVERITIES.indexOf(severity);
}

/** The more serious of two severities; null counts as no severity at all. */
export function higherSeverity(a: AlarmSeverity | null, b: AlarmSeverity | null): AlarmSeverity | null {
  if (a === null) return b;
  if (b === null) return a;
  return alarmSeverityRank(a) >= alarmSeverityRank(b) ? a : b;
}
