import type { Knex } from 'knex';
import type { TilesetSource } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';

/** What the API needs from the outside; tests pass their own. */
export interface AppDeps {
  knex: Knex;
  tiles: TilesetSource;
  logger: Logger;
  /** Largest `limit` a client may ask for. */
  maxPageSize?: number;
  /** Built viewer to serve at `/`; absent, `/` points to the API. */
  viewerDir?: string;
  /** Which database backend answers, for /api/health. */
  backend?: string;
}
