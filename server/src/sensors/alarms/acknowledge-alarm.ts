import { DataError } from '@cimtwin/schemas';
import type { Alarm, AlarmState } from './alarm-contracts.ts';
import { checkAlarmAction, type AlarmActionResult } from './alarm-action.ts';

const STAGE = 'alarm-acknowledge';

/**
 * Acknowledges an alarm, active or cleared. A cleared alarm once acknowledged is final: it is
 * returned for storing and leaves the state.
 */
export function acknowledgeAlarm(state: AlarmState, alarmId: string, user: string, at: string): AlarmActionResult {
  const { alarm: before, atMs } = checkAlarmAction(STAGE, state, alarmId, user, at);
  if (before.acknowledged !== null) throw new DataError(`${STAGE}: alarm ${alarmId} was already acknowledged by ${before.acknowledged.by} at ${before.acknowledged.at}`, { status: 409 });
  const alarm: Alarm = { ...before, status: before.status === 'ACTIVE_UNACK' ? 'ACTIVE_ACK' : 'CLEARED_ACK', acknowledged: { by: user, at: new Date(atMs).toISOString() } };
  const alarms = { ...state.alarms, [alarmId]: alarm };
  if (alarm.status === 'CLEARED_ACK') delete alarms[alarmId];
  return { state: { ...state, alarms }, alarm };
}
