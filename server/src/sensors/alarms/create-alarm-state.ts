import { parseAlarmInput, AlarmStateOptions, type AlarmState } from './alarm-contracts.ts';

/** An empty alarm state; `options` default to {@link ALARM_STATE_DEFAULTS} (two-hour horizon). */
export function createAlarmState(options: Partial<AlarmStateOptions> = {}): AlarmState {
  return {
    version: 1,
    options: parseAlarmInput(AlarmStateOptions, options, 'alarm-state', 'the alarm state options'),
    windows: {},
    slots: {},
    alarms: {},
    nextAlarmNumber: 1,
  };
}

/** A copy of `state` whose top-level records may be written; their entries are replaced, never changed. */
export function copyAlarmStateForUpdate(state: AlarmState): AlarmState {
  return { ...state, windows: { ...state.windows }, slots: { ...state.slots }, alarms: { ...state.alarms } };
}
