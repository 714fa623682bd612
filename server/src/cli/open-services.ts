import type { TilesetStorage } from '@cimtwin/tiler';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { openDatabase, type Database } from '../db/open-database.ts';
import { openTileStorage } from '../tiles/open-tile-storage.ts';

/** The database and tile store a command works on. */
export interface Services {
  db: Database;
  storage: TilesetStorage;
}

/** Opens database and tile storage from the configuration. */
export async function openServices(config: Config, logger: Logger): Promise<Services> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  return { db, storage: openTileStorage(config, db.knex) };
}
