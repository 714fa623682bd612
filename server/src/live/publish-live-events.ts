import type { Knex } from 'knex';
import { LIVE_CHANNEL, type LiveEventInput } from './live-event.ts';

/** Key of the transaction-level advisory lock that orders event writers. */
export const LIVE_EVENTS_LOCK = 7_700_301;

/**
 * Writes events to `live_events` in the caller's transaction (call it last in the
 * transaction) and notifies `cimtwin_live`. PostgreSQL delivers a notification only when its
 * transaction commits, so a listener never hears of an event it cannot read yet, and a rolled
 * back change publishes nothing. Writers take a transaction lock first, so event ids become
 * visible in the order they were drawn: a reader that has seen id n and reads `id > n` later
 * cannot skip an id committed after it. Returns the new event ids.
 */
export async function publishLiveEvents(trx: Knex.Transaction, events: readonly LiveEventInput[]): Promise<number[]> {
  if (events.length === 0) return [];
  await trx.raw('SELECT pg_advisory_xact_lock(?)', [LIVE_EVENTS_LOCK]);
  const rows = await trx('live_events')
    .insert(events.map((event) => ({ kind: event.kind, subject: event.subject ?? '', payload: JSON.stringify(event.payload ?? null) })))
    .returning('id');
  const ids = rows.map((row: { id: string | number }) => Number(row.id));
  await trx.raw('SELECT pg_notify(?, ?)', [LIVE_CHANNEL, String(Math.max(...ids))]);
  return ids;
}
