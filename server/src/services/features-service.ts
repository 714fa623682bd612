import type { Knex } from 'knex';
import { DataError, type Layer } from '@cimtwin/schemas';

/** Columns promoted out of the JSONB attributes; filters on them use the column. */
const PROMOTED_TEXT = ['name', 'kind', 'height_source', 'source_id'] as const;
const PROMOTED_NUMBER = ['height', 'min_height'] as const;

/** A query on a layer's features. */
export interface FeatureQuery {
  bbox?: [number, number, number, number];
  limit: number;
  offset: number;
  /** attribute = value filters (exact match on the value as text). */
  filters: Record<string, string>;
  /** Case-insensitive substring of the name. */
  q?: string;
}

/** A GeoJSON feature as the API returns it. */
export interface FeatureRecord {
  type: 'Feature';
  id: number;
  geometry: unknown;
  properties: Record<string, unknown>;
}

/** Keys a layer can be filtered on: promoted columns and every attribute seen on import. */
export function queryableKeys(layer: Layer): string[] {
  return [...new Set([...PROMOTED_TEXT, ...PROMOTED_NUMBER, ...Object.keys(layer.attributes)])];
}

function applyFilters(builder: Knex.QueryBuilder, layer: Layer, query: FeatureQuery): void {
  builder.where('layer_id', layer.id);
  if (query.bbox) {
    const [x0, y0, x1, y1] = query.bbox;
    builder.whereRaw('geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))', [x0, y0, x1, y1, x0, y0, x1, y1]);
  }
  if (query.q) builder.whereRaw("name ILIKE '%' || ? || '%'", [query.q.replace(/[\\%_]/g, (c) => `\\${c}`)]);
  const known = new Set(queryableKeys(layer));
  for (const [key, value] of Object.entries(query.filters)) {
    if (!known.has(key)) throw new DataError(`items: "${key}" is not a property of layer ${layer.id}; see /api/collections/${layer.id}/queryables`);
    if ((PROMOTED_TEXT as readonly string[]).includes(key)) builder.where(key, value);
    else if ((PROMOTED_NUMBER as readonly string[]).includes(key)) {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new DataError(`items: ${key} takes a number, got "${value}"`);
      builder.where(key, n);
    } else builder.whereRaw('properties->>? = ?', [key, value]);
  }
}

/** One page of features and the number matched by the query. */
export async function queryFeatures(knex: Knex, layer: Layer, query: FeatureQuery): Promise<{ features: FeatureRecord[]; numberMatched: number }> {
  const countQuery = knex('features').count<{ n: string | number }[]>({ n: '*' });
  applyFilters(countQuery, layer, query);
  const pageQuery = knex('features').select(featureColumns(knex)).orderBy('id').limit(query.limit).offset(query.offset);
  applyFilters(pageQuery, layer, query);
  const [countRows, rows] = await Promise.all([countQuery, pageQuery]);
  return { features: rows.map(toFeature), numberMatched: Number(countRows[0].n) };
}

/** One feature of a layer by id, or undefined. */
export async function getFeature(knex: Knex, layerId: string, id: number): Promise<FeatureRecord | undefined> {
  const row = await knex('features').select(featureColumns(knex)).where({ layer_id: layerId, id }).first();
  return row ? toFeature(row) : undefined;
}

function featureColumns(knex: Knex): Array<string | Knex.Raw> {
  return ['id', 'source_id', 'name', 'kind', 'height', 'min_height', 'height_source', 'properties', knex.raw('ST_AsGeoJSON(geom, 8) AS geometry')];
}

function toFeature(row: Record<string, any>): FeatureRecord {
  const properties: Record<string, unknown> = { ...(row.properties ?? {}) };
  delete properties.id;
  Object.assign(properties, { source_id: row.source_id, name: row.name, kind: row.kind });
  if (row.height !== null) Object.assign(properties, { height: row.height, min_height: row.min_height, height_source: row.height_source });
  return { type: 'Feature', id: Number(row.id), geometry: JSON.parse(row.geometry), properties };
}
