/**
 * Storing a converted model in two steps, so the database work overlaps the reader's meshing:
 * element records are staged (bim_elements_staging) as their batches arrive, drawing their row
 * ids from bim_elements' own sequence; publishing then copies them, with the footprints and
 * heights known only after meshing, into bim_elements in one short transaction that also
 * replaces an older model of the same id. Readers never see half a model.
 */
import type { Knex } from 'knex';
import type { Georeference } from './resolve-georeference.ts';
import type { IfcConversion, IfcElementRecord, IfcModelSummary } from './ifc-records.ts';

/** Elements sent to the database per statement. */
const BATCH_SIZE = 1000;

/** Elements published per statement. */
const PUBLISH_BATCH = 5000;

/** Staged rows older than this are left over from a crashed import and removed. */
const STALE_STAGING = '1 day';

/** What identifies a stored model. */
export interface StoredModelInfo {
  id: string;
  name: string;
  fileName: string;
  sha256: string;
  /** The source file in bim_source_files, and its size. */
  sourceFileId: string | null;
  sourceBytes: number | null;
}

/** Stages element records under `importId`; returns the row id each will have, by express id. */
export async function stageIfcElements(knex: Knex, importId: string, elements: IfcElementRecord[]): Promise<Map<number, number>> {
  const rowIds = new Map<number, number>();
  for (let start = 0; start < elements.length; start += BATCH_SIZE) {
    const batch = elements.slice(start, start + BATCH_SIZE).map(toStagedRow);
    const inserted = await knex.raw(
      `INSERT INTO bim_elements_staging (import_id, model_id, express_id, global_id, ifc_class, predefined_type, name, description, object_type,
         type_object, storey_global_id, storey_name, spatial_path, property_sets, quantity_sets, materials, classifications, members, attributes)
       SELECT ?, ?, (e->>'expressId')::int, e->>'globalId', e->>'ifcClass', e->>'predefinedType', e->>'name', e->>'description', e->>'objectType',
         e->'typeObject', e->>'storeyGlobalId', e->>'storeyName', e->'spatialPath', e->'propertySets', e->'quantitySets',
         ARRAY(SELECT jsonb_array_elements_text(e->'materials')), e->'classifications', e->'members', COALESCE(e->'attributes', '{}'::jsonb)
       FROM jsonb_array_elements(?::jsonb) AS e
       RETURNING id, express_id`,
      [importId, importId, JSON.stringify(batch)],
    );
    for (const row of inserted.rows as Array<{ id: number | string; express_id: number }>) rowIds.set(row.express_id, Number(row.id));
  }
  return rowIds;
}

/**
 * Publishes staged elements as model `model.id`, replacing an older model of that id, with each
 * element's footprint (the plan of its bounding box, placed by the georeference) and bottom and
 * top heights, so it meets the city layers in PostGIS. Run inside a transaction.
 */
export async function publishIfcModel(
  trx: Knex.Transaction,
  importId: string,
  model: StoredModelInfo,
  summary: IfcModelSummary,
  bounds: IfcConversion['bounds'],
  georeference: Georeference,
): Promise<void> {
  // An older model of this id goes (its elements by cascade), and its source file unless the
  // new import shares it.
  await trx.raw(
    `WITH old AS (DELETE FROM bim_models WHERE id = ? RETURNING source_file_id)
     DELETE FROM bim_source_files f USING old WHERE f.file_id = old.source_file_id AND f.file_id IS DISTINCT FROM ?`,
    [model.id, model.sourceFileId],
  );
  const { toGeographic, ...georeferenceRecord } = georeference;
  await trx('bim_models').insert({
    id: model.id,
    name: model.name,
    file_name: model.fileName,
    ifc_schema: summary.schema,
    sha256: model.sha256,
    georeference: JSON.stringify(georeferenceRecord),
    summary: JSON.stringify({ ...summary, georeferenceInput: undefined }),
    element_count: summary.elementCount,
    source_file_id: model.sourceFileId,
    source_bytes: model.sourceBytes,
  });
  // Elements with geometry move over in batches, each with its placed bounds (one statement
  // for all would hold a large model's rows and bounds in the database's memory at once).
  const placed = [...bounds];
  for (let start = 0; start < placed.length; start += PUBLISH_BATCH) {
    const batch = placed.slice(start, start + PUBLISH_BATCH).map(([expressId, bbox]) => placeBounds(expressId, bbox, toGeographic));
    await trx.raw(
      `WITH placed AS (
         SELECT (e->>'expressId')::int AS express_id,
           ARRAY(SELECT jsonb_array_elements_text(e->'bbox'))::float8[] AS bbox,
           (e->>'minHeight')::float8 AS min_height, (e->>'maxHeight')::float8 AS max_height,
           ST_GeomFromText(e->>'footprint', 4326) AS footprint
         FROM jsonb_array_elements(?::jsonb) AS e
       ), staged AS (
         DELETE FROM bim_elements_staging s USING placed g WHERE s.import_id = ? AND s.express_id = g.express_id RETURNING s.*
       )
       INSERT INTO bim_elements (${PUBLISHED_COLUMNS}, bbox, min_height, max_height, footprint)
       SELECT ${stagedColumns('s')}, g.bbox, g.min_height, g.max_height, g.footprint
       FROM staged s JOIN placed g ON g.express_id = s.express_id`,
      [JSON.stringify(batch), importId, model.id],
    );
  }
  // Then the rest (spatial structure, elements without geometry), and the model's footprint:
  // the hull of its elements' footprints.
  await trx.raw(
    `WITH staged AS (
       DELETE FROM bim_elements_staging WHERE import_id = ? RETURNING *
     ), published AS (
       INSERT INTO bim_elements (${PUBLISHED_COLUMNS}) SELECT ${stagedColumns('s')} FROM staged s
     )
     UPDATE bim_models SET footprint = (SELECT ST_ConvexHull(ST_Collect(footprint)) FROM bim_elements WHERE model_id = ? AND footprint IS NOT NULL) WHERE id = ?`,
    [importId, model.id, model.id, model.id],
  );
}

/** Columns copied from a staged row into bim_elements (besides the placed bounds). */
const PUBLISHED_COLUMNS = `id, model_id, express_id, global_id, ifc_class, predefined_type, name, description, object_type, type_object,
  storey_global_id, storey_name, spatial_path, property_sets, quantity_sets, materials, classifications, members, attributes`;

/** The staged row's values for {@link PUBLISHED_COLUMNS}, the model id given as a binding. */
function stagedColumns(alias: string): string {
  return PUBLISHED_COLUMNS.split(',')
    .map((column) => column.trim())
    .map((column) => (column === 'model_id' ? '?' : `${alias}.${column}`))
    .join(', ');
}

/** Removes what an unfinished import staged, and whatever crashed imports left long ago. */
export async function discardStagedImport(knex: Knex, importId: string): Promise<void> {
  await knex('bim_elements_staging').where({ import_id: importId }).delete();
  await knex.raw(`DELETE FROM bim_elements_staging WHERE staged_at < now() - interval '${STALE_STAGING}'`);
  await knex.raw(
    `DELETE FROM bim_source_files f WHERE f.staged_at < now() - interval '${STALE_STAGING}' AND NOT EXISTS (SELECT 1 FROM bim_models m WHERE m.source_file_id = f.file_id)`,
  );
}

function toStagedRow(e: IfcElementRecord): Record<string, unknown> {
  return {
    expressId: e.expressId,
    globalId: e.globalId,
    ifcClass: e.ifcClass,
    predefinedType: e.predefinedType,
    name: e.name,
    description: e.description,
    objectType: e.objectType,
    attributes: e.attributes,
    typeObject: e.typeObject,
    storeyGlobalId: e.storey?.globalId ?? null,
    storeyName: e.storey?.name ?? null,
    spatialPath: e.spatialPath,
    propertySets: e.propertySets,
    quantitySets: { ...e.quantitySets, ...(e.spaceQuantities ? { cimtwin_space: e.spaceQuantities } : {}) },
    materials: e.materials,
    classifications: e.classifications,
    members: e.zoneSpaces ?? null,
  };
}

/** An element's bounding box placed in the world: footprint (EPSG:4326) and heights. */
function placeBounds(expressId: number, bbox: [number, number, number, number, number, number], toGeographic: Georeference['toGeographic']): Record<string, unknown> {
  const [x0, y0, z0, x1, y1, z1] = bbox;
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map(([x, y]) => toGeographic(x, y, z0).slice(0, 2));
  // A flat or linear element (a slab edge, an axis) has a degenerate plan; keep its points.
  const points = (list: number[][]) => list.map(([x, y]) => `${x} ${y}`).join(',');
  const footprint = x1 - x0 > 1e-6 && y1 - y0 > 1e-6 ? `POLYGON((${points(ring)}))` : `MULTIPOINT(${points(ring.slice(0, 4))})`;
  return { expressId, bbox, minHeight: toGeographic(x0, y0, z0)[2], maxHeight: toGeographic(x0, y0, z1)[2], footprint };
}
