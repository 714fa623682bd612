import { DataError, LayerKind } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importLayer } from '../import/import-layer.ts';
import { openServices } from './open-services.ts';

/** `cimtwin import <file> --layer <id> [--title T] [--kind K] [--crs EPSG:n]` */
export async function runImport(config: Config, logger: Logger, positionals: string[], values: Record<string, string | undefined>): Promise<number> {
  const [file] = positionals;
  if (!file) throw new DataError('import: give the file to import: cimtwin import <file> --layer <id>');
  if (!values.layer) throw new DataError('import: give the layer id with --layer <id>');
  const kind = values.kind === undefined ? undefined : LayerKind.safeParse(values.kind);
  if (kind && !kind.success) throw new DataError(`import: --kind ${values.kind} is not one of ${LayerKind.options.join(', ')}`);
  const { db } = await openServices(config, logger);
  try {
    const { report } = await importLayer(db.knex, file, { layerId: values.layer, title: values.title, kind: kind?.data, crs: values.crs, logger });
    console.log(JSON.stringify({ layer: values.layer, ...report, rejections: report.rejections.slice(0, 20) }, null, 2));
    return 0;
  } finally {
    await db.close();
  }
}
