/**
 * The sample district's standard address library, from its OSM layers in PostGIS:
 *  - door plates tagged in OSM (addr:street + addr:housenumber on buildings and address points),
 *    read as they are (normalize-osm-door-plate.ts) and placed on the building's façade nearest
 *    the street of the tag;
 *  - generated door plates for the other buildings: the nearest named street within 80 m, the
 *    numbers rising along the street in 15 m steps, odd on one side and even on the other, never
 *    taking a number OSM has;
 *  - generated units and rooms for residential-looking buildings (tagged residential or
 *    apartments, or unnamed blocks of 150–2,500 m² up to 80 m high): one unit per 350 m² (1–4),
 *    a floor per 3 m of height (up to 33), two flats per unit and floor (1201室, 1202室).
 * Districts come from the OSM district boundaries; towns (街道) are assigned by district and,
 * in 黄浦区, north or south of 延安东路 — an approximation, not the surveyed town boundaries.
 * Expects the layers `buildings` and `roads` imported and a table `sample_boundaries`.
 */
import type { Knex } from 'knex';
import { buildSampleDistricts } from './sample-districts.ts';
import { normalizeOsmDoorPlate } from './normalize-osm-door-plate.ts';

/** One row of the sample's address tables (the import format of read-address-table.ts). */
export interface SampleAddressRow {
  district: string;
  town: string;
  road: string;
  roadNo: string;
  unit?: string;
  room?: string;
  aliases: string[];
  lon: number | null;
  lat: number | null;
  buildingId: string | null;
  origin: 'osm' | 'generated';
}

export interface SampleAddresses {
  rows: SampleAddressRow[];
  refused: { sourceId: string; reason: string }[];
}

/** Town of a door plate: by district, and in 黄浦区 by latitude (延安东路 at about 31.2315° N). */
function townOf(district: string, lat: number): string {
  if (district === '浦东新区') return '陆家嘴街道';
  if (district === '黄浦区') return lat >= 31.2315 ? '外滩街道' : '小东门街道';
  if (district === '虹口区') return '北外滩街道';
  if (district === '杨浦区') return '大桥街道';
  return '';
}

const NAME_NOT_ALIAS = new Set(['住宅', '居民楼', '办公楼', '商铺']);
const STEP = 15;

/** Builds the rows; deterministic for the same layers. */
export async function generateSampleAddresses(knex: Knex): Promise<SampleAddresses> {
  await buildSampleDistricts(knex);
  const refused: SampleAddresses['refused'] = [];
  // Every feature of the buildings layer with its district, building polygon and tags.
  const features = await knex.raw(`
    WITH b AS (
      SELECT f.source_id, f.name, f.kind, f.height, f.geom, f.properties->>'addr_street' AS street, f.properties->>'addr_housenumber' AS house,
             GeometryType(f.geom) LIKE '%POLYGON' AS is_polygon
      FROM features f WHERE f.layer_id = 'buildings')
    SELECT b.source_id, b.name, b.kind, b.height, b.street, b.house, b.is_polygon,
      CASE WHEN b.is_polygon THEN ST_Area(b.geom::geography) ELSE 0 END AS area,
      CASE WHEN b.is_polygon THEN b.source_id ELSE (
        SELECT p.source_id FROM features p WHERE p.layer_id = 'buildings' AND GeometryType(p.geom) LIKE '%POLYGON'
          AND ST_DWithin(p.geom::geography, b.geom::geography, 10) ORDER BY p.geom <-> b.geom LIMIT 1) END AS building_id,
      ST_AsText(CASE WHEN b.is_polygon THEN ST_PointOnSurface(b.geom) ELSE b.geom END) AS inside,
      (SELECT d.name FROM sample_districts d ORDER BY d.geom <-> b.geom, d.name LIMIT 1) AS district
    FROM b ORDER BY b.source_id`);
  type Feature = { source_id: string; name: string | null; kind: string; height: number | null; street: string | null; house: string | null; is_polygon: boolean; area: number; building_id: string | null; inside: string; district: string };
  const rows: SampleAddressRow[] = [];
  const taken = new Map<string, Set<number>>();
  const plates = new Map<string, SampleAddressRow>();
  const addressed = new Set<string>();
  for (const feature of features.rows as Feature[]) {
    if (!feature.house && !feature.street) continue;
    const plate = normalizeOsmDoorPlate(feature.street ?? undefined, feature.house ?? undefined);
    if ('refused' in plate) {
      refused.push({ sourceId: feature.source_id, reason: plate.refused });
      continue;
    }
    const key = `${plate.road}|${plate.roadNo}`;
    const alias = feature.name && !NAME_NOT_ALIAS.has(feature.name) ? feature.name : null;
    const existing = plates.get(key);
    if (existing) {
      if (alias && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      existing.buildingId ??= feature.building_id;
      if (feature.building_id) addressed.add(feature.building_id);
      continue;
    }
    const point = await facadePoint(knex, feature.building_id, plate.road, feature.inside);
    const row: SampleAddressRow = {
      district: feature.district,
      town: townOf(feature.district, point[1]),
      road: plate.road,
      roadNo: plate.roadNo,
      aliases: alias ? [alias] : [],
      lon: point[0],
      lat: point[1],
      buildingId: feature.building_id,
      origin: 'osm',
    };
    plates.set(key, row);
    rows.push(row);
    if (feature.building_id) addressed.add(feature.building_id);
    const number = /^(?:\d+弄)?(\d+)/.exec(plate.roadNo);
    if (number) (taken.get(plate.road) ?? taken.set(plate.road, new Set()).get(plate.road)!).add(Number(number[1]));
  }

  // Generated door plates: buildings no OSM address names, along their nearest named street.
  const candidates = (features.rows as Feature[]).filter((f) => f.is_polygon && f.kind === 'building' && f.area >= 80 && !addressed.has(f.source_id));
  const placed = await knex.raw(
    `WITH c AS (SELECT f.source_id, f.geom FROM features f WHERE f.layer_id = 'buildings' AND f.source_id = ANY(?))
     SELECT c.source_id, r.name AS road, ST_X(r.closest) AS lon, ST_Y(r.closest) AS lat,
       ST_X(ST_StartPoint(r.axis)) AS ax0, ST_Y(ST_StartPoint(r.axis)) AS ay0, ST_X(ST_EndPoint(r.axis)) AS ax1, ST_Y(ST_EndPoint(r.axis)) AS ay1,
       ST_X(ST_PointOnSurface(c.geom)) AS bx, ST_Y(ST_PointOnSurface(c.geom)) AS by
     FROM c CROSS JOIN LATERAL (
       SELECT s.name, ST_ClosestPoint(s.geom, c.geom) AS closest,
         (SELECT ST_LongestLine(ST_Collect(o.geom), ST_Collect(o.geom)) FROM features o WHERE o.layer_id = 'roads' AND o.name = s.name) AS axis
       FROM features s WHERE s.layer_id = 'roads' AND s.kind IN ('major_road', 'minor_road') AND s.name ~ '[一-龥]' AND s.name ~ '(路|街|道|巷|弄)$'
         AND ST_DWithin(s.geom::geography, c.geom::geography, 80)
       ORDER BY s.geom <-> c.geom, s.id LIMIT 1) r
     ORDER BY r.name, c.source_id`,
    [candidates.map((c) => c.source_id)],
  );
  const byId = new Map(candidates.map((c) => [c.source_id, c]));
  type Placed = { source_id: string; road: string; lon: number; lat: number; ax0: number; ay0: number; ax1: number; ay1: number; bx: number; by: number };
  const along = (placed.rows as Placed[]).map((p) => {
    const kx = Math.cos((p.lat * Math.PI) / 180);
    const dx = (p.ax1 - p.ax0) * kx;
    const dy = p.ay1 - p.ay0;
    const length = Math.hypot(dx, dy) || 1;
    const position = (((p.lon - p.ax0) * kx * dx + (p.lat - p.ay0) * dy) / length) * 111_320;
    const side = (dx * (p.by - p.lat) - dy * (p.bx - p.lon) * kx) >= 0 ? 1 : 0;
    return { ...p, position, side };
  });
  along.sort((a, b) => (a.road === b.road ? a.position - b.position || a.source_id.localeCompare(b.source_id) : a.road.localeCompare(b.road)));
  for (const p of along) {
    const used = taken.get(p.road) ?? taken.set(p.road, new Set()).get(p.road)!;
    let number = 2 * Math.max(0, Math.floor(p.position / STEP)) + (p.side === 1 ? 1 : 2);
    while (used.has(number)) number += 2;
    used.add(number);
    const feature = byId.get(p.source_id)!;
    const district = feature.district;
    rows.push({ district, town: townOf(district, p.lat), road: p.road, roadNo: `${number}号`, aliases: [], lon: round7(p.lon), lat: round7(p.lat), buildingId: p.source_id, origin: 'generated' });
  }

  // Generated units and rooms in residential-looking buildings.
  const building = new Map((features.rows as Feature[]).map((f) => [f.source_id, f]));
  const plateRows = [...rows];
  for (const plate of plateRows) {
    const feature = plate.buildingId ? building.get(plate.buildingId) : undefined;
    if (!feature || !isResidential(feature)) continue;
    const units = Math.min(4, Math.max(1, Math.round(feature.area / 350)));
    const floors = Math.min(33, Math.max(1, Math.round((feature.height ?? 12) / 3)));
    for (let unit = 1; unit <= units; unit++) {
      const unitName = `${unit}单元`;
      rows.push({ ...plate, aliases: [], unit: unitName, origin: 'generated' });
      for (let floor = 1; floor <= floors; floor++) {
        for (let flat = 1; flat <= 2; flat++) rows.push({ ...plate, aliases: [], unit: unitName, room: `${floor}${String(flat).padStart(2, '0')}室`, origin: 'generated' });
      }
    }
  }
  return { rows, refused };
}

function isResidential(feature: { kind: string; name: string | null; area: number; height: number | null }): boolean {
  if (feature.kind === 'residential' || feature.kind === 'apartments') return true;
  return feature.kind === 'building' && !feature.name && feature.area >= 150 && feature.area <= 2500 && (feature.height ?? 0) <= 80;
}

/** The point of a building's outline nearest the street of its door plate (the door), else a point inside it. */
async function facadePoint(knex: Knex, buildingId: string | null, road: string, inside: string): Promise<[number, number]> {
  const result = await knex.raw(
    `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (
       SELECT COALESCE((
         SELECT ST_ClosestPoint(ST_Boundary(b.geom), r.geom) FROM features b, features r
         WHERE b.layer_id = 'buildings' AND b.source_id = ? AND GeometryType(b.geom) LIKE '%POLYGON'
           AND r.layer_id = 'roads' AND r.name = ? AND ST_DWithin(r.geom::geography, b.geom::geography, 150)
         ORDER BY r.geom <-> b.geom LIMIT 1), ST_GeomFromText(?, 4326)) AS p) q`,
    [buildingId, road, inside],
  );
  const row = result.rows[0];
  return [round7(row.lon), round7(row.lat)];
}

/** Degrees to 7 decimals (about 1 cm), so the tables do not change with floating-point noise. */
function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
