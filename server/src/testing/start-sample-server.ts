import type { AddressInfo } from 'node:net';
import { createApp } from '../api/create-app.ts';
import { VIEWER_DIST } from '../cli/serve-command.ts';
import { openDatabase } from '../db/open-database.ts';
import { loadSampleDistrict } from '../load-sample-district.ts';
import { silentLogger } from '../logger.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { importIfcModel, type ImportIfcModelOptions } from '../bim/import-ifc-model.ts';

/** A running server for end-to-end tests. */
export interface SampleServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free local port with the sample district imported and tiled,
 * in a fresh in-memory PGlite database (or the server of DATABASE_URL when `useDatabaseUrl`),
 * plus any IFC models asked for.
 */
export async function startSampleServer(
  options: {
    useDatabaseUrl?: boolean;
    /** IFC models to import after the district, e.g. `{ file, placement: { origin: [121.5055, 31.2335, 0], rotationDeg: 0 }, overrideGeoreference: true }`. */
    ifcModels?: Array<{ file: string } & Pick<ImportIfcModelOptions, 'name' | 'placement' | 'overrideGeoreference'>>;
  } = {},
): Promise<SampleServer> {
  const logger = silentLogger();
  const db = await openDatabase({ dataDir: 'memory://', databaseUrl: options.useDatabaseUrl ? process.env.DATABASE_URL : undefined, logger });
  const storage = new TilesetStorageDatabase(db.knex);
  await loadSampleDistrict(db.knex, storage, logger);
  for (const { file, ...model } of options.ifcModels ?? []) await importIfcModel(db.knex, storage, file, model);
  const app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger, viewerDir: VIEWER_DIST, backend: db.backend });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
