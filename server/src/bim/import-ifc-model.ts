import crypto from 'node:crypto';
import path from 'node:path';
import type { Knex } from 'knex';
import { tileMeshes, type MeshTilingReport, type TilesetStorage } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';
import type { ConvertIfcOptions } from './convert-ifc.ts';
import { readIfcModel } from './read-ifc-model.ts';
import { sharedIfcReaderPool, type IfcReaderPool } from './ifc-reader-pool.ts';
import type { IfcModelSummary } from './ifc-records.ts';
import { BIM_METADATA_CLASS, createIfcMeshSource, tiledElement, type TiledElement } from './ifc-mesh-source.ts';
import { MeshSpillFile } from './mesh-spill-file.ts';
import { modelToEcefTransform } from './model-to-ecef.ts';
import { resolveGeoreference, type Georeference, type UserPlacement } from './resolve-georeference.ts';
import { discardStagedImport, publishIfcModel, stageIfcElements, type StoredModelInfo } from './store-ifc-model.ts';
import { removeSourceFile, storeSourceFile, type StoredSourceFile } from './bim-source-file.ts';

export interface ImportIfcModelOptions {
  /** Display name; the file name without extension when absent. */
  name?: string;
  /** Model id (URL segment); derived from the name when absent. */
  modelId?: string;
  /** Placement for a model without georeference, or to override it with `overrideGeoreference`. */
  placement?: UserPlacement;
  overrideGeoreference?: boolean;
  logger?: Logger;
  onProgress?: ConvertIfcOptions['onProgress'];
  /** Worker limits. */
  timeoutMs?: number;
  maxOldSpaceMb?: number;
  /** Where reader processes come from (default: the process-wide pool). */
  pool?: IfcReaderPool;
}

/** What one import did, as the CLI prints it and a job reports it. */
export interface ImportIfcModelResult {
  modelId: string;
  name: string;
  schema: string;
  elements: number;
  elementsPerClass: Record<string, number>;
  storeys: Array<{ name: string | null; elevation: number | null; elementCount: number }>;
  georeference: Omit<Georeference, 'toGeographic'>;
  tilesets: Array<{ id: string; report: MeshTilingReport }>;
  durationMs: number;
}

const SPATIAL_ONLY = new Set(['IfcSpace', 'IfcZone']);

/** A URL-safe id from a model name; a hash when the name has nothing ASCII to keep. */
export function modelIdFromName(name: string, sha256: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug.length >= 2 ? slug : `model-${sha256.slice(0, 12)}`;
}

/** Tileset ids of a model: its elements, and its spaces (hidden by default in the viewer). */
export function bimTilesetIds(modelId: string): { elements: string; spaces: string } {
  return { elements: `bim-${modelId}`, spaces: `bim-${modelId}-spaces` };
}

/**
 * Imports one IFC model: reads it in a worker process while the parent stores the source file,
 * stages element records and spills meshes to a temporary file as they arrive (so memory does
 * not grow with the model), then publishes model and elements in one short transaction and
 * tiles the element meshes (and, apart, the spaces) at the model's place in the city. If
 * anything fails, what was staged is discarded and a published model removed again, so nothing
 * half-imported stays behind.
 */
export async function importIfcModel(knex: Knex, storage: TilesetStorage, filePath: string, options: ImportIfcModelOptions = {}): Promise<ImportIfcModelResult> {
  // Replacement readers start once the import is done, not while it still stores and tiles.
  const pool = options.pool ?? sharedIfcReaderPool();
  return pool.lease(() => importWithReaders(knex, storage, filePath, { ...options, pool }));
}

async function importWithReaders(knex: Knex, storage: TilesetStorage, filePath: string, options: ImportIfcModelOptions): Promise<ImportIfcModelResult> {
  const started = performance.now();
  const fileName = path.basename(filePath);
  const importId = crypto.randomUUID();
  const elements: TiledElement[] = [];
  const rowIds = new Map<number, number>();
  const tilesets: ImportIfcModelResult['tilesets'] = [];
  const meshes = await MeshSpillFile.create();
  let summary: IfcModelSummary;
  let source: StoredSourceFile;
  let georeference: Georeference;
  let modelId: string;
  let name: string;
  try {
    try {
      // The parent's database work runs while the reader parses and meshes.
      const storingSource = storeSourceFile(knex, importId, filePath);
      storingSource.catch(() => undefined);
      const converted = await readIfcModel(filePath, {
        pool: options.pool,
        onProgress: options.onProgress,
        timeoutMs: options.timeoutMs,
        maxOldSpaceMb: options.maxOldSpaceMb,
        onRecords: async (batch) => {
          for (const element of batch) elements.push(tiledElement(element));
          for (const [expressId, rowId] of await stageIfcElements(knex, importId, batch)) rowIds.set(expressId, rowId);
        },
        onMeshes: (batch) => meshes.append(batch),
      });
      for (const element of elements) element.bbox = converted.bounds.get(element.expressId) ?? null;
      summary = converted.summary;
      source = await storingSource;
      name = options.name ?? fileName.replace(/\.(ifc|ifczip)$/i, '');
      modelId = options.modelId ?? modelIdFromName(name, source.sha256);
      georeference = await resolveGeoreference(summary.georeferenceInput, {
        crsDefinition: (epsg) => crsDefinition(knex, epsg),
        userPlacement: options.placement,
        overrideFile: options.overrideGeoreference,
      });
      const model: StoredModelInfo = { id: modelId, name, fileName, sha256: source.sha256, sourceFileId: source.fileId, sourceBytes: source.bytes };
      await knex.transaction(async (trx) => {
        await publishIfcModel(trx, importId, model, summary, converted.bounds, georeference);
        const ids = bimTilesetIds(modelId);
        const rows = [{ id: ids.elements, layer_id: null, title: name, kind: 'bim' }];
        if (elements.some((e) => e.ifcClass === 'IfcSpace')) rows.push({ id: ids.spaces, layer_id: null, title: `${name} (spaces)`, kind: 'bim-spaces' });
        await trx('tilesets').insert(rows).onConflict('id').merge(['title', 'kind']);
      });
    } catch (error) {
      await discardStagedImport(knex, importId).catch(() => undefined);
      await removeSourceFile(knex, importId).catch(() => undefined);
      throw error;
    }
    const ids = bimTilesetIds(modelId);
    try {
      const modelToEcef = modelToEcefTransform(georeference, modelCentre(elements));
      const tile = async (id: string, include: (e: TiledElement) => boolean): Promise<void> => {
        const meshSource = createIfcMeshSource(elements, meshes, rowIds, include);
        if ((await meshSource.summaries()).length === 0) {
          await storage.remove(id);
          await knex('tilesets').where({ id }).delete();
          return;
        }
        const report = await tileMeshes(meshSource, await storage.begin(id), { modelToEcef, metadataClass: BIM_METADATA_CLASS, logger: options.logger });
        await knex('tilesets').where({ id }).update({ report: JSON.stringify(report), updated_at: knex.fn.now() });
        tilesets.push({ id, report });
      };
      await tile(ids.elements, (e) => !SPATIAL_ONLY.has(e.ifcClass));
      await tile(ids.spaces, (e) => e.ifcClass === 'IfcSpace');
    } catch (error) {
      await knex('bim_models').where({ id: modelId }).delete();
      await removeSourceFile(knex, source.fileId).catch(() => undefined);
      await storage.remove(ids.elements).catch(() => undefined);
      await storage.remove(ids.spaces).catch(() => undefined);
      throw error;
    }
  } finally {
    await meshes.remove();
  }
  const { toGeographic: _unused, ...georeferenceRecord } = georeference;
  const result: ImportIfcModelResult = {
    modelId,
    name,
    schema: summary.schema,
    elements: elements.length,
    elementsPerClass: summary.elementsPerClass,
    storeys: summary.storeys.map((s) => ({ name: s.name, elevation: s.elevation, elementCount: s.elementCount })),
    georeference: georeferenceRecord,
    tilesets,
    durationMs: Math.round(performance.now() - started),
  };
  options.logger?.info({ model: modelId, elements: result.elements, ms: result.durationMs }, 'IFC model imported');
  return result;
}

/** proj4 definitions by EPSG code, as PostGIS knows them; they never change while the server runs. */
const crsDefinitions = new Map<number, Promise<string | undefined>>();

function crsDefinition(knex: Knex, epsg: number): Promise<string | undefined> {
  let definition = crsDefinitions.get(epsg);
  if (!definition) {
    definition = knex('spatial_ref_sys')
      // PostGIS numbers its EPSG entries by their EPSG code: the primary key finds the row
      // without scanning the table's ~8,500 entries.
      .where({ srid: epsg, auth_name: 'EPSG', auth_srid: epsg })
      .first('proj4text')
      .then((row) => row?.proj4text?.trim() || undefined);
    definition.catch(() => crsDefinitions.delete(epsg));
    crsDefinitions.set(epsg, definition);
  }
  return definition;
}

/** Centre of the bounding boxes of all elements with geometry, model metres. */
function modelCentre(elements: TiledElement[]): [number, number, number] {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const e of elements) {
    if (!e.bbox) continue;
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], e.bbox[i]);
      max[i] = Math.max(max[i], e.bbox[i + 3]);
    }
  }
  return min[0] === Infinity ? [0, 0, 0] : [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
}
