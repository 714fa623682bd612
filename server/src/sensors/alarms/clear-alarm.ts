import { DataError } from '@cimtwin/schemas';
import { alarmSlotKey, isAlarmActive, type Alarm, type AlarmState } from './alarm-contracts.ts';
import { checkAlarmAction, type AlarmActionResult } from './alarm-action.ts';

const STAGE = 'alarm-clear';

/**
 * Clears an active alarm by hand. It is not re-opened: if its condition still holds after `at`,
 * the next evaluation starts a new alarm (acknowledge instead to keep one alarm running).
 */
export function clearAlarm(state: AlarmState, alarmId: string, user: string, at: string): AlarmActionResult {
  const { alarm: before, atMs } = checkAlarmAction(STAGE, state, alarmId, user, at);
  if (!isAlarmActive(before)) throw new DataError(`${STAGE}: alarm ${alarmId} was already cleared at ${before.endTime}`, { status: 409 });
  const when = new Date(atMs).toISOString();
  const alarm: Alarm = { ...before, status: before.acknowledged === null ? 'CLEARED_UNACK' : 'CLEARED_ACK', endTime: when, cleared: { by: user, at: when } };
  const alarms = { ...state.alarms, [alarmId]: alarm };
  if (alarm.status === 'CLEARED_ACK') delete alarms[alarmId];
  const key = alarmSlotKey(alarm.type, alarm.thingId);
  const slot = state.slots[key];
  const slots = slot === undefined ? state.slots : { ...state.slots, [key]: { ...slot, activeAlarmId: null, lastChangeTime: Math.max(slot.lastChangeTime ?? atMs, atMs) } };
  return { state: { ...state, alarms, slots }, alarm };
}
