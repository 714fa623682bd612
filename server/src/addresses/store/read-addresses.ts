import type { Knex } from 'knex';
import type { AddressElements, AddressLevel, StandardAddress } from '@cimtwin/schemas';

/**
 * The columns of a StandardAddress, for `FROM standard_addresses a`: the building's feature
 * row id comes from the features of its layer with the same source id.
 */
export const ADDRESS_COLUMNS = `a.code, a.level, a.full_text, a.label, a.elements, a.aliases, a.parent_code, a.source_id,
  ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat, a.building_layer_id,
  (SELECT f.id FROM features f WHERE f.layer_id = a.building_layer_id AND f.source_id = a.building_source_id LIMIT 1) AS building_feature_id`;

/** A row selected with ADDRESS_COLUMNS. */
export interface AddressRow {
  code: string;
  level: AddressLevel;
  full_text: string;
  label: string;
  elements: AddressElements;
  aliases: string[];
  parent_code: string | null;
  source_id: string;
  lon: number | null;
  lat: number | null;
  building_layer_id: string | null;
  building_feature_id: number | null;
}

/** The API's shape of a library row. */
export function toStandardAddress(row: AddressRow): StandardAddress {
  return {
    code: row.code,
    level: row.level,
    fullText: row.full_text,
    label: row.label,
    elements: row.elements,
    aliases: row.aliases ?? [],
    parentCode: row.parent_code,
    point: row.lon === null || row.lon === undefined ? null : [row.lon, row.lat as number],
    building: row.building_layer_id && row.building_feature_id !== null ? { layerId: row.building_layer_id, featureId: Number(row.building_feature_id) } : null,
    source: row.source_id,
  };
}

/** One address by code, or undefined. */
export async function readAddress(knex: Knex, code: string): Promise<StandardAddress | undefined> {
  const result = await knex.raw(`SELECT ${ADDRESS_COLUMNS} FROM standard_addresses a WHERE a.code = ?`, [code]);
  const row = result.rows[0] as AddressRow | undefined;
  return row ? toStandardAddress(row) : undefined;
}

/**
 * The addresses of one building feature: door plates, POIs and building-level addresses in
 * code order, and how many addresses of each level it holds (units and rooms counted, not listed).
 */
export async function readBuildingAddresses(knex: Knex, layerId: string, featureId: number): Promise<{ addresses: StandardAddress[]; counts: Partial<Record<AddressLevel, number>> }> {
  const feature = await knex('features').where({ layer_id: layerId, id: featureId }).first('source_id');
  if (!feature?.source_id) return { addresses: [], counts: {} };
  const listed = await knex.raw(
    `SELECT ${ADDRESS_COLUMNS} FROM standard_addresses a
     WHERE a.building_layer_id = ? AND a.building_source_id = ? AND a.level IN ('roadNo', 'poi', 'building') ORDER BY a.code`,
    [layerId, feature.source_id],
  );
  const counted = await knex.raw(
    `SELECT level, count(*)::int AS n FROM standard_addresses WHERE building_layer_id = ? AND building_source_id = ? GROUP BY level`,
    [layerId, feature.source_id],
  );
  return {
    addresses: (listed.rows as AddressRow[]).map(toStandardAddress),
    counts: Object.fromEntries((counted.rows as { level: AddressLevel; n: number }[]).map((row) => [row.level, row.n])),
  };
}
