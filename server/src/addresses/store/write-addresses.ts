import type { Knex } from 'knex';
import { addressLevelRank, DataError } from '@cimtwin/schemas';
import type { AddressRecord } from './address-record.ts';
import { pinyinKeys, searchKey } from './address-search-keys.ts';
import { addressLabel, fullAddressText } from './address-text.ts';

/** One import of addresses: its name, the files' SHA-256 and a report kept with it. */
export interface AddressSource {
  id: string;
  sha256: string | null;
  report: Record<string, unknown>;
}

/** Rows per INSERT: one JSON parameter each (PGlite moves text parameters fast, many parameters slowly). */
const BATCH = 5000;

/**
 * Replaces every address of a source with `records`, in one transaction: readers see the old
 * set or the new one. A code already held by another source is refused (DataError) and
 * nothing changes.
 */
export async function replaceAddressSource(
  knex: Knex,
  source: AddressSource,
  records: readonly AddressRecord[],
  options: { linkLayerId?: string } = {},
): Promise<{ stored: number; linked: number }> {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.code)) throw new DataError(`address-store: the code ${record.code} appears twice in ${source.id}; give each address its own code`);
    seen.add(record.code);
  }
  return knex.transaction(async (trx) => {
    await trx.raw(
      `INSERT INTO address_sources (id, sha256, address_count, report, imported_at) VALUES (?, ?, ?, ?::jsonb, now())
       ON CONFLICT (id) DO UPDATE SET sha256 = EXCLUDED.sha256, address_count = EXCLUDED.address_count, report = EXCLUDED.report, imported_at = now()`,
      [source.id, source.sha256, records.length, JSON.stringify(source.report)],
    );
    await trx('standard_addresses').where({ source_id: source.id }).delete();
    for (let start = 0; start < records.length; start += BATCH) {
      const rows = records.slice(start, start + BATCH).map((record) => toRow(record));
      const clash = await trx.raw(
        `SELECT a.code, a.source_id FROM standard_addresses a JOIN json_to_recordset(?::json) AS r(code text) ON r.code = a.code LIMIT 1`,
        [JSON.stringify(rows.map((row) => ({ code: row.code })))],
      );
      if (clash.rows.length > 0) {
        throw new DataError(`address-store: the code ${clash.rows[0].code} is already held by the source ${clash.rows[0].source_id}; remove that source or give the address another code`);
      }
      await trx.raw(
        `INSERT INTO standard_addresses (code, level, level_rank, full_text, label, elements, aliases, parent_code, division_code,
           search_text, label_key, pinyin, initials, building_layer_id, building_source_id, source_id, geom)
         SELECT code, level, level_rank, full_text, label, elements, aliases, parent_code, division_code,
           search_text, label_key, pinyin, initials, building_layer_id, building_source_id, ?,
           CASE WHEN lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END
         FROM json_to_recordset(?::json) AS r(code text, level text, level_rank smallint, full_text text, label text, elements jsonb,
           aliases text[], parent_code text, division_code text, search_text text, label_key text, pinyin text, initials text,
           building_layer_id text, building_source_id text, lon double precision, lat double precision)`,
        [source.id, JSON.stringify(rows)],
      );
    }
    const linked = options.linkLayerId ? await linkBuildings(trx, source.id, options.linkLayerId) : 0;
    return { stored: records.length, linked };
  });
}

function toRow(record: AddressRecord) {
  const fullText = fullAddressText(record.elements);
  const label = addressLabel(record.elements);
  const keys = pinyinKeys(label);
  return {
    code: record.code,
    level: record.level,
    level_rank: addressLevelRank(record.level),
    full_text: fullText,
    label,
    elements: record.elements,
    aliases: record.aliases,
    parent_code: record.parentCode,
    division_code: record.divisionCode,
    search_text: [label, fullText, ...record.aliases].map(searchKey).join(' '),
    label_key: searchKey(label),
    pinyin: keys.pinyin,
    initials: keys.initials,
    building_layer_id: record.building?.layerId ?? null,
    building_source_id: record.building?.sourceId ?? null,
    lon: record.point?.[0] ?? null,
    lat: record.point?.[1] ?? null,
  };
}

/** Metres within which a door plate belongs to the nearest building of the layer (door plates sit on façades). */
export const BUILDING_LINK_DISTANCE = 10;

/**
 * Links the source's addresses that name no building to the nearest building of `layerId`
 * within BUILDING_LINK_DISTANCE of their point, then hands each link down to the units and
 * rooms below. Returns how many door plates, POIs and buildings of the source have a building.
 */
async function linkBuildings(trx: Knex.Transaction, sourceId: string, layerId: string): Promise<number> {
  await trx.raw(
    `UPDATE standard_addresses a SET building_layer_id = ?, building_source_id = (
       SELECT f.source_id FROM features f
       WHERE f.layer_id = ? AND f.source_id IS NOT NULL AND ST_DWithin(f.geom::geography, a.geom::geography, ?)
         AND f.geom && ST_Expand(a.geom, 0.0005)
       ORDER BY f.geom <-> a.geom LIMIT 1)
     WHERE a.source_id = ? AND a.building_source_id IS NULL AND a.geom IS NOT NULL AND a.level IN ('roadNo', 'poi', 'building')`,
    [layerId, layerId, BUILDING_LINK_DISTANCE, sourceId],
  );
  await trx.raw(`UPDATE standard_addresses SET building_layer_id = NULL WHERE source_id = ? AND building_source_id IS NULL`, [sourceId]);
  for (let depth = 0; depth < 6; depth++) {
    const handed = await trx.raw(
      `UPDATE standard_addresses c SET building_layer_id = p.building_layer_id, building_source_id = p.building_source_id
       FROM standard_addresses p
       WHERE c.source_id = ? AND c.parent_code = p.code AND c.building_source_id IS NULL AND p.building_source_id IS NOT NULL`,
      [sourceId],
    );
    if (!handed.rowCount) break;
  }
  const count = await trx.raw(`SELECT count(*)::int AS n FROM standard_addresses WHERE source_id = ? AND building_source_id IS NOT NULL AND level IN ('roadNo', 'poi', 'building')`, [sourceId]);
  return count.rows[0].n;
}
