// Sensor alarms after ThingsBoard's alarm rules: threshold rules per severity with durations,
// counts and hysteresis, one active alarm per thing and alarm type, acknowledge and clear by
// users, no-data alarms by tick. Pure code on a JSON state; storage and streaming sit elsewhere.

// State
export { createAlarmState } from './create-alarm-state.ts';

// Evaluation
export { evaluateObservation } from './evaluate-observation.ts';
export type { EvaluationOutcome, EvaluationResult } from './evaluate-observation.ts';
export { tick } from './tick.ts';
export type { TickResult } from './tick.ts';
export { selectAlarmRules } from './select-alarm-rules.ts';
export type { DatastreamRules } from './select-alarm-rules.ts';

// User actions
export { acknowledgeAlarm } from './acknowledge-alarm.ts';
export { clearAlarm } from './clear-alarm.ts';
export type { AlarmActionResult } from './alarm-action.ts';
