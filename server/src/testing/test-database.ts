import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { openDatabase, type Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';

/**
 * A fresh, migrated database for one test file.
 *
 * With DATABASE_URL set (the CI lane against a PostgreSQL + PostGIS server) it creates a
 * throw-away database on that server and drops it on close. Otherwise it copies a migrated
 * PGlite directory made once per machine (creating PostGIS in PGlite costs seconds; a copy
 * opens in about one), so each test file still starts from an empty schema.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openServerTestDatabase(url) : openPgliteTestDatabase();
}

async function openServerTestDatabase(url: string): Promise<Database> {
  const name = `cimtwin_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: testUrl.toString(), logger: silentLogger() });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

async function openPgliteTestDatabase(): Promise<Database> {
  const template = await pgliteTemplate();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-test-'));
  await fs.cp(template, path.join(dir, 'pgdata'), { recursive: true });
  const db = await openDatabase({ dataDir: dir, logger: silentLogger() });
  return {
    ...db,
    async close() {
      await db.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** The migrated template directory, keyed by the migration sources so a new migration makes a new one. */
async function pgliteTemplate(): Promise<string> {
  const migrationsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../schemas/src/migrations');
  const hash = crypto.createHash('sha1');
  for (const file of (await fs.readdir(migrationsDir)).sort()) hash.update(file).update(await fs.readFile(path.join(migrationsDir, file)));
  const template = path.join(os.tmpdir(), `cimtwin-pglite-template-${hash.digest('hex').slice(0, 12)}`);
  if (await fs.stat(path.join(template, 'PG_VERSION')).then(() => true, () => false)) return template;
  const building = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-template-build-'));
  const db = await openDatabase({ dataDir: building, logger: silentLogger() });
  await db.close();
  try {
    await fs.rename(path.join(building, 'pgdata'), template);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  await fs.rm(building, { recursive: true, force: true });
  return template;
}
