/**
 * The live state of every sensor thing, as a map shows it: where it is, its datastreams with
 * their newest observation, and its worst active alarm. One query over the things; the newest
 * observation of each datastream is found through the (datastream, phenomenon time) index.
 */
import type { Knex } from 'knex';
import { alarmSeverityRank, type AlarmSeverity } from '@cimtwin/schemas';

/** A thing's state. */
export interface SensorThingState {
  id: number;
  name: string;
  description: string;
  properties: Record<string, unknown>;
  /** [lon, lat] of its first location (a point, or the centroid of a shape); null without one. */
  point: [number, number] | null;
  datastreams: Array<{ id: number; name: string; observedProperty: string; key: string; unit: { name?: string; symbol?: string } | null; latest: { phenomenonTime: string; result: unknown } | null }>;
  /** Active alarms, worst first. */
  alarms: Array<{ id: string; type: string; severity: string; status: string; startTime: string }>;
  /** Worst active severity; null when none is active. */
  severity: string | null;
}

export interface SensorStateQuery {
  thingIds?: number[];
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox?: [number, number, number, number];
}

/** States of the things asked for (all by default). */
export async function readSensorState(knex: Knex, query: SensorStateQuery = {}): Promise<SensorThingState[]> {
  const where: string[] = [];
  const bindings: Knex.RawBinding[] = [];
  if (query.thingIds) {
    where.push('t.id = ANY(?::bigint[])');
    bindings.push(query.thingIds as unknown as Knex.RawBinding);
  }
  if (query.bbox) {
    where.push('ST_Intersects(l.geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))');
    bindings.push(...query.bbox);
  }
  const rows = await knex.raw(
    `SELECT t.id, t.name, t.description, t.properties,
       ST_X(ST_PointOnSurface(l.geom)) AS lon, ST_Y(ST_PointOnSurface(l.geom)) AS lat,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name, 'observedProperty', p.name, 'key', lower(COALESCE(p.properties->>'key', p.name)),
           'unit', d.unit_of_measurement, 'latest', (SELECT jsonb_build_object('phenomenonTime', o.phenomenon_time, 'result', o.result)
             FROM sensor_observations o WHERE o.datastream_id = d.id ORDER BY o.phenomenon_time DESC LIMIT 1)) ORDER BY d.id)
         FROM sensor_datastreams d JOIN sensor_observed_properties p ON p.id = d.observed_property_id WHERE d.thing_id = t.id), '[]'::jsonb) AS datastreams,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'type', a.alarm_type, 'severity', a.severity, 'status', a.status, 'startTime', a.start_time) ORDER BY a.start_time)
         FROM sensor_alarms a WHERE a.thing_id = t.id AND a.status IN ('ACTIVE_UNACK', 'ACTIVE_ACK')), '[]'::jsonb) AS alarms
     FROM sensor_things t
     LEFT JOIN LATERAL (SELECT g.geom FROM sensor_thing_locations tl JOIN sensor_locations g ON g.id = tl.location_id WHERE tl.thing_id = t.id ORDER BY g.id LIMIT 1) l ON true
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY t.id`,
    bindings,
  );
  return (rows.rows as any[]).map((row) => {
    const alarms = (row.alarms as SensorThingState['alarms']).sort((a, b) => alarmSeverityRank(b.severity as AlarmSeverity) - alarmSeverityRank(a.severity as AlarmSeverity));
    return {
      id: Number(row.id),
      name: row.name,
      description: row.description,
      properties: row.properties,
      point: row.lon === null ? null : [Number(row.lon), Number(row.lat)],
      datastreams: (row.datastreams as SensorThingState['datastreams']).map((d) => ({ ...d, latest: d.latest ? { ...d.latest, phenomenonTime: new Date(d.latest.phenomenonTime).toISOString() } : null })),
      alarms,
      severity: alarms[0]?.severity ?? null,
    };
  });
}

