import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import type { Knex } from 'knex';
import type { TilesetStorage } from '@cimtwin/tiler';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import type { Logger } from './logger.ts';
import { importLayer } from './import/import-layer.ts';
import { staleLayers, tileLayer } from './tiles/tile-layer.ts';

/**
 * Brings the sample district up to date: imports each sample layer whose file changed (by
 * SHA-256 against the last import report) and tiles every layer whose tiles are stale.
 * A second start with nothing changed does no work beyond a few queries.
 */
export async function loadSampleDistrict(knex: Knex, storage: TilesetStorage, logger: Logger): Promise<{ imported: string[]; tiled: string[] }> {
  const imported: string[] = [];
  for (const layer of SAMPLE_DISTRICT.layers) {
    const bytes = await fs.readFile(layer.file);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const row = await knex('layers').where({ id: layer.id }).first('import_report');
    if (row?.import_report?.sha256 === sha256) continue;
    await importLayer(knex, layer.file, { layerId: layer.id, title: layer.title, kind: layer.kind, logger, description: SAMPLE_DISTRICT.attribution });
    imported.push(layer.id);
  }
  const tiled: string[] = [];
  for (const layerId of await staleLayers(knex, storage)) {
    const result = await tileLayer(knex, storage, layerId, logger);
    logger.info({ layer: layerId, tiles: result.report.tiles, ms: result.report.durationMs }, 'layer tiled');
    tiled.push(layerId);
  }
  return { imported, tiled };
}
