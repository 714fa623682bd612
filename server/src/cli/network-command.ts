import { DataError } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importNetwork, parseNetworkOptionValues } from '../networks/import-network.ts';
import { openServices } from './open-services.ts';

const NETWORK_USAGE = 'network import <file...> [--name N] [--id ID] [--format epanet|swmm|cjj61] [--crs EPSG:n|none] [--pipe-type JS|PS|RQ|RL|DL|TX|GY|QT] [--valves valves.shp]';

/** `cimtwin network import <file...> [--name N] [--format F] [--crs EPSG:n] [--pipe-type T] [--valves F]` */
export async function runNetworkCommand(config: Config, logger: Logger, positionals: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [subcommand, ...files] = positionals;
  if (subcommand !== 'import') throw new DataError(`network: unknown subcommand "${subcommand ?? ''}"; usage: cimtwin ${NETWORK_USAGE}`);
  if (files.length === 0) throw new DataError(`network import: give the network file(s); usage: cimtwin ${NETWORK_USAGE}`);
  const { format, pipeType } = parseNetworkOptionValues({ format: values.format as string | undefined, pipeType: values['pipe-type'] as string | undefined });
  const { db, storage } = await openServices(config, logger);
  try {
    const result = await importNetwork(db.knex, files, {
      id: values.id as string | undefined,
      name: values.name as string | undefined,
      format,
      crs: values.crs as string | undefined,
      pipeType,
      valves: values.valves as string | undefined,
      storage,
      logger,
    });
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } finally {
    await db.close();
  }
}
