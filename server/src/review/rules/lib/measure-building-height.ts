import type { Knex } from 'knex';
import type { Subject } from './check-tally.ts';

// Building height above the outdoor design ground, two ways:
// - highest-point: the top of the highest building element (height-controlled areas,
//   GB 50352-2019 4.5.2 item 1);
// - roof-average: per roof element, its top when flat, the mean of its lowest (eaves) and
//   highest (ridge) point when sloped (more than 0.5 m of rise); the highest of those
//   (GB 50016-2014 Appendix A.0.1, GB 50352-2019 4.5.2 item 2). Rooftop stair and machine
//   rooms are not told apart from the roof, so they count (conservative).

/** Classes that are not building parts: the site, spaces, openings, annotations, grids. */
const NOT_BUILDING = ['IfcSite', 'IfcSpace', 'IfcZone', 'IfcSpatialZone', 'IfcOpeningElement', 'IfcVirtualElement', 'IfcAnnotation', 'IfcGrid', 'IfcBuilding', 'IfcBuildingStorey', 'IfcGeographicElement', 'IfcDistributionPort'];
/** A roof rising more than this is sloped. */
const SLOPED_RISE = 0.5;

/** A height (m above the outdoor ground), the element that decided it, and how. */
export interface BuildingHeight {
  height: number;
  element: Subject;
  method: 'highest-point' | 'roof-average';
  basis: string;
}

/** Measures the building height; null when no element has geometry. */
export async function measureBuildingHeight(knex: Knex, modelId: string, groundElevation: number, method: 'highest-point' | 'roof-average'): Promise<BuildingHeight | null> {
  if (method === 'roof-average') {
    const roofs = (
      await knex.raw(
        `SELECT global_id, ifc_class, name, bbox[3] AS z0, bbox[6] AS z1 FROM bim_elements
         WHERE model_id = ? AND bbox IS NOT NULL AND (ifc_class = 'IfcRoof' OR (ifc_class IN ('IfcSlab', 'IfcSlabStandardCase', 'IfcSlabElementedCase') AND predefined_type = 'ROOF'))`,
        [modelId],
      )
    ).rows as Array<{ global_id: string; ifc_class: string; name: string | null; z0: number; z1: number }>;
    let best: BuildingHeight | null = null;
    for (const roof of roofs) {
      const sloped = roof.z1 - roof.z0 > SLOPED_RISE;
      const top = sloped ? (roof.z0 + roof.z1) / 2 : roof.z1;
      const height = top - groundElevation;
      if (!best || height > best.height) {
        best = {
          height,
          element: { globalId: roof.global_id, ifcClass: roof.ifc_class, name: roof.name },
          method,
          basis: sloped ? `sloped roof ${roof.name ?? roof.global_id}: mean of eaves ${roof.z0.toFixed(3)} m and ridge ${roof.z1.toFixed(3)} m` : `flat roof ${roof.name ?? roof.global_id}: roof surface ${roof.z1.toFixed(3)} m`,
        };
      }
    }
    if (best) return best;
  }
  const top = (
    await knex.raw(
      `SELECT global_id, ifc_class, name, bbox[6] AS z1 FROM bim_elements
       WHERE model_id = ? AND bbox IS NOT NULL AND ifc_class NOT IN (SELECT jsonb_array_elements_text(?::jsonb))
       ORDER BY bbox[6] DESC LIMIT 1`,
      [modelId, JSON.stringify(NOT_BUILDING)],
    )
  ).rows[0] as { global_id: string; ifc_class: string; name: string | null; z1: number } | undefined;
  if (!top) return null;
  return {
    height: top.z1 - groundElevation,
    element: { globalId: top.global_id, ifcClass: top.ifc_class, name: top.name },
    method: 'highest-point',
    basis: `highest point: top of ${top.ifc_class} ${top.name ?? top.global_id} at ${top.z1.toFixed(3)} m${method === 'roof-average' ? ' (the model has no roof elements)' : ''}`,
  };
}
