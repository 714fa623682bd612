import type { Knex } from 'knex';
import type { ReviewModel } from './review-model.ts';
import { expandIfcClasses } from './review-model.ts';
import type { StoreyLevel } from './storey-levels.ts';

// The building outline, built from element footprints rather than taken from the model's
// convex hull (which fills every courtyard and re-entrant corner and so overstates coverage
// and understates setbacks).
//
// Each stored element footprint is the plan of the element's bounding box. A storey outline
// is cut like a plan drawing: the union of the footprints of walls, columns, curtain walls
// and internal spaces whose vertical extent crosses a plane `cutHeight` above the storey
// floor. Spaces fill the rooms between the walls; a courtyard, having no space, stays open.
// The union is closed by +5 cm / -5 cm mitred buffers so hairline gaps between boxes (wall
// joints, rounding) disappear without rounding corners. Roofs, beams and members are left
// out: eaves and rafters overhang the walls and are not floor area.
// The projection used for setbacks adds the footprints of the above-ground floor slabs
// (cantilevered floors and balconies) to the storey outlines.
// All of it happens on the model's local transverse Mercator projection (scale 1 at the model
// origin), where areas and distances are metric. Known limit: a wall not parallel to the
// model axes has a box wider than itself, so diagonal buildings are overstated.

const OUTLINE_CLASSES = expandIfcClasses(['IfcWall', 'IfcColumn', 'IfcCurtainWall', 'IfcSpace']);
const SLAB_CLASSES = expandIfcClasses(['IfcSlab']);
/**
 * Footprints are snapped to a 1 mm grid before any overlay: unions of raw reprojected boxes
 * (Revit exports) made GEOS abort inside PGlite, taking the process down.
 */
const SNAP_GRID = 0.001;
/** Gaps narrower than twice this close. */
const CLOSE_GAP = 0.05;

/** One storey's outline: area (m²) and geometry (GeoJSON on the local projection, or null when empty). */
export interface StoreyOutline {
  level: StoreyLevel;
  area: number;
  geometry: string | null;
}

/** Outlines of every storey, the base (ground storey) and the projection of the building. */
export interface BuildingOutline {
  storeys: StoreyOutline[];
  /** The lowest above-ground storey with an outline: its outline is the building base (建筑基底). */
  base: StoreyOutline | null;
  /** Union of the above-ground outlines and floor slabs, local projection. */
  projection: { area: number; geometry: string | null };
}

/** Measures the outlines of a model's storeys in PostGIS. */
export async function measureBuildingOutline(
  knex: Knex,
  model: ReviewModel,
  levels: readonly StoreyLevel[],
  options: { cutHeight: number; groundElevation: number },
): Promise<BuildingOutline> {
  const cuts = levels.map((level) => ({
    key: level.globalId,
    z: level.elevation + (level.height > 0 ? Math.min(options.cutHeight, level.height / 2) : options.cutHeight),
  }));
  const result = await knex.raw(
    `WITH cuts AS (
       SELECT key, z FROM jsonb_to_recordset(?::jsonb) AS c(key text, z double precision)
     ), parts AS (
       SELECT ST_SnapToGrid(ST_SetSRID(ST_Transform(footprint, ?::int), 0), ?) AS g, bbox[3] AS z0, bbox[6] AS z1
       FROM bim_elements
       WHERE model_id = ? AND footprint IS NOT NULL AND bbox IS NOT NULL AND ST_Dimension(footprint) = 2
         AND ifc_class IN (SELECT jsonb_array_elements_text(?::jsonb))
         AND NOT (ifc_class = 'IfcSpace' AND lower(COALESCE(property_sets->'Pset_SpaceCommon'->>'IsExternal', 'false')) IN ('true', '.t.'))
     )
     SELECT c.key, COALESCE(ST_Area(o.g), 0) AS area, CASE WHEN o.g IS NULL OR ST_IsEmpty(o.g) THEN NULL ELSE ST_AsGeoJSON(o.g) END AS geometry
     FROM cuts c
     CROSS JOIN LATERAL (
       SELECT ST_Buffer(ST_Buffer(ST_Union(p.g), ?, 'join=mitre'), ?, 'join=mitre') AS g
       FROM parts p WHERE p.z0 <= c.z AND p.z1 >= c.z AND ST_Area(p.g) > 0
     ) o`,
    [JSON.stringify(cuts), model.localSrid, SNAP_GRID, model.id, JSON.stringify(OUTLINE_CLASSES), CLOSE_GAP, -CLOSE_GAP],
  );
  const byKey = new Map((result.rows as Array<{ key: string; area: number; geometry: string | null }>).map((r) => [r.key, r]));
  const storeys = levels.map((level) => {
    const row = byKey.get(level.globalId);
    return { level, area: Number(row?.area ?? 0), geometry: row?.geometry ?? null };
  });
  const aboveGround = storeys.filter((s) => s.level.location === 'above-ground' && s.geometry);
  const projection = await knex.raw(
    `WITH parts AS (
       SELECT ST_SetSRID(ST_GeomFromGeoJSON(x), 0) AS g FROM jsonb_array_elements_text(?::jsonb) AS x
       UNION ALL
       SELECT ST_SnapToGrid(ST_SetSRID(ST_Transform(footprint, ?::int), 0), ?) FROM bim_elements
       WHERE model_id = ? AND ifc_class IN (SELECT jsonb_array_elements_text(?::jsonb)) AND COALESCE(predefined_type, '') <> 'ROOF'
         AND footprint IS NOT NULL AND ST_Dimension(footprint) = 2 AND bbox IS NOT NULL AND bbox[6] > ? AND bbox[3] >= ?
     ), merged AS (
       SELECT ST_Buffer(ST_Buffer(ST_Union(g), ?, 'join=mitre'), ?, 'join=mitre') AS g FROM parts WHERE ST_Area(g) > 0
     )
     SELECT COALESCE(ST_Area(g), 0) AS area, CASE WHEN g IS NULL OR ST_IsEmpty(g) THEN NULL ELSE ST_AsGeoJSON(g) END AS geometry FROM merged`,
    [
      JSON.stringify(aboveGround.map((s) => s.geometry)),
      model.localSrid,
      SNAP_GRID,
      model.id,
      JSON.stringify(SLAB_CLASSES),
      options.groundElevation + 0.3,
      options.groundElevation - 0.05,
      CLOSE_GAP,
      -CLOSE_GAP,
    ],
  );
  const row = projection.rows[0] as { area: number; geometry: string | null };
  return { storeys, base: aboveGround[0] ?? null, projection: { area: Number(row.area), geometry: row.geometry } };
}
