import type { Knex } from 'knex';
import { TilesetStorageFs, type TilesetStorage } from '@cimtwin/tiler';
import type { Config } from '../config.ts';
import { TilesetStorageDatabase } from './tileset-storage-database.ts';

/** The tile store the configuration names: a table in the database (default) or a directory. */
export function openTileStorage(config: Pick<Config, 'tileStorage' | 'tilesDirResolved'>, knex: Knex): TilesetStorage {
  return config.tileStorage === 'directory' ? new TilesetStorageFs(config.tilesDirResolved) : new TilesetStorageDatabase(knex);
}
