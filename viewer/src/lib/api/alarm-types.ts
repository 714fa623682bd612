/** Alarm severities, highest first (ThingsBoard's, without "indeterminate"). */
export const ALARM_SEVERITIES = ['critical', 'major', 'minor', 'warning'] as const;

/** How serious an alarm is. */
export type AlarmSeverity = (typeof ALARM_SEVERITIES)[number];

/** Active or cleared, acknowledged or not. */
export type AlarmStatus = 'ACTIVE_UNACK' | 'ACTIVE_ACK' | 'CLEARED_UNACK' | 'CLEARED_ACK';

/** The comparison that raised an alarm: against one value, or a range (`between`, `outside`). */
export type AlarmThreshold = { operator: '>' | '>=' | '<' | '<=' | '==' | '!='; value: number } | { operator: 'between' | 'outside'; low: number; high: number };

/** Why an alarm was raised: a value past a threshold, or a datastream gone silent. */
export type AlarmDetails =
  | { kind: 'threshold'; datastreamId: string; observedProperty: string; value: number; threshold: AlarmThreshold; unit: string | null; observationTime: string }
  | { kind: 'no-data'; datastreamId: string; observedProperty: string; lastObservationTime: string; afterSeconds: number };

/** An alarm as the live stream carries it. */
export interface Alarm {
  id: string;
  type: string;
  thingId: string;
  severity: AlarmSeverity;
  highestSeverity?: AlarmSeverity;
  status: AlarmStatus;
  startTime: string;
  endTime: string | null;
  acknowledged: { by: string | null; at: string } | null;
  cleared: { by: string | null; at: string } | null;
  details: AlarmDetails | null;
}

/** An alarm as `GET /api/alarms` lists it: with its thing's name and place and any case. */
export interface ListedAlarm extends Alarm {
  thingName: string;
  point: [number, number] | null;
  caseId: string | null;
}

/** Which alarms `GET /api/alarms` lists. */
export type AlarmListStatus = 'active' | 'unacknowledged' | 'cleared' | 'all';

/** What a user does to an alarm. */
export type AlarmAction = 'acknowledge' | 'clear';

/** Whether an alarm is active (acknowledged or not). */
export function isAlarmActive(status: AlarmStatus): boolean {
  return status === 'ACTIVE_UNACK' || status === 'ACTIVE_ACK';
}

/** Whether an alarm still waits for someone to acknowledge it. */
export function isAlarmUnacknowledged(status: AlarmStatus): boolean {
  return status === 'ACTIVE_UNACK' || status === 'CLEARED_UNACK';
}
