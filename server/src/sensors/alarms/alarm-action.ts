import { DataError } from '@cimtwin/schemas';
import { AlarmInstant, instantMilliseconds, type Alarm, type AlarmState } from './alarm-contracts.ts';

/** The new state and the alarm after a user's action. */
export interface AlarmActionResult {
  state: AlarmState;
  alarm: Alarm;
}

/** Checks the arguments every user action takes; returns the alarm and `at` in milliseconds. */
export function checkAlarmAction(stage: string, state: AlarmState, alarmId: string, user: string, at: string): { alarm: Alarm; atMs: number } {
  if (typeof user !== 'string' || user.trim() === '') throw new DataError(`${stage}: no user given; say who acts on alarm ${alarmId}`);
  if (!AlarmInstant.safeParse(at).success) throw new DataError(`${stage}: at is ${JSON.stringify(at)}; give an ISO 8601 instant with its offset, e.g. 2026-12-07T08:00:00Z`);
  const alarm = state.alarms[alarmId];
  if (alarm === undefined) throw new DataError(`${stage}: there is no open alarm ${alarmId}; it does not exist or is already cleared and acknowledged`, { status: 404 });
  const atMs = instantMilliseconds(at);
  if (atMs < Date.parse(alarm.startTime)) throw new DataError(`${stage}: at ${at} is before alarm ${alarmId} started (${alarm.startTime}); give the time of the action`);
  return { alarm, atMs };
}
