import type { Knex } from 'knex';
import type { TilesetSource, TilesetStorage } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';
import type { LiveHub } from '../live/live-hub.ts';

/** What the API needs from the outside; tests pass their own. */
export interface AppDeps {
  knex: Knex;
  tiles: TilesetSource;
  /** Where jobs publish tilesets; without it the API is read-only (uploads answer 503). */
  tileStorage?: TilesetStorage;
  /** Largest accepted upload, bytes. */
  maxUploadBytes?: number;
  logger: Logger;
  /** Largest `limit` a client may ask for. */
  maxPageSize?: number;
  /** Built viewer to serve at `/`; absent, `/` points to the API. */
  viewerDir?: string;
  /** Which database backend answers, for /api/health. */
  backend?: string;
  /** The live stream of this process (made on first use, polling only, when not given). */
  live?: LiveHub;
}
