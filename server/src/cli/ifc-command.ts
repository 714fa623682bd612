import { DataError } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importIfcModel } from '../bim/import-ifc-model.ts';
import { parsePlacement } from '../bim/parse-placement.ts';
import { openServices } from './open-services.ts';

/** `cimtwin ifc <file> [--name N] [--origin lon,lat,h] [--rotation deg] [--override-georeference]` */
export async function runIfc(config: Config, logger: Logger, positionals: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [file] = positionals;
  if (!file) throw new DataError('ifc: give the model to import: cimtwin ifc <file.ifc|file.ifczip> [--name N] [--origin lon,lat,height --rotation deg]');
  const placement = parsePlacement(values.origin as string | undefined, values.rotation as string | undefined);
  const { db, storage } = await openServices(config, logger);
  try {
    const result = await importIfcModel(db.knex, storage, file, {
      name: values.name as string | undefined,
      placement,
      overrideGeoreference: values['override-georeference'] === true,
      logger,
    });
    console.log(
      JSON.stringify(
        { ...result, tilesets: result.tilesets.map((t) => ({ id: t.id, tiles: t.report.tiles, elements: t.report.elementsTiled, triangles: t.report.triangles, bytes: t.report.bytes })) },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    await db.close();
  }
}
