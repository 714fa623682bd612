// The alarm contracts of @cimtwin/schemas that the alarm modules use, in one place.
export { comparisonHolds } from '@cimtwin/schemas';
export type { AlarmComparison } from '@cimtwin/schemas';
export type { AlarmCondition, AlarmClearCondition } from '@cimtwin/schemas';
export { AlarmEvent } from '@cimtwin/schemas';
export { AlarmObservation, AlarmInstant, instantMilliseconds } from '@cimtwin/schemas';
export type { AlarmObservationInput } from '@cimtwin/schemas';
export { parseAlarmInput } from '@cimtwin/schemas';
export { Alarm, isAlarmActive } from '@cimtwin/schemas';
export type { AlarmDetails, AlarmStatus, NoDataAlarmDetails, ThresholdAlarmDetails } from '@cimtwin/schemas';
export type { AlarmRule, NoDataAlarmRule, ThresholdAlarmRule, DeEscalation } from '@cimtwin/schemas';
export { ALARM_SEVERITIES, alarmSeverityRank } from '@cimtwin/schemas';
export type { AlarmSeverity } from '@cimtwin/schemas';
export { AlarmState, AlarmStateOptions, ALARM_STATE_DEFAULTS, alarmSlotKey } from '@cimtwin/schemas';
export type { AlarmSlot, AlarmSourceStatus, ObservationWindow } from '@cimtwin/schemas';
