import fs from 'node:fs/promises';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrationSource } from '@cimtwin/schemas';
import type { Logger } from '../logger.ts';

// bigint (int8) and numeric come back as JS numbers: ids and counts stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

export interface DatabaseOptions {
  /** PostgreSQL + PostGIS server; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Directory of the embedded database (ignored with databaseUrl). `memory://` keeps it in memory. */
  dataDir?: string;
  logger?: Logger;
}

/** An open database: the knex instance and which backend it runs on. */
export interface Database {
  knex: Knex;
  backend: 'pglite' | 'postgres';
  /** Calls `onNotify` with the payload of each NOTIFY on `channel`; resolves to a function that stops listening. */
  listen: ListenFunction;
  close(): Promise<void>;
}

/** LISTEN on a channel of the database; see {@link Database.listen}. */
export type ListenFunction = (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;

/**
 * Opens the one knex instance of the process, on PGlite + PostGIS (default, persisted under
 * `<dataDir>/pgdata`) or on a PostgreSQL + PostGIS server, and brings the schema up to date.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const log = options.logger?.child({ module: 'database' });
  let knex: Knex;
  let backend: Database['backend'];
  let pglite: PGlite | undefined;
  if (options.databaseUrl) {
    backend = 'postgres';
    knex = knexFactory({ client: 'pg', connection: options.databaseUrl, pool: { min: 0, max: 10 } });
  } else {
    backend = 'pglite';
    const dataDir = options.dataDir ?? './.cimtwin';
    let pgdata: string | undefined;
    if (dataDir !== 'memory://') {
      pgdata = path.resolve(dataDir, 'pgdata');
      await fs.mkdir(pgdata, { recursive: true });
    }
    pglite = await PGlite.create({ dataDir: pgdata, extensions: { postgis, pg_trgm } });
    const instance = pglite;
    knex = knexFactory({
      client: ClientPgLite as unknown as typeof knexFactory.Client,
      dialect: 'postgres',
      connection: () => ({ pglite: instance }) as object,
    });
  }
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS postgis');
    const [, applied] = await knex.migrate.latest({ migrationSource });
    if (applied.length > 0) log?.info({ applied }, 'database migrated');
  } catch (error) {
    await knex.destroy();
    await pglite?.close();
    if (options.databaseUrl) {
      throw new Error(`database: cannot open ${redactUrl(options.databaseUrl)}: ${(error as Error).message}`, { cause: error });
    }
    throw error;
  }
  log?.info({ backend }, 'database open');
  const listen: ListenFunction = options.databaseUrl ? serverListener(options.databaseUrl, log) : async (channel, onNotify) => pglite!.listen(channel, onNotify);
  return {
    knex,
    backend,
    listen,
    async close() {
      await knex.destroy();
      if (pglite && !pglite.closed) await pglite.close();
    },
  };
}

/**
 * LISTEN on a PostgreSQL server over a connection of its own (a pooled one could be handed to
 * another query). A lost connection is logged and opened again a second later; what was
 * notified meanwhile is not lost to listeners that read their events from a table by id.
 */
function serverListener(databaseUrl: string, log: Logger | undefined): ListenFunction {
  return async (channel, onNotify) => {
    let client: pg.Client | undefined;
    let stopped = false;
    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: databaseUrl });
      next.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      next.on('error', (error) => {
        log?.warn({ err: error, channel }, 'LISTEN connection lost; reconnecting');
        next.end().catch(() => undefined);
        if (!stopped) setTimeout(() => void connect().catch((e: unknown) => log?.warn({ err: e }, 'LISTEN reconnect failed')), 1000).unref();
      });
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = next;
    };
    await connect();
    return async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    };
  };
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
