import type { Knex } from 'knex';
import type { Georeference } from './resolve-georeference.ts';
import type { IfcConversion, IfcElementRecord } from './ifc-records.ts';

/** Elements sent to the database per statement. */
const BATCH_SIZE = 1000;

/** What identifies a stored model. */
export interface StoredModelInfo {
  id: string;
  name: string;
  fileName: string;
  sha256: string;
}

/**
 * Stores a converted model and its elements in one transaction, replacing a model of the same
 * id. Each element gets its footprint (the plan of its bounding box, placed by the
 * georeference) and its bottom and top heights, so it meets the city layers in PostGIS.
 * Returns the row id of every element by its express id.
 */
export async function storeIfcModel(trx: Knex.Transaction, model: StoredModelInfo, conversion: IfcConversion, georeference: Georeference): Promise<Map<number, number>> {
  await trx('bim_models').where({ id: model.id }).delete();
  const { toGeographic, ...georeferenceRecord } = georeference;
  await trx('bim_models').insert({
    id: model.id,
    name: model.name,
    file_name: model.fileName,
    ifc_schema: conversion.summary.schema,
    sha256: model.sha256,
    georeference: JSON.stringify(georeferenceRecord),
    summary: JSON.stringify({ ...conversion.summary, georeferenceInput: undefined }),
    element_count: conversion.elements.length,
  });
  const rowIds = new Map<number, number>();
  for (let start = 0; start < conversion.elements.length; start += BATCH_SIZE) {
    const batch = conversion.elements.slice(start, start + BATCH_SIZE).map((e) => toRow(e, toGeographic));
    const inserted = await trx.raw(
      `INSERT INTO bim_elements (model_id, express_id, global_id, ifc_class, predefined_type, name, description, object_type, type_object,
         storey_global_id, storey_name, spatial_path, property_sets, quantity_sets, materials, classifications, members, bbox,
         min_height, max_height, footprint)
       SELECT ?, (e->>'expressId')::int, e->>'globalId', e->>'ifcClass', e->>'predefinedType', e->>'name', e->>'description', e->>'objectType',
         e->'typeObject', e->>'storeyGlobalId', e->>'storeyName', e->'spatialPath', e->'propertySets', e->'quantitySets',
         ARRAY(SELECT jsonb_array_elements_text(e->'materials')), e->'classifications', e->'members',
         CASE WHEN jsonb_typeof(e->'bbox') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(e->'bbox'))::float8[] END,
         (e->>'minHeight')::float8, (e->>'maxHeight')::float8,
         CASE WHEN e->'footprint' IS NOT NULL AND jsonb_typeof(e->'footprint') = 'object' THEN ST_SetSRID(ST_GeomFromGeoJSON(e->>'footprint'), 4326) END
       FROM jsonb_array_elements(?::jsonb) AS e
       RETURNING id, express_id`,
      [model.id, JSON.stringify(batch)],
    );
    for (const row of inserted.rows as Array<{ id: number | string; express_id: number }>) rowIds.set(row.express_id, Number(row.id));
  }
  await trx.raw(
    `UPDATE bim_models SET footprint = (SELECT ST_ConvexHull(ST_Collect(footprint)) FROM bim_elements WHERE model_id = ? AND footprint IS NOT NULL) WHERE id = ?`,
    [model.id, model.id],
  );
  return rowIds;
}

function toRow(e: IfcElementRecord, toGeographic: Georeference['toGeographic']): Record<string, unknown> {
  let footprint: unknown = null;
  let minHeight: number | null = null;
  let maxHeight: number | null = null;
  if (e.bbox) {
    const [x0, y0, z0, x1, y1, z1] = e.bbox;
    const ring = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ].map(([x, y]) => toGeographic(x, y, z0).slice(0, 2));
    // A flat or linear element (a slab edge, an axis) has a degenerate plan; keep its points.
    footprint = x1 - x0 > 1e-6 && y1 - y0 > 1e-6 ? { type: 'Polygon', coordinates: [ring] } : { type: 'MultiPoint', coordinates: ring.slice(0, 4) };
    minHeight = toGeographic(x0, y0, z0)[2];
    maxHeight = toGeographic(x0, y0, z1)[2];
  }
  return {
    expressId: e.expressId,
    globalId: e.globalId,
    ifcClass: e.ifcClass,
    predefinedType: e.predefinedType,
    name: e.name,
    description: e.description,
    objectType: e.objectType,
    typeObject: e.typeObject,
    storeyGlobalId: e.storey?.globalId ?? null,
    storeyName: e.storey?.name ?? null,
    spatialPath: e.spatialPath,
    propertySets: e.propertySets,
    quantitySets: { ...e.quantitySets, ...(e.spaceQuantities ? { cimtwin_space: e.spaceQuantities } : {}) },
    materials: e.materials,
    classifications: e.classifications,
    members: e.zoneSpaces ?? null,
    bbox: e.bbox,
    minHeight,
    maxHeight,
    footprint,
  };
}
