import type { Knex } from 'knex';
import { bboxFilter, codedFeature, readFeaturePage, type BboxPage, type GeoJsonFeature, type GeoJsonPage } from '../geojson-page.ts';

/** A unit grid as GeoJSON: id and `code` are the 15-digit grid code. */
export type UnitGridFeature = GeoJsonFeature<{
  code: string;
  divisionCode: string;
  townCode: string;
  townName: string | null;
  communityCode: string;
  communityName: string | null;
  sequence: number;
  area: number;
  origin: string;
  properties: Record<string, unknown>;
}>;

const COLUMNS = 'code, division_code, town_code, town_name, community_code, community_name, sequence, area, origin, properties, ST_AsGeoJSON(geom, 8) AS geometry';

function toFeature(row: Record<string, any>): UnitGridFeature {
  return codedFeature(row as { code: string; geometry: string }, {
    code: row.code,
    divisionCode: row.division_code,
    townCode: row.town_code,
    townName: row.town_name,
    communityCode: row.community_code,
    communityName: row.community_name,
    sequence: Number(row.sequence),
    area: Number(row.area),
    origin: row.origin,
    properties: row.properties ?? {},
  });
}

/** One page of unit grids, by code, optionally those meeting a box. */
export async function listUnitGrids(knex: Knex, page: BboxPage): Promise<GeoJsonPage<UnitGridFeature>> {
  return readFeaturePage(knex, 'unit_grids', COLUMNS, (builder) => bboxFilter(builder, page.bbox), toFeature, page);
}

/** One unit grid by code, or undefined. */
export async function readUnitGrid(knex: Knex, code: string): Promise<UnitGridFeature | undefined> {
  const row = await knex('unit_grids').where({ code }).first(knex.raw(COLUMNS));
  return row ? toFeature(row) : undefined;
}

/** The code of the unit grid that covers a point (the lowest code on a shared edge), or undefined. */
export async function unitGridCodeAt(knex: Knex | Knex.Transaction, lon: number, lat: number): Promise<string | undefined> {
  const row = await knex('unit_grids')
    .whereRaw('ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))', [lon, lat])
    .orderBy('code')
    .first('code');
  return row?.code;
}
