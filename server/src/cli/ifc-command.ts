import { DataError } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importIfcModel } from '../bim/import-ifc-model.ts';
import type { UserPlacement } from '../bim/resolve-georeference.ts';
import { openServices } from './open-services.ts';

/** Reads `--origin lon,lat[,height]` and `--rotation deg`. */
export function parsePlacement(origin: string | undefined, rotation: string | undefined): UserPlacement | undefined {
  if (origin === undefined) {
    if (rotation !== undefined) throw new DataError('ifc: --rotation needs --origin lon,lat,height');
    return undefined;
  }
  const parts = origin.split(',').map(Number);
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((n) => !Number.isFinite(n)) || Math.abs(parts[0]) > 180 || Math.abs(parts[1]) > 90) {
    throw new DataError(`ifc: --origin "${origin}" is not lon,lat[,height] in degrees and metres, e.g. --origin 121.4990,31.2397,4`);
  }
  const rotationDeg = rotation === undefined ? 0 : Number(rotation);
  if (!Number.isFinite(rotationDeg)) throw new DataError(`ifc: --rotation "${rotation}" is not a number of degrees`);
  return { origin: [parts[0], parts[1], parts[2] ?? 0], rotationDeg };
}

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
