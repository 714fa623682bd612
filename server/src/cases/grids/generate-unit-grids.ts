/**
 * Generates 万米单元网格 over an area in PostGIS: ST_SquareGrid cells of `cellMetres` in a metric
 * CRS (CGCS2000 3-degree Gauss-Krüger by default, so cells line up with the survey grid of
 * Chinese cities), clipped to the area. A clipped cell smaller than `mergeBelow` of a full cell
 * joins the neighbour it shares most boundary with, as surveyors draw grids, instead of
 * standing as a sliver. Each cell takes the street (and community, when known) of most door
 * plates of the division inside it, or of the nearest one, and is coded by code-unit-grids.ts.
 * A city surveys its grids along roads, blocks and rivers; this is for a sample or a start.
 */
import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import type { Logger } from '../../logger.ts';
import { codeUnitGrids, type UncodedGridCell } from './code-unit-grids.ts';
import type { MultiPolygonGeometry } from './district-area.ts';

/** Options of {@link generateUnitGrids}. */
export interface UnitGridOptions {
  /** 6-digit GB/T 2260 county code the grids belong to. */
  divisionCode: string;
  /** Area to cover, WGS 84 (Polygon or MultiPolygon). */
  area: MultiPolygonGeometry | { type: 'Polygon'; coordinates: number[][][] };
  /** Cell side, metres. */
  cellMetres: number;
  /** Side of the blocks that stand in for communities the addresses do not name, metres. */
  communityBlockMetres: number;
  /** A clipped cell below this fraction of a full cell joins a neighbour. */
  mergeBelow: number;
  /** Metric CRS of the cells; default: the CGCS2000 3-degree Gauss-Krüger zone of the area. */
  srid?: number;
  /** Town for cells with no door plate of the division anywhere (9-digit code and name). */
  fallbackTown?: { code: string; name: string };
  logger?: Logger;
}

/** Defaults of {@link UnitGridOptions}: 100 m cells (10,000 m²), 1 km stand-in communities, slivers under 20 % merged. */
export const UNIT_GRID_DEFAULTS = { cellMetres: 100, communityBlockMetres: 1000, mergeBelow: 0.2 } as const;

/** What a generation did. */
export interface UnitGridReport {
  divisionCode: string;
  srid: number;
  cells: number;
  /** Slivers joined to a neighbour. */
  merged: number;
  /** Square metres covered. */
  area: number;
  byTown: Record<string, number>;
  generatedCommunities: number;
}

/** EPSG code of the CGCS2000 3-degree Gauss-Krüger zone (central meridians 75°E to 135°E) of a longitude. */
export function gaussKrugerSrid(lon: number): number {
  const zone = Math.min(20, Math.max(0, Math.round((lon - 75) / 3)));
  return 4534 + zone;
}

interface CellRow {
  i: number;
  j: number;
  geometry: string;
  area: number;
  parts: number;
  division_code: string | null;
  town_name: string | null;
  community_name: string | null;
}

/**
 * Replaces the generated grids of the division with cells over `area` and returns a report.
 * Surveyed grids (origin `surveyed`) of the division are left alone; the codes of the new cells
 * must not collide with them.
 */
export async function generateUnitGrids(knex: Knex, input: Partial<UnitGridOptions> & Pick<UnitGridOptions, 'divisionCode' | 'area'>): Promise<UnitGridReport> {
  const options = { ...UNIT_GRID_DEFAULTS, ...input };
  if (!/^\d{6}$/.test(options.divisionCode)) throw new DataError(`unit-grids: division code "${options.divisionCode}" is not 6 digits; give the GB/T 2260 county code, e.g. 310115`);
  if (!(options.cellMetres >= 10) || !(options.communityBlockMetres >= options.cellMetres)) {
    throw new DataError(`unit-grids: cells of ${options.cellMetres} m in blocks of ${options.communityBlockMetres} m; give cells of 10 m or more and blocks no smaller than a cell`);
  }
  const areaJson = JSON.stringify(options.area);
  const srid = options.srid ?? gaussKrugerSrid(Number((await knex.raw('SELECT ST_X(ST_Centroid(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))) AS lon', [areaJson])).rows[0].lon));
  const fullCell = options.cellMetres * options.cellMetres;
  const rows = (await knex.raw(
    `WITH area AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(:area), 4326), CAST(:srid AS int)) AS g),
     raw AS (SELECT s.i, s.j, ST_CollectionExtract(ST_Intersection(s.geom, area.g), 3) AS g FROM area, ST_SquareGrid(:cell, area.g) AS s WHERE ST_Intersects(s.geom, area.g)),
     cells AS (SELECT i, j, g, ST_Area(g) AS a FROM raw WHERE NOT ST_IsEmpty(g) AND ST_Area(g) > 0),
     joins AS (
       SELECT DISTINCT ON (s.i, s.j) s.i, s.j, b.i AS ti, b.j AS tj
       FROM cells s JOIN cells b ON abs(b.i - s.i) + abs(b.j - s.j) = 1 AND b.a >= :minArea
       CROSS JOIN LATERAL (SELECT ST_Length(ST_Intersection(ST_Boundary(s.g), ST_Boundary(b.g))) AS shared) AS edge
       WHERE s.a < :minArea AND edge.shared > 0
       ORDER BY s.i, s.j, edge.shared DESC, b.j DESC, b.i),
     merged AS (
       SELECT coalesce(t.ti, c.i) AS i, coalesce(t.tj, c.j) AS j, ST_Union(c.g) AS g, count(*) AS parts
       FROM cells c LEFT JOIN joins t ON t.i = c.i AND t.j = c.j GROUP BY 1, 2),
     placed AS (SELECT i, j, parts, g, ST_Transform(g, 4326) AS wgs FROM merged),
     plates AS (
       SELECT a.geom, CASE WHEN length(a.division_code) >= 12 THEN left(a.division_code, 12) ELSE left(a.division_code, 9) END AS code,
              a.elements->>'town' AS town_name, a.elements->>'community' AS community_name
       FROM standard_addresses a
       WHERE a.level IN ('roadNo', 'poi') AND a.geom IS NOT NULL AND a.division_code LIKE CAST(:division AS text) || '%' AND length(a.division_code) >= 9),
     inside AS (
       SELECT DISTINCT ON (p.i, p.j) p.i, p.j, d.code, d.town_name, d.community_name
       FROM placed p JOIN plates d ON d.geom && p.wgs AND ST_Covers(p.wgs, d.geom)
       GROUP BY p.i, p.j, d.code, d.town_name, d.community_name
       ORDER BY p.i, p.j, count(*) DESC, d.code)
     SELECT p.i, p.j, ST_AsGeoJSON(ST_Multi(p.wgs), 9) AS geometry, ST_Area(p.g) AS area, p.parts,
            coalesce(n.code, near.code) AS division_code, coalesce(n.town_name, near.town_name) AS town_name, coalesce(n.community_name, near.community_name) AS community_name
     FROM placed p
     LEFT JOIN inside n ON n.i = p.i AND n.j = p.j
     LEFT JOIN LATERAL (SELECT d.code, d.town_name, d.community_name FROM plates d WHERE n.code IS NULL ORDER BY d.geom <-> ST_PointOnSurface(p.wgs) LIMIT 1) AS near ON true
     ORDER BY p.j DESC, p.i`,
    { area: areaJson, srid, cell: options.cellMetres, minArea: fullCell * options.mergeBelow, division: options.divisionCode },
  )).rows as CellRow[];
  if (rows.length === 0) throw new DataError(`unit-grids: the area holds no cell of ${options.cellMetres} m; check that it is a polygon in WGS 84 longitude, latitude`);

  const uncoded: UncodedGridCell[] = rows.map((row) => {
    const code = row.division_code ?? options.fallbackTown?.code ?? null;
    if (!code) throw new DataError(`unit-grids: no door plate of division ${options.divisionCode} is in the address library to take the street from; import the addresses first or give fallbackTown`);
    return {
      i: row.i,
      j: row.j,
      townCode: code.slice(0, 9),
      townName: row.division_code ? row.town_name : options.fallbackTown!.name,
      communityCode: code.length === 12 ? code : null,
      communityName: code.length === 12 ? row.community_name : null,
    };
  });
  const coded = codeUnitGrids(uncoded, { divisionCode: options.divisionCode, cellsPerBlock: Math.max(1, Math.round(options.communityBlockMetres / options.cellMetres)) });
  const byCell = new Map(rows.map((row) => [`${row.i},${row.j}`, row]));
  await knex.transaction(async (trx) => {
    await trx('unit_grids').where({ division_code: options.divisionCode, origin: 'generated' }).delete();
    const records = coded.map((cell) => {
      const row = byCell.get(`${cell.i},${cell.j}`)!;
      return {
        code: cell.code,
        division_code: options.divisionCode,
        town_code: cell.townCode,
        town_name: cell.townName,
        community_code: cell.communityCode,
        community_name: cell.communityName,
        sequence: cell.sequence,
        area: Math.round(row.area * 10) / 10,
        origin: 'generated',
        properties: JSON.stringify({ srid, column: cell.i, row: cell.j, cellMetres: options.cellMetres, mergedCells: Number(row.parts), generatedCommunity: cell.generatedCommunity }),
        geom: trx.raw('ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)', [row.geometry]),
      };
    });
    for (let start = 0; start < records.length; start += 500) await trx('unit_grids').insert(records.slice(start, start + 500));
  });
  const byTown: Record<string, number> = {};
  for (const cell of coded) byTown[cell.townCode] = (byTown[cell.townCode] ?? 0) + 1;
  const report: UnitGridReport = {
    divisionCode: options.divisionCode,
    srid,
    cells: coded.length,
    merged: rows.reduce((sum, row) => sum + Number(row.parts) - 1, 0),
    area: Math.round(rows.reduce((sum, row) => sum + row.area, 0)),
    byTown,
    generatedCommunities: new Set(coded.filter((cell) => cell.generatedCommunity).map((cell) => cell.communityCode)).size,
  };
  options.logger?.child({ module: 'unit-grids' }).info(report, 'unit grids generated');
  return report;
}
