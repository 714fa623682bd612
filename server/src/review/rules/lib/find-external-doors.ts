import type { Knex } from 'knex';
import { doorsOfRoom } from './doors-of-room.ts';
import type { ReviewFacts } from './review-facts.ts';
import type { ReviewModel } from './review-model.ts';
import { expandIfcClasses } from './review-model.ts';

/** A door box this close to the outline boundary stands in the outer wall (frame on the inner face of a thick wall). */
const OUTER_WALL_REACH = 0.5;

/**
 * GlobalIds of the external doors of the at-grade storey (外门). IsExternal is often missing
 * from exports (ArchiCAD and Revit leave it unset on entrance doors), so the plan decides: a
 * door of the base storey whose box lies within 0.5 m of the storey outline's boundary and
 * that does not sit between two rooms. A door flagged IsExternal true on that storey counts
 * as well.
 */
export async function findAtGradeExternalDoors(knex: Knex, model: ReviewModel, facts: ReviewFacts): Promise<Set<string>> {
  const { base } = await facts.outline();
  if (!base?.geometry) return new Set();
  const top = base.level.elevation + Math.max(1, Math.min(base.level.height, 3)) - 0.05;
  const rows = (
    await knex.raw(
      `SELECT global_id, lower(COALESCE(property_sets->'Pset_DoorCommon'->>'IsExternal', '')) IN ('true', '.t.') AS flagged
       FROM bim_elements
       WHERE model_id = ? AND ifc_class IN (SELECT jsonb_array_elements_text(?::jsonb)) AND footprint IS NOT NULL AND bbox IS NOT NULL
         AND bbox[3] >= ? AND bbox[3] < ?
         AND (ST_DWithin(ST_SnapToGrid(ST_SetSRID(ST_Transform(footprint, ?::int), 0), 0.001), ST_Boundary(ST_SetSRID(ST_GeomFromGeoJSON(?), 0)), ?)
              OR lower(COALESCE(property_sets->'Pset_DoorCommon'->>'IsExternal', '')) IN ('true', '.t.'))`,
      [model.id, JSON.stringify(expandIfcClasses(['IfcDoor'])), base.level.elevation - 0.5, top, model.localSrid, base.geometry, OUTER_WALL_REACH],
    )
  ).rows as Array<{ global_id: string; flagged: boolean }>;
  if (rows.length === 0) return new Set();
  const [doors, rooms] = await Promise.all([facts.elements(['IfcDoor']), facts.rooms()]);
  const sides = new Map<string, number>();
  for (const { space } of rooms) for (const door of doorsOfRoom(space, doors)) sides.set(door.globalId, (sides.get(door.globalId) ?? 0) + 1);
  return new Set(rows.filter((r) => r.flagged || (sides.get(r.global_id) ?? 0) < 2).map((r) => r.global_id));
}
