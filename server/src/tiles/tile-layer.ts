import type { Knex } from 'knex';
import { DataError, type LayerKind } from '@cimtwin/schemas';
import { tileFeatures, type TilingKind, type TilingReport, type TilesetStorage } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';
import { getLayer } from '../services/layers-service.ts';
import { createPostgisFeatureSource } from './postgis-feature-source.ts';

/** How each layer kind becomes 3D: extruded, a ribbon, or a draped surface. */
export function tilingKindOf(kind: LayerKind, geometryType: string): TilingKind {
  if (kind === 'buildings') return 'extrusion';
  if (kind === 'roads') return 'ribbon';
  if (kind === 'landuse' || kind === 'water') return 'surface';
  if (/Polygon/.test(geometryType)) return 'surface';
  if (/LineString/.test(geometryType)) return 'ribbon';
  throw new DataError(`tile: layer geometry ${geometryType} has no 3D form yet; points and mixed layers are served as features only`);
}

export interface TileLayerResult {
  tilesetId: string;
  version: string;
  report: TilingReport;
}

/**
 * Tiles one layer from PostGIS into a tileset of the same id and publishes it atomically;
 * records which content version of the layer it was built from.
 */
export async function tileLayer(knex: Knex, storage: TilesetStorage, layerId: string, logger?: Logger): Promise<TileLayerResult> {
  const layer = await getLayer(knex, layerId);
  if (!layer) throw new DataError(`tile: no layer "${layerId}"; import it first with \`cimtwin import <file> --layer ${layerId}\``, { status: 404 });
  if (layer.featureCount === 0) throw new DataError(`tile: layer ${layerId} has no features`);
  const kind = tilingKindOf(layer.kind, layer.geometryType);
  await knex('tilesets')
    .insert({ id: layer.id, layer_id: layer.id, title: layer.title, kind: layer.kind })
    .onConflict('id')
    .merge(['layer_id', 'title', 'kind']);
  const target = await storage.begin(layer.id);
  const report = await tileFeatures(createPostgisFeatureSource(knex, layer.id), target, { kind, logger: logger?.child({ module: 'tiler', layer: layer.id }) });
  const version = (await storage.version(layer.id)) ?? '';
  await knex('tilesets')
    .where({ id: layer.id })
    .update({ built_from_version: layer.contentVersion, report: JSON.stringify(report), updated_at: knex.fn.now() });
  return { tilesetId: layer.id, version, report };
}

/** Layers whose tileset is missing or older than their content. */
export async function staleLayers(knex: Knex, storage: TilesetStorage): Promise<string[]> {
  const rows = await knex('layers as l')
    .leftJoin('tilesets as t', 't.id', 'l.id')
    .select('l.id', 'l.content_version', 't.built_from_version', 'l.kind', 'l.geometry_type');
  const stale: string[] = [];
  for (const row of rows) {
    if (row.kind === 'generic' && !/Polygon|LineString/.test(row.geometry_type)) continue;
    const current = await storage.version(row.id);
    if (!current || row.built_from_version !== row.content_version) stale.push(row.id);
  }
  return stale;
}
