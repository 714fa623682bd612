import type { Knex } from 'knex';

/** minLon, minLat, maxLon, maxLat in WGS 84. */
export type Bbox = [number, number, number, number];

/** A page asked for: an optional box, a page size and an offset. */
export interface BboxPage {
  bbox?: Bbox;
  limit: number;
  offset: number;
}

/** A GeoJSON Feature with a string id and typed properties. */
export interface GeoJsonFeature<P> {
  type: 'Feature';
  id: string;
  geometry: unknown;
  properties: P;
}

/** A page of features as a GeoJSON FeatureCollection with OGC API - Features counts. */
export interface GeoJsonPage<F> {
  type: 'FeatureCollection';
  numberMatched: number;
  numberReturned: number;
  features: F[];
}

/** Restricts a query to rows whose `column` geometry meets the box (index first, then exact). */
export function bboxFilter(builder: Knex.QueryBuilder, bbox: Bbox | undefined, column = 'geom'): void {
  if (!bbox) return;
  builder.whereRaw(`${column} && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(${column}, ST_MakeEnvelope(?, ?, ?, ?, 4326))`, [...bbox, ...bbox]);
}

/** A Feature whose id is the row's `code` and whose geometry is the row's `geometry` (GeoJSON text). */
export function codedFeature<P>(row: { code: string; geometry: string }, properties: P): GeoJsonFeature<P> {
  return { type: 'Feature', id: row.code, geometry: JSON.parse(row.geometry), properties };
}

/** One page of a table's rows as features, by code, with the number that pass `filter`. */
export async function readFeaturePage<F>(knex: Knex, table: string, columns: string, filter: (builder: Knex.QueryBuilder) => void, toFeature: (row: any) => F, page: BboxPage): Promise<GeoJsonPage<F>> {
  const [count, rows] = await Promise.all([
    knex(table).modify(filter).count<{ n: number }[]>({ n: '*' }),
    knex(table).modify(filter).select(knex.raw(columns)).orderBy('code').limit(page.limit).offset(page.offset),
  ]);
  return { type: 'FeatureCollection', numberMatched: Number(count[0].n), numberReturned: rows.length, features: rows.map(toFeature) };
}
