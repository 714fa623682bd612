import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import proj4 from 'proj4';
import type { Database } from '../../db/open-database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { parseEpanetInp } from '../parse/parse-epanet-inp.ts';
import { readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import { loadNetwork, listNetworks } from './load-network.ts';
import { storeNetwork } from './store-network.ts';
import { chooseWorkCrs, isMetricProjected, proj4Definition, toWorkCoordinates, utmEpsg } from './work-crs.ts';

describe('pipe networks in PostGIS', { skip: skipWithoutNetworkData }, () => {
  let db: Database;
  before(async () => (db = await openTestDatabase()));
  after(async () => db?.close());

  test('ky9 in Kentucky State Plane feet is stored in UTM metres with its topology, and reads back equal', async () => {
    const parsed = parseEpanetInp(readNetworkData('ky9.inp'), { crs: 'EPSG:3089' });
    const work = await chooseWorkCrs(db.knex, parsed);
    assert.equal(work.srid, 32616, 'central Kentucky lies in UTM zone 16N');
    const network = toWorkCoordinates(parsed, work, `EPSG:${work.srid}`);
    const stored = await storeNetwork(db.knex, network, work, { id: 'ky9', name: 'ky9', sourceCrs: 'EPSG:3089', qaReport: {}, importReport: {} });
    assert.equal(stored.nodeRows.size, parsed.nodes.length);
    assert.equal(stored.linkRows.size, parsed.links.length);

    // a node lands where proj4 puts its State Plane coordinates, in metres of UTM 16N
    const node = parsed.nodes.find((n) => n.x !== null)!;
    const feet = await proj4Definition(db.knex, 3089);
    const [lon, lat] = proj4(feet, 'EPSG:4326', [node.x!, node.y!]);
    const row = (await db.knex.raw(`SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat, ST_X(work_geom) AS x, ST_SRID(work_geom) AS srid FROM network_nodes WHERE network_id = 'ky9' AND node_id = ?`, [node.id])).rows[0];
    assert.ok(Math.abs(row.lon - lon) < 1e-7 && Math.abs(row.lat - lat) < 1e-7);
    assert.equal(row.srid, 32616);
    const [x] = proj4(await proj4Definition(db.knex, 32616), [lon, lat]);
    assert.ok(Math.abs(row.x - x) < 0.001);

    // topology: every link's ends are the rows of its from and to nodes
    const broken = (await db.knex.raw(
      `SELECT count(*)::int AS n FROM network_links l JOIN network_nodes a ON a.id = l.from_node JOIN network_nodes b ON b.id = l.to_node
       WHERE l.network_id = 'ky9' AND (NOT ST_DWithin(ST_StartPoint(l.work_geom), a.work_geom, 0.001) OR NOT ST_DWithin(ST_EndPoint(l.work_geom), b.work_geom, 0.001))`,
    )).rows[0].n;
    assert.equal(broken, 0);

    const loaded = await loadNetwork(db.knex, 'ky9');
    assert.equal(loaded.info.workSrid, 32616);
    assert.equal(loaded.network.crs, 'EPSG:32616');
    assert.deepEqual(loaded.network.links.map((l) => [l.id, l.from, l.to, l.kind, l.diameter, l.vertices.length]), network.links.map((l) => [l.id, l.from, l.to, l.kind, l.diameter, l.vertices.length]));
    const pipe = network.links.find((l) => l.vertices.length > 0);
    if (pipe) {
      const back = loaded.network.links.find((l) => l.id === pipe.id)!;
      assert.ok(Math.abs(back.vertices[0][0] - pipe.vertices[0][0]) < 1e-6);
    }
    assert.equal(loaded.info.counts.linksByPipeType.JS, parsed.links.length);
    assert.ok(loaded.info.extent && loaded.info.extent[0] > -87 && loaded.info.extent[2] < -84 && loaded.info.extent[1] > 36.5 && loaded.info.extent[3] < 39);
  });

  test('a network without a CRS keeps local coordinates and no WGS 84 geometry; storing again replaces it whole', async () => {
    const parsed = parseEpanetInp(readNetworkData('L-TOWN.inp'), { crs: null });
    const work = await chooseWorkCrs(db.knex, parsed);
    assert.equal(work.srid, 0);
    await storeNetwork(db.knex, parsed, work, { id: 'l-town', name: 'L-Town', sourceCrs: null, qaReport: {}, importReport: {} });
    const again = await storeNetwork(db.knex, parsed, work, { id: 'l-town', name: 'L-Town', sourceCrs: null, qaReport: {}, importReport: {} });
    assert.equal(again.contentVersion, 2);
    const counts = (await db.knex.raw(`SELECT count(*)::int AS n, count(geom)::int AS g FROM network_links WHERE network_id = 'l-town'`)).rows[0];
    assert.deepEqual(counts, { n: parsed.links.length, g: 0 });
    const list = await listNetworks(db.knex);
    assert.deepEqual(list.map((n) => [n.id, n.extent]).find(([id]) => id === 'l-town'), ['l-town', null]);
  });

  test('metric projected CRSs are kept; feet and degrees are not', () => {
    assert.equal(isMetricProjected('+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs'), true);
    assert.equal(isMetricProjected('+proj=lcc +lat_1=37.08 +units=us-ft +no_defs'), false);
    assert.equal(isMetricProjected('+proj=longlat +datum=WGS84 +no_defs'), false);
    assert.equal(utmEpsg(121.5, 31.2), 32651);
    assert.equal(utmEpsg(-84.5, 37.5), 32616);
  });
});
