import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { registerLocalProjection } from './register-local-projection.ts';

/** An element's property sets: `{ setName: { property: value } }`, SI units. */
export type PropertySets = Record<string, Record<string, unknown>>;

/** A stored model, as the rule evaluators need it. */
export interface ReviewModel {
  id: string;
  name: string;
  schema: string;
  /** Storeys from the import summary, elevations in model metres (null when the file gives none). */
  storeys: Array<{ globalId: string; name: string | null; elevation: number | null }>;
  /**
   * PROJ definition of a local transverse Mercator projection (scale 1) centred on the model
   * origin: metric distances and areas near the building are exact to about 1e-6 there.
   */
  localProjection: string;
  /** SRID of `localProjection` in spatial_ref_sys (per-row transforms must use it: see register-local-projection.ts). */
  localSrid: number;
}

/** One element row, with what rules read; `bbox` is `[minX, minY, minZ, maxX, maxY, maxZ]` in model metres. */
export interface ElementRow {
  globalId: string;
  ifcClass: string;
  predefinedType: string | null;
  name: string | null;
  description: string | null;
  objectType: string | null;
  typeName: string | null;
  storeyGlobalId: string | null;
  storeyName: string | null;
  spatialPath: Array<{ globalId: string; name: string | null; ifcClass: string }>;
  propertySets: PropertySets;
  quantitySets: Record<string, Record<string, unknown>>;
  attributes: Record<string, unknown>;
  members: string[] | null;
  bbox: [number, number, number, number, number, number] | null;
}

/** Subtypes stored under their own class name, so `IfcWall` also finds `IfcWallStandardCase`. */
const SUBTYPES: Record<string, string[]> = {
  IfcWall: ['IfcWallStandardCase', 'IfcWallElementedCase'],
  IfcSlab: ['IfcSlabStandardCase', 'IfcSlabElementedCase'],
  IfcColumn: ['IfcColumnStandardCase'],
  IfcBeam: ['IfcBeamStandardCase'],
  IfcDoor: ['IfcDoorStandardCase'],
  IfcWindow: ['IfcWindowStandardCase'],
  IfcMember: ['IfcMemberStandardCase'],
  IfcPlate: ['IfcPlateStandardCase'],
};

/** The class names a class list stands for, subtypes included. */
export function expandIfcClasses(classes: readonly string[]): string[] {
  return [...new Set(classes.flatMap((c) => [c, ...(SUBTYPES[c] ?? [])]))];
}

/** Loads a model for review; DataError (404) naming the stored models when the id is unknown. */
export async function loadReviewModel(knex: Knex, modelId: string): Promise<ReviewModel> {
  const row = await knex('bim_models').where({ id: modelId }).first('id', 'name', 'ifc_schema', 'georeference', 'summary');
  if (!row) {
    const ids = (await knex('bim_models').orderBy('id').limit(20).pluck('id')) as string[];
    throw new DataError(`review: no BIM model "${modelId}"; import it first${ids.length ? ` or use one of: ${ids.join(', ')}` : ''}`, { status: 404 });
  }
  const georeference = typeof row.georeference === 'string' ? JSON.parse(row.georeference) : row.georeference;
  const summary = typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary;
  const origin = georeference?.origin as { lon: number; lat: number } | undefined;
  if (!origin || !Number.isFinite(origin.lon) || !Number.isFinite(origin.lat)) {
    throw new DataError(`review: model "${modelId}" has no georeference origin; re-import it with a placement`);
  }
  const localProjection = `+proj=tmerc +lat_0=${origin.lat} +lon_0=${origin.lon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
  return {
    id: row.id,
    name: row.name,
    schema: row.ifc_schema,
    storeys: ((summary?.storeys ?? []) as Array<{ globalId: string; name: string | null; elevation: number | null }>).map((s) => ({
      globalId: s.globalId,
      name: s.name ?? null,
      elevation: typeof s.elevation === 'number' && Number.isFinite(s.elevation) ? s.elevation : null,
    })),
    localProjection,
    localSrid: await registerLocalProjection(knex, localProjection),
  };
}

/** The elements of the given classes (subtypes included), in row order. */
export async function loadElements(knex: Knex, modelId: string, classes: readonly string[]): Promise<ElementRow[]> {
  const rows = await knex('bim_elements')
    .where({ model_id: modelId })
    .whereIn('ifc_class', expandIfcClasses(classes))
    .orderBy('id')
    .select(
      'global_id', 'ifc_class', 'predefined_type', 'name', 'description', 'object_type', 'type_object', 'storey_global_id', 'storey_name',
      'spatial_path', 'property_sets', 'quantity_sets', 'attributes', 'members', 'bbox',
    );
  return rows.map((r) => ({
    globalId: r.global_id,
    ifcClass: r.ifc_class,
    predefinedType: r.predefined_type,
    name: r.name,
    description: r.description,
    objectType: r.object_type,
    typeName: (json(r.type_object) as { name?: string } | null)?.name ?? null,
    storeyGlobalId: r.storey_global_id,
    storeyName: r.storey_name,
    spatialPath: (json(r.spatial_path) as ElementRow['spatialPath']) ?? [],
    propertySets: (json(r.property_sets) as PropertySets) ?? {},
    quantitySets: (json(r.quantity_sets) as ElementRow['quantitySets']) ?? {},
    attributes: (json(r.attributes) as Record<string, unknown>) ?? {},
    members: (json(r.members) as string[] | null) ?? null,
    bbox: Array.isArray(r.bbox) && r.bbox.length === 6 ? (r.bbox.map(Number) as ElementRow['bbox']) : null,
  }));
}

function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
