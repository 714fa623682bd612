/**
 * Alarms into sensor_alarms and onto the live stream. The table keeps every alarm, active and
 * past; a change rewrites its row and publishes an `alarm` event with the alarm as it is now.
 */
import type { Knex } from 'knex';
import type { Alarm } from '@cimtwin/schemas';
import type { LiveEventInput } from '../../live/live-event.ts';

/** One change to an alarm: what happened and the alarm after it. */
export interface StoredAlarmChange {
  change: 'alarm-created' | 'severity-changed' | 'cleared' | 'acknowledged' | 'unchanged' | 'case-opened';
  alarm: Alarm;
  previousSeverity: string | null;
}

/** Upserts the alarms of `changes` (the last change of an alarm wins); returns the changes. */
export async function storeAlarmEvents(trx: Knex.Transaction, changes: StoredAlarmChange[]): Promise<StoredAlarmChange[]> {
  if (changes.length === 0) return changes;
  const latest = new Map(changes.map((change) => [change.alarm.id, change.alarm]));
  await trx.raw(
    `INSERT INTO sensor_alarms (id, thing_id, alarm_type, severity, status, start_time, end_time, alarm, updated_at)
     SELECT a->>'id', (a->>'thingId')::bigint, a->>'type', a->>'severity', a->>'status', (a->>'startTime')::timestamptz, (a->>'endTime')::timestamptz, a, now()
     FROM jsonb_array_elements(?::jsonb) AS a
     ON CONFLICT (id) DO UPDATE SET severity = EXCLUDED.severity, status = EXCLUDED.status, end_time = EXCLUDED.end_time, alarm = EXCLUDED.alarm, updated_at = now()`,
    [JSON.stringify([...latest.values()])],
  );
  return changes;
}

/** Live events of alarm changes. */
export function alarmLiveEvents(changes: readonly StoredAlarmChange[], caseIds: ReadonlyMap<string, string | null> = new Map()): LiveEventInput[] {
  return changes.map((change) => ({
    kind: 'alarm',
    subject: change.alarm.id,
    payload: { change: change.change, previousSeverity: change.previousSeverity, alarm: change.alarm, caseId: caseIds.get(change.alarm.id) ?? null },
  }));
}
