/** Alarms as lists show them: newest first, with their thing's name and place and any case. */
import type { Knex } from 'knex';
import { DataError, type Alarm } from '@cimtwin/schemas';

export const ALARM_LIST_STATUSES = ['active', 'unacknowledged', 'cleared', 'all'] as const;
export type AlarmListStatus = (typeof ALARM_LIST_STATUSES)[number];

export interface AlarmListQuery {
  status?: AlarmListStatus;
  severity?: string;
  thingId?: number;
  limit: number;
  offset: number;
}

/** An alarm with its thing and case. */
export interface ListedAlarm extends Alarm {
  thingName: string;
  point: [number, number] | null;
  caseId: string | null;
}

const STATUS_SQL: Record<AlarmListStatus, string> = {
  active: `a.status IN ('ACTIVE_UNACK', 'ACTIVE_ACK')`,
  unacknowledged: `a.status IN ('ACTIVE_UNACK', 'CLEARED_UNACK')`,
  cleared: `a.status IN ('CLEARED_UNACK', 'CLEARED_ACK')`,
  all: 'true',
};

const SELECT = `SELECT a.alarm, a.case_id, t.name AS thing_name,
    (SELECT ARRAY[ST_X(ST_PointOnSurface(g.geom)), ST_Y(ST_PointOnSurface(g.geom))] FROM sensor_thing_locations tl JOIN sensor_locations g ON g.id = tl.location_id WHERE tl.thing_id = a.thing_id ORDER BY g.id LIMIT 1) AS point
  FROM sensor_alarms a JOIN sensor_things t ON t.id = a.thing_id`;

/** A page of alarms and the total matching. */
export async function listAlarms(knex: Knex, query: AlarmListQuery): Promise<{ alarms: ListedAlarm[]; total: number }> {
  const where = [STATUS_SQL[query.status ?? 'active']];
  const bindings: Knex.RawBinding[] = [];
  if (query.severity) {
    where.push('a.severity = ?');
    bindings.push(query.severity);
  }
  if (query.thingId !== undefined) {
    where.push('a.thing_id = ?');
    bindings.push(query.thingId);
  }
  const clause = where.join(' AND ');
  const rows = await knex.raw(`${SELECT} WHERE ${clause} ORDER BY a.start_time DESC, a.id LIMIT ? OFFSET ?`, [...bindings, query.limit, query.offset]);
  const total = await knex.raw(`SELECT count(*)::int AS n FROM sensor_alarms a WHERE ${clause}`, bindings);
  return { alarms: (rows.rows as any[]).map(listed), total: total.rows[0].n };
}

/** One alarm; 404 when there is none. */
export async function readAlarm(knex: Knex, id: string): Promise<ListedAlarm> {
  const rows = await knex.raw(`${SELECT} WHERE a.id = ?`, [id]);
  if (rows.rows.length === 0) throw new DataError(`alarms: there is no alarm ${id}`, { status: 404 });
  return listed(rows.rows[0]);
}

function listed(row: any): ListedAlarm {
  return { ...(row.alarm as Alarm), thingName: row.thing_name, point: row.point ? [Number(row.point[0]), Number(row.point[1])] : null, caseId: row.case_id ?? null };
}
