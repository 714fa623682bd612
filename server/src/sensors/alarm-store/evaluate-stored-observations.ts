/**
 * Alarm evaluation of stored observations, in the transaction that stored them: the states of
 * the things concerned are locked row by row (another process evaluating the same thing waits,
 * others go on), every observation is evaluated in phenomenon-time order, and the states, the
 * changed alarms and their live events are written before the transaction commits. A crash
 * leaves neither an observation without its alarm evaluation nor the reverse.
 */
import type { Knex } from 'knex';
import type { Alarm, AlarmEvent, AlarmRule, AlarmState } from '@cimtwin/schemas';
import { createAlarmState, evaluateObservation } from '../alarms/index.ts';
import { storedAlarmId } from './alarm-ids.ts';
import { alarmRulesInForce } from './alarm-rules-store.ts';
import { storeAlarmEvents, type StoredAlarmChange } from './store-alarms.ts';

/** An observation with what the evaluator needs to know of its datastream. */
export interface ObservationForAlarms {
  datastreamId: number;
  thingId: number;
  /** Observed property key the rules name: the ObservedProperty's properties.key, else its name, in lower case. */
  observedProperty: string;
  phenomenonTime: string;
  result: unknown;
}

/**
 * Options of a thing's stored state. Observations up to ten minutes behind a datastream's
 * newest still change its alarms (later ones are stored, but what was reported stands), and
 * at most 500 points a datastream are kept beyond the longest duration a rule needs: a state
 * stays a few kilobytes, read and written with every batch of its thing.
 */
export const STORED_ALARM_STATE_OPTIONS = { horizonSeconds: 600, maxWindowPoints: 500 } as const;

/** Evaluates `observations`; returns the alarms that changed (created, severity changed, cleared). */
export async function evaluateStoredObservations(trx: Knex.Transaction, observations: readonly ObservationForAlarms[], rules?: readonly AlarmRule[]): Promise<StoredAlarmChange[]> {
  const numeric = observations.filter((o) => typeof o.result === 'number' || typeof o.result === 'boolean');
  if (numeric.length === 0) return [];
  const inForce = rules ?? (await alarmRulesInForce(trx));
  const properties = new Set(inForce.map((rule) => rule.observedProperty));
  const datastreams = new Set(inForce.map((rule) => rule.datastreamId));
  const ruled = numeric.filter((o) => properties.has(o.observedProperty) || datastreams.has(String(o.datastreamId)));
  if (ruled.length === 0) return [];
  const states = await lockAlarmStates(trx, [...new Set(ruled.map((o) => o.thingId))]);
  const events: { thingId: number; event: AlarmEvent }[] = [];
  const sorted = [...ruled].sort((a, b) => Date.parse(a.phenomenonTime) - Date.parse(b.phenomenonTime));
  for (const observation of sorted) {
    const state = states.get(observation.thingId)!;
    const result = evaluateObservation(state, inForce, {
      datastreamId: String(observation.datastreamId),
      thingId: String(observation.thingId),
      observedProperty: observation.observedProperty,
      phenomenonTime: observation.phenomenonTime,
      result: observation.result as number | boolean,
    });
    states.set(observation.thingId, result.state);
    for (const event of result.events) if (event.type !== 'unchanged') events.push({ thingId: observation.thingId, event });
  }
  await saveAlarmStates(trx, states);
  return storeAlarmEvents(trx, events.map(({ thingId, event }) => ({ change: event.type, alarm: globalAlarm(thingId, event.alarm), previousSeverity: event.previousSeverity })));
}

/** The alarm with its stored id. */
export function globalAlarm(thingId: number | string, alarm: Alarm): Alarm {
  return { ...alarm, id: storedAlarmId(thingId, alarm.id) };
}

/** States of `thingIds`, created when missing, locked FOR UPDATE until the transaction ends. */
export async function lockAlarmStates(trx: Knex.Transaction, thingIds: readonly number[]): Promise<Map<number, AlarmState>> {
  const sorted = [...thingIds].sort((a, b) => a - b);
  // Rows are created first (a concurrent creator makes ON CONFLICT wait, not fail), then locked
  // in id order so two batches over the same things cannot deadlock.
  await trx.raw(
    `INSERT INTO sensor_alarm_states (thing_id, state) SELECT t, ?::jsonb FROM unnest(?::bigint[]) AS t ON CONFLICT (thing_id) DO NOTHING`,
    [JSON.stringify(createAlarmState(STORED_ALARM_STATE_OPTIONS)), sorted],
  );
  const rows = await trx.raw('SELECT thing_id, state FROM sensor_alarm_states WHERE thing_id = ANY(?::bigint[]) ORDER BY thing_id FOR UPDATE', [sorted]);
  return new Map((rows.rows as { thing_id: number; state: AlarmState }[]).map((row) => [Number(row.thing_id), row.state]));
}

/** Writes locked states back. */
export async function saveAlarmStates(trx: Knex.Transaction, states: Map<number, AlarmState>): Promise<void> {
  if (states.size === 0) return;
  await trx.raw(
    `UPDATE sensor_alarm_states s SET state = r.state, updated_at = now()
     FROM jsonb_to_recordset(?::jsonb) AS r(thing_id bigint, state jsonb) WHERE s.thing_id = r.thing_id`,
    [JSON.stringify([...states].map(([thingId, state]) => ({ thing_id: thingId, state })))],
  );
}
