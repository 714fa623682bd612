/**
 * The no-data check ("no observation for N minutes") over every thing with an alarm state,
 * run every `intervalMs` by whichever API process holds the ticker lock: with several
 * processes on one database, one ticks and the others stand by.
 */
import type { Knex } from 'knex';
import type { AlarmState } from '@cimtwin/schemas';
import type { Logger } from '../../logger.ts';
import { tick } from '../alarms/index.ts';
import { publishLiveEvents } from '../../live/publish-live-events.ts';
import { alarmRulesInForce } from './alarm-rules-store.ts';
import { globalAlarm, saveAlarmStates } from './evaluate-stored-observations.ts';
import { alarmLiveEvents, storeAlarmEvents, type StoredAlarmChange } from './store-alarms.ts';

const TICKER_LOCK = 7_700_302;

/** One tick at `now`: returns the alarm changes it made. */
export async function tickAlarms(knex: Knex, now: string = new Date().toISOString()): Promise<StoredAlarmChange[]> {
  const rules = await alarmRulesInForce(knex);
  if (!rules.some((rule) => rule.kind === 'no-data')) return [];
  return knex.transaction(async (trx) => {
    const locked = await trx.raw('SELECT pg_try_advisory_xact_lock(?) AS ok', [TICKER_LOCK]);
    if (!locked.rows[0].ok) return [];
    // Things another transaction is evaluating are skipped this time, not waited for.
    const rows = await trx.raw('SELECT thing_id, state FROM sensor_alarm_states ORDER BY thing_id FOR UPDATE SKIP LOCKED');
    const changed = new Map<number, AlarmState>();
    const changes: StoredAlarmChange[] = [];
    for (const row of rows.rows as { thing_id: number; state: AlarmState }[]) {
      const result = tick(row.state, rules, now);
      if (result.events.length === 0) continue;
      changed.set(Number(row.thing_id), result.state);
      for (const event of result.events) if (event.type !== 'unchanged') changes.push({ change: event.type, alarm: globalAlarm(row.thing_id, event.alarm), previousSeverity: event.previousSeverity });
    }
    await saveAlarmStates(trx, changed);
    await storeAlarmEvents(trx, changes);
    await publishLiveEvents(trx, alarmLiveEvents(changes));
    return changes;
  });
}

/** Ticks every `intervalMs` until stopped. */
export function startAlarmTicker(knex: Knex, options: { intervalMs?: number; logger?: Logger } = {}): { stop(): void } {
  const timer = setInterval(() => {
    tickAlarms(knex).catch((error: unknown) => options.logger?.warn({ err: error }, 'alarm tick failed'));
  }, options.intervalMs ?? 30_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
