/**
 * A datastream's history for a chart: the observations of a time range as they are when there
 * are at most `points` of them, else per bucket (equal time slices) their count, min, max and
 * mean, computed in the database so a year of minute data never leaves it. `method: 'lttb'`
 * keeps real points instead (Largest-Triangle-Three-Buckets, for a line that stays true to the
 * data), for ranges of at most 500,000 observations.
 */
import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { downsampleSeriesLttb } from '../history/downsample-lttb.ts';

export interface SeriesQuery {
  from: Date;
  to: Date;
  /** Most points or buckets returned. */
  points: number;
  method?: 'buckets' | 'lttb';
}

export const SERIES_LIMITS = { defaultPoints: 500, maxPoints: 10_000, maxLttbInput: 500_000 } as const;

export type Series =
  | { datastreamId: number; from: string; to: string; kind: 'raw' | 'lttb'; count: number; points: Array<{ t: string; v: unknown }> }
  | { datastreamId: number; from: string; to: string; kind: 'buckets'; count: number; buckets: Array<{ from: string; count: number; min: number; max: number; mean: number }> };

/** Reads the series of `datastreamId` over [from, to). */
export async function readSeries(knex: Knex, datastreamId: number, query: SeriesQuery): Promise<Series> {
  if (!(query.to > query.from)) throw new DataError(`sensor-history: to (${query.to.toISOString()}) must be after from (${query.from.toISOString()})`);
  if (!Number.isInteger(query.points) || query.points < 2 || query.points > SERIES_LIMITS.maxPoints) throw new DataError(`sensor-history: points is ${query.points}; give a whole number from 2 to ${SERIES_LIMITS.maxPoints}`);
  const exists = await knex('sensor_datastreams').where({ id: datastreamId }).first('id');
  if (!exists) throw new DataError(`sensor-history: there is no Datastream ${datastreamId}`, { status: 404 });
  const range = [datastreamId, query.from.toISOString(), query.to.toISOString()];
  const base = { datastreamId, from: query.from.toISOString(), to: query.to.toISOString() };
  const { n } = (await knex.raw('SELECT count(*)::int AS n FROM sensor_observations WHERE datastream_id = ? AND phenomenon_time >= ? AND phenomenon_time < ?', range)).rows[0];
  const raw = async () =>
    ((await knex.raw('SELECT phenomenon_time, result FROM sensor_observations WHERE datastream_id = ? AND phenomenon_time >= ? AND phenomenon_time < ? ORDER BY phenomenon_time', range)).rows as any[]).map((row) => ({
      t: new Date(row.phenomenon_time).toISOString(),
      v: row.result,
    }));
  if (n <= query.points) return { ...base, kind: 'raw', count: n, points: await raw() };
  if (query.method === 'lttb') {
    if (n > SERIES_LIMITS.maxLttbInput) throw new DataError(`sensor-history: ${n} observations in the range; lttb takes at most ${SERIES_LIMITS.maxLttbInput}, ask for a shorter range or method=buckets`);
    const kept = downsampleSeriesLttb((await raw()).map((p) => ({ time: p.t, value: typeof p.v === 'number' ? p.v : null })), { points: Math.max(3, query.points) });
    return { ...base, kind: 'lttb', count: n, points: kept.map((p) => ({ t: new Date(p.time).toISOString(), v: p.value })) };
  }
  const fromS = query.from.getTime() / 1000;
  const widthS = (query.to.getTime() / 1000 - fromS) / query.points;
  const rows = await knex.raw(
    `SELECT floor((extract(epoch FROM phenomenon_time) - ?) / ?)::int AS b, count(*)::int AS count,
       min((result #>> '{}')::float8) AS min, max((result #>> '{}')::float8) AS max, avg((result #>> '{}')::float8) AS mean
     FROM sensor_observations WHERE datastream_id = ? AND phenomenon_time >= ? AND phenomenon_time < ? AND jsonb_typeof(result) = 'number'
     GROUP BY 1 ORDER BY 1`,
    [fromS, widthS, ...range],
  );
  return {
    ...base,
    kind: 'buckets',
    count: n,
    buckets: (rows.rows as any[]).map((row) => ({ from: new Date((fromS + row.b * widthS) * 1000).toISOString(), count: row.count, min: row.min, max: row.max, mean: row.mean })),
  };
}
