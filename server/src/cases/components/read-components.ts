import type { Knex } from 'knex';
import { findMajorClass, findMinorClass } from '@cimtwin/schemas';
import { bboxFilter, codedFeature, readFeaturePage, type BboxPage, type GeoJsonFeature, type GeoJsonPage } from '../geojson-page.ts';

/** Where a component came from: a network node or a layer feature. */
export interface ComponentSource {
  kind: string;
  networkId: string | null;
  nodeId: string | null;
  layerId: string | null;
  featureSourceId: string | null;
}

/** A city component as GeoJSON: id and `code` are the 16-digit component code. */
export type ComponentFeature = GeoJsonFeature<{
  code: string;
  divisionCode: string;
  classCode: string;
  className: string | null;
  majorCode: string;
  majorName: string | null;
  name: string;
  status: string;
  gridCode: string | null;
  source: ComponentSource;
  attributes: Record<string, unknown>;
}>;

/** Filters of a component list; `classCode` is a 2-digit major or a 4-digit minor class. */
export interface ComponentQuery extends BboxPage {
  classCode?: string;
  gridCode?: string;
  status?: string;
}

const COLUMNS = 'code, division_code, major_code, class_code, name, status, grid_code, source_kind, network_id, node_id, layer_id, feature_source_id, attributes, ST_AsGeoJSON(geom, 8) AS geometry';

function toFeature(row: Record<string, any>): ComponentFeature {
  return codedFeature(row as { code: string; geometry: string }, {
    code: row.code,
    divisionCode: row.division_code,
    classCode: row.class_code,
    className: findMinorClass('component', row.class_code)?.nameZh ?? null,
    majorCode: row.major_code,
    majorName: findMajorClass('component', row.major_code)?.nameZh ?? null,
    name: row.name,
    status: row.status,
    gridCode: row.grid_code,
    source: { kind: row.source_kind, networkId: row.network_id, nodeId: row.node_id, layerId: row.layer_id, featureSourceId: row.feature_source_id },
    attributes: row.attributes ?? {},
  });
}

function applyFilters(builder: Knex.QueryBuilder, query: ComponentQuery): void {
  bboxFilter(builder, query.bbox);
  if (query.classCode) builder.where(query.classCode.length === 2 ? 'major_code' : 'class_code', query.classCode);
  if (query.gridCode) builder.where('grid_code', query.gridCode);
  if (query.status) builder.where('status', query.status);
}

/** One page of components by code. */
export async function listComponents(knex: Knex, query: ComponentQuery): Promise<GeoJsonPage<ComponentFeature>> {
  return readFeaturePage(knex, 'city_components', COLUMNS, (builder) => applyFilters(builder, query), toFeature, query);
}

/** One component by code, or undefined. */
export async function readComponent(knex: Knex | Knex.Transaction, code: string): Promise<ComponentFeature | undefined> {
  const row = await knex('city_components').where({ code }).first(knex.raw(COLUMNS));
  return row ? toFeature(row) : undefined;
}

/** The component in use nearest a point within `metres`, with its distance, or undefined. */
export async function nearestComponent(knex: Knex | Knex.Transaction, lon: number, lat: number, metres: number): Promise<{ component: ComponentFeature; distance: number } | undefined> {
  const row = (await knex.raw(
    `WITH p AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS g)
     SELECT ${COLUMNS}, ST_Distance(c.geom::geography, p.g::geography) AS distance
     FROM city_components c, p
     WHERE c.status = 'in-use' AND ST_DWithin(c.geom::geography, p.g::geography, ?)
     ORDER BY c.geom <-> p.g LIMIT 1`,
    [lon, lat, metres],
  )).rows[0];
  return row ? { component: toFeature(row), distance: Number(row.distance) } : undefined;
}
