/**
 * A user's acknowledge or clear of a stored alarm: the thing's alarm state is locked, the
 * action applied by the evaluator's own rules (acknowledging twice, or clearing a cleared
 * alarm, is a 409), and the alarm row and its live event written in the same transaction.
 */
import type { Knex } from 'knex';
import { DataError, type Alarm } from '@cimtwin/schemas';
import { acknowledgeAlarm, clearAlarm } from '../alarms/index.ts';
import { publishLiveEvents } from '../../live/publish-live-events.ts';
import { parseStoredAlarmId, storedAlarmId } from './alarm-ids.ts';
import { lockAlarmStates, saveAlarmStates } from './evaluate-stored-observations.ts';
import { alarmLiveEvents, storeAlarmEvents } from './store-alarms.ts';

export type AlarmUserAction = 'acknowledge' | 'clear';

/** Applies `action` by `user` at `at` (default now); returns the alarm after it. */
export async function actOnAlarm(knex: Knex, id: string, action: AlarmUserAction, user: string, at: string = new Date().toISOString()): Promise<Alarm> {
  const { thingId, localId } = parseStoredAlarmId(id);
  return knex.transaction(async (trx) => {
    const stored = await trx('sensor_alarms').where({ id }).first('alarm', 'case_id');
    if (!stored) throw new DataError(`alarms: there is no alarm ${id}`, { status: 404 });
    const states = await lockAlarmStates(trx, [thingId]);
    const state = states.get(thingId)!;
    if (!state.alarms[localId]) throw new DataError(`alarms: alarm ${id} is cleared and acknowledged already; nothing is left to do with it`, { status: 409 });
    const result = action === 'acknowledge' ? acknowledgeAlarm(state, localId, user, at) : clearAlarm(state, localId, user, at);
    states.set(thingId, result.state);
    await saveAlarmStates(trx, states);
    const alarm = { ...result.alarm, id: storedAlarmId(thingId, result.alarm.id) };
    const changes = await storeAlarmEvents(trx, [{ change: action === 'acknowledge' ? 'acknowledged' : 'cleared', alarm, previousSeverity: null }]);
    await publishLiveEvents(trx, alarmLiveEvents(changes, new Map([[id, stored.case_id ?? null]])));
    return alarm;
  });
}
