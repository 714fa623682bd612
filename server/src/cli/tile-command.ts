import path from 'node:path';
import { DataError } from '@cimtwin/schemas';
import { tileFeatures } from '@cimtwin/tiler';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { getLayer } from '../services/layers-service.ts';
import { createPostgisFeatureSource } from '../tiles/postgis-feature-source.ts';
import { tileLayer, tilingKindOf } from '../tiles/tile-layer.ts';
import { createDirectoryTarget } from '../tiles/tileset-target-directory.ts';
import { openServices } from './open-services.ts';

/** `cimtwin tile <layer> [--out DIR]` */
export async function runTile(config: Config, logger: Logger, positionals: string[], values: Record<string, string | undefined>): Promise<number> {
  const [layerId] = positionals;
  if (!layerId) throw new DataError('tile: give the layer to tile: cimtwin tile <layer> [--out DIR]');
  const { db, storage } = await openServices(config, logger);
  try {
    if (values.out) {
      const layer = await getLayer(db.knex, layerId);
      if (!layer) throw new DataError(`tile: no layer "${layerId}"; import it first`);
      const report = await tileFeatures(createPostgisFeatureSource(db.knex, layerId), createDirectoryTarget(values.out), {
        kind: tilingKindOf(layer.kind, layer.geometryType),
        logger,
      });
      console.log(JSON.stringify({ layer: layerId, out: path.resolve(values.out, 'tileset.json'), ...report }, null, 2));
    } else {
      const result = await tileLayer(db.knex, storage, layerId, logger);
      console.log(JSON.stringify({ layer: layerId, version: result.version, ...result.report }, null, 2));
    }
    return 0;
  } finally {
    await db.close();
  }
}
