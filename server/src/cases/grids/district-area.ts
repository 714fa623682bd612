/**
 * The part of a box that belongs to one district, from boundary lines that name the district on
 * their left or right (OpenStreetMap boundaries as Tilezen tiles carry them, `name:left` and
 * `name:right` relative to the line's direction). The box is split by the lines, loose ends
 * carried to its edges first (extend-boundary-lines.ts); a face is the district's when a point
 * just off the middle of a line, on the district's side, falls in it. Tried and rejected:
 * polygonising the lines alone, which yields nothing when the district is not closed inside
 * the box, and picking faces by the door plates they hold, which ties the grid to the address
 * library's own (approximate) district assignment.
 */
import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { extendLooseEnds, type Box, type Position } from './extend-boundary-lines.ts';

/** A boundary line and the names of the areas on its left and right. */
export interface BoundaryLine {
  coordinates: Position[];
  left: string | null;
  right: string | null;
}

/** GeoJSON MultiPolygon in WGS 84. */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/** The boundary lines of a GeoJSON FeatureCollection of LineStrings with `name:left` / `name:right`. */
export function boundaryLinesOf(collection: { features?: Array<{ geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> | null }> }): BoundaryLine[] {
  const lines: BoundaryLine[] = [];
  for (const feature of collection.features ?? []) {
    const geometry = feature.geometry;
    const name = (key: string) => (typeof feature.properties?.[key] === 'string' ? (feature.properties[key] as string) : null);
    const parts = geometry?.type === 'LineString' ? [geometry.coordinates] : geometry?.type === 'MultiLineString' ? (geometry.coordinates as unknown[]) : [];
    for (const part of parts) lines.push({ coordinates: part as Position[], left: name('name:left'), right: name('name:right') });
  }
  return lines;
}

/** Offset of the side probes, degrees (about a metre). */
const PROBE_OFFSET = 1e-5;

/**
 * The area of `district` inside `box` as a MultiPolygon. Throws a DataError when no line names
 * the district or the lines do not separate it from its neighbours inside the box.
 */
export async function districtAreaInBox(knex: Knex, lines: readonly BoundaryLine[], district: string, box: Box): Promise<MultiPolygonGeometry> {
  const sides = lines.filter((line) => line.left === district || line.right === district);
  if (sides.length === 0) throw new DataError(`district-area: no boundary line has ${district} on its left or right; check the district name against name:left / name:right of the boundaries`);
  const extended = extendLooseEnds(lines.map((line) => line.coordinates), box);
  const blade = { type: 'MultiLineString', coordinates: extended };
  const probes = sides.map((line) => ({ type: 'LineString', coordinates: line.coordinates, offset: line.left === district ? PROBE_OFFSET : -PROBE_OFFSET }));
  const result = await knex.raw(
    `WITH box AS (SELECT ST_MakeEnvelope(?, ?, ?, ?, 4326) AS g),
     faces AS (SELECT (ST_Dump(ST_Split(box.g, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)))).geom AS g FROM box),
     probes AS (
       SELECT ST_LineInterpolatePoint(ST_OffsetCurve(ST_LineSubstring(ST_SetSRID(ST_GeomFromGeoJSON(p->>'line'), 4326), 0.45, 0.55), (p->>'offset')::float8), 0.5) AS g
       FROM jsonb_array_elements(?::jsonb) AS p),
     district AS (SELECT ST_Union(f.g) AS g, count(*) AS faces, (SELECT count(*) FROM faces) AS all_faces FROM faces f WHERE EXISTS (SELECT 1 FROM probes WHERE ST_Covers(f.g, probes.g)))
     SELECT ST_AsGeoJSON(ST_Multi(g), 9) AS geometry, faces, all_faces FROM district`,
    [...box, JSON.stringify(blade), JSON.stringify(probes.map((probe) => ({ line: JSON.stringify({ type: probe.type, coordinates: probe.coordinates }), offset: probe.offset })))],
  );
  const row = result.rows[0] as { geometry: string | null; faces: number; all_faces: number };
  if (!row.geometry || Number(row.faces) === 0 || Number(row.faces) === Number(row.all_faces)) {
    throw new DataError(`district-area: the boundary lines do not separate ${district} from its neighbours inside the box ${box.join(',')} (${row.faces} of ${row.all_faces} faces); give boundary lines that cross the box`);
  }
  return JSON.parse(row.geometry) as MultiPolygonGeometry;
}
