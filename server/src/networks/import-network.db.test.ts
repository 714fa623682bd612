import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../db/open-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { importNetwork } from './import-network.ts';
import { countLines, scanInpSections } from './testing/scan-inp-text.ts';
import { networkDataPath, readNetworkData, skipWithoutNetworkData } from './testing/network-data.ts';

// Every shared network through the whole import (read, valves, working CRS, PostGIS, QA,
// tiles), its counts checked against a naive count of the file's section lines.

const INP = [
  { file: 'ky4.inp', crs: 'EPSG:3089', workSrid: 32616 },
  { file: 'ky9.inp', crs: 'EPSG:3089', workSrid: 32616 },
  { file: 'L-TOWN.inp', crs: 'none', workSrid: 0 },
  { file: 'swmm-model-state-plane.inp', crs: undefined, workSrid: null },
  { file: 'micropolis/MICROPOLIS_v1.inp', crs: 'none', workSrid: 0 },
];

describe('importing the shared networks', { skip: skipWithoutNetworkData }, () => {
  let db: Database;
  let storage: TilesetStorageDatabase;
  before(async () => {
    db = await openTestDatabase();
    storage = new TilesetStorageDatabase(db.knex);
  });
  after(async () => db?.close());

  for (const { file, crs, workSrid } of INP) {
    test(`${file}: points, segments and valves as the file lists them, stored and counted`, async () => {
      const sections = scanInpSections(readNetworkData(file));
      const swmm = sections.has('CONDUITS');
      const nodes = swmm
        ? ['JUNCTIONS', 'OUTFALLS', 'STORAGE', 'DIVIDERS'].reduce((n, s) => n + countLines(sections, s), 0)
        : ['JUNCTIONS', 'RESERVOIRS', 'TANKS'].reduce((n, s) => n + countLines(sections, s), 0);
      const links = swmm
        ? ['CONDUITS', 'PUMPS', 'ORIFICES', 'WEIRS', 'OUTLETS'].reduce((n, s) => n + countLines(sections, s), 0)
        : ['PIPES', 'PUMPS', 'VALVES'].reduce((n, s) => n + countLines(sections, s), 0);
      const result = await importNetwork(db.knex, [networkDataPath(file)], { crs, storage });
      assert.equal(result.format, swmm ? 'swmm' : 'epanet');
      assert.equal(result.nodes, nodes);
      assert.equal(result.links, links);
      if (!swmm) assert.equal(result.linksByKind.valve ?? 0, countLines(sections, 'VALVES'));
      if (workSrid !== null) assert.equal(result.workSrid, workSrid);
      const stored = (await db.knex.raw(
        `SELECT (SELECT count(*)::int FROM network_nodes WHERE network_id = ?) AS nodes, (SELECT count(*)::int FROM network_links WHERE network_id = ?) AS links`,
        [result.id, result.id],
      )).rows[0];
      assert.deepEqual(stored, { nodes, links });
      // placed networks get tiles; networks in local coordinates have no place in the city
      assert.equal(result.tileset === null, result.workSrid === 0);
    });
  }

  test('Micropolis with its surveyed isolation valves placed on the mains', async () => {
    const result = await importNetwork(db.knex, [networkDataPath('micropolis/MICROPOLIS_v1.inp')], {
      id: 'micropolis-valves',
      crs: 'none',
      valves: networkDataPath('micropolis/valves_v0.shp'),
    });
    // valves_v0.shp has 203 points: 194 on the model's TCV valve links, 9 on pipes (inserted as valve nodes)
    assert.equal(result.valvesPlaced, 9);
    assert.equal(result.nodesByKind.valve, 9);
  });
});
