import type { Knex } from 'knex';
import type { ImportReport, Layer, LayerKind } from '@cimtwin/schemas';

interface LayerRow {
  id: string;
  title: string;
  description: string | null;
  kind: LayerKind;
  geometry_type: string;
  crs: string;
  attributes: Layer['attributes'];
  feature_count: number;
  bbox: number[] | null;
  content_version: number;
  import_report: ImportReport | null;
  updated_at: Date | string;
}

function toLayer(row: LayerRow): Layer {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    geometryType: row.geometry_type,
    crs: row.crs,
    attributes: row.attributes ?? {},
    featureCount: row.feature_count,
    bbox: row.bbox ? (row.bbox.map(Number) as [number, number, number, number]) : null,
    contentVersion: row.content_version,
    importReport: row.import_report,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** All layers, in the order they were first imported. */
export async function listLayers(knex: Knex): Promise<Layer[]> {
  const rows = await knex<LayerRow>('layers').select('*').orderBy([{ column: 'kind' }, { column: 'id' }]);
  return rows.map(toLayer);
}

/** One layer, or undefined. */
export async function getLayer(knex: Knex, id: string): Promise<Layer | undefined> {
  const row = await knex<LayerRow>('layers').where({ id }).first();
  return row ? toLayer(row) : undefined;
}
