import type { Knex } from 'knex';
import type { LiveEvent, LiveEventKind } from './live-event.ts';

/** Most events read in one query. */
export const LIVE_READ_LIMIT = 1000;

/** Events after `afterId`, oldest first, at most `limit`. */
export async function readLiveEvents(knex: Knex, afterId: number, limit = LIVE_READ_LIMIT): Promise<LiveEvent[]> {
  const rows = await knex('live_events').where('id', '>', afterId).orderBy('id').limit(limit).select('id', 'kind', 'subject', 'payload', 'created_at');
  return rows.map((row) => ({ id: Number(row.id), kind: row.kind as LiveEventKind, subject: row.subject, payload: row.payload, time: new Date(row.created_at).toISOString() }));
}

/** The newest event id (0 when there is none) and the oldest one still kept (null when none). */
export async function liveEventBounds(knex: Knex): Promise<{ newest: number; oldest: number | null }> {
  const row = await knex('live_events').first(knex.raw('max(id) AS newest'), knex.raw('min(id) AS oldest'));
  return { newest: Number(row?.newest ?? 0), oldest: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest) };
}

/** Removes events older than `keepHours`; returns how many went. */
export async function pruneLiveEvents(knex: Knex, keepHours: number): Promise<number> {
  return knex('live_events').where('created_at', '<', knex.raw(`now() - make_interval(hours => ?)`, [keepHours])).delete();
}
