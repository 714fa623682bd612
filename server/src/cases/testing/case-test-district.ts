// A small district for the case API tests: unit grids generated over a box in Lujiazui (no
// address library, so every cell takes the fallback street) and one stormwater cover.
import type { Express } from 'express';
import { createApp } from '../../api/create-app.ts';
import type { Database } from '../../db/open-database.ts';
import { silentLogger } from '../../logger.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { TilesetStorageDatabase } from '../../tiles/tileset-storage-database.ts';
import { generateUnitGrids, type UnitGridReport } from '../grids/generate-unit-grids.ts';

/** The box the test grids cover, about 285 m by 220 m. */
export const TEST_BOX = [121.5, 31.236, 121.503, 31.238] as const;

/** The stormwater cover (雨水井盖, 0103) of the test district. */
export const TEST_COVER = { code: '3101150103000001', lon: 121.5012, lat: 31.2371 } as const;

/** The open test district. */
export interface CaseTestDistrict {
  db: Database;
  app: Express;
  grids: UnitGridReport;
  /** Grid codes, in code order, each with a point inside it. */
  cells: Array<{ code: string; lon: number; lat: number }>;
}

/** Opens a fresh database with the test grids and cover, and the app over it. */
export async function openCaseTestDistrict(): Promise<CaseTestDistrict> {
  const db = await openTestDatabase();
  const storage = new TilesetStorageDatabase(db.knex);
  const app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
  const [x0, y0, x1, y1] = TEST_BOX;
  const area = { type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] };
  const grids = await generateUnitGrids(db.knex, { divisionCode: '310115', area, fallbackTown: { code: '310115005', name: '陆家嘴街道' } });
  const cells = (await db.knex.raw('SELECT code, ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT code, ST_PointOnSurface(geom) AS p FROM unit_grids) AS g ORDER BY code')).rows;
  await db.knex('city_components').insert({
    code: TEST_COVER.code,
    division_code: '310115',
    major_code: '01',
    class_code: '0103',
    name: '雨水井盖 YS-T1',
    source_kind: 'network-node',
    network_id: 'test-network',
    node_id: 'YS-T1',
    geom: db.knex.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [TEST_COVER.lon, TEST_COVER.lat]),
  });
  return { db, app, grids, cells };
}
