import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from './create-app.ts';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { handDrawnNetwork } from '../networks/testing/hand-drawn-network.ts';
import { storeNetwork } from '../networks/store/store-network.ts';
import { chooseWorkCrs } from '../networks/store/work-crs.ts';
import { parseEpanetInp } from '../networks/parse/parse-epanet-inp.ts';
import { networkDataPath, readNetworkData, skipWithoutNetworkData } from '../networks/testing/network-data.ts';

// The hand-drawn network of networks/testing, drawn 100 m to a unit in CGCS2000 Gauss-Krüger
// CM 120°E near Lujiazui, so its answers (worked out on paper in isolate.test.ts) come back
// through the API with geometry in WGS 84.

const ORIGIN = [642_000, 3_456_000];

describe('pipe network analyses through the API', () => {
  let db: Database;
  let app: Express;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
    const network = handDrawnNetwork();
    network.crs = 'EPSG:4549';
    for (const node of network.nodes) [node.x, node.y] = [ORIGIN[0] + node.x! * 100, ORIGIN[1] + node.y! * 100];
    const work = await chooseWorkCrs(db.knex, network);
    await storeNetwork(db.knex, network, work, { id: 'hand', name: '手绘给水管网', sourceCrs: 'EPSG:4549', qaReport: { summary: { issues: 0 } }, importReport: { format: 'test' } });
  });
  after(async () => db?.close());

  test('lists the network with its counts and WGS 84 extent', async () => {
    const { body } = await request(app).get('/api/networks').expect(200);
    const hand = body.networks.find((n: { id: string }) => n.id === 'hand');
    assert.equal(hand.name, '手绘给水管网');
    assert.equal(hand.workSrid, 4549);
    assert.equal(hand.nodeCount, 17);
    assert.equal(hand.linkCount, 17);
    assert.deepEqual(hand.counts.linksByKind, { pipe: 15, valve: 2 });
    const [minLon, minLat, maxLon, maxLat] = hand.extent;
    assert.ok(minLon > 121.4 && maxLon < 121.6 && minLat > 31.1 && maxLat < 31.3, `extent ${hand.extent} near Lujiazui`);
    const one = (await request(app).get('/api/networks/hand').expect(200)).body;
    assert.deepEqual(one.qaSummary, { issues: 0 });
    await request(app).get('/api/networks/nope').expect(404);
  });

  test('burst isolation answers the valves worked out by hand, with GeoJSON by role', async () => {
    const { body } = await request(app).get('/api/networks/hand/isolation?link=p1').expect(200);
    assert.deepEqual(body.valvesToClose.map((v: { kind: string; id: string }) => `${v.kind}:${v.id}`).sort(), ['link:vA', 'node:VN1', 'node:VN2']);
    assert.deepEqual([...body.region.links].sort(), ['p1', 'p2', 'p5', 'p7']);
    const roleOf = (key: string, id: string) => body.geojson.features.find((f: { properties: Record<string, unknown> }) => f.properties[key] === id)?.properties.roles;
    assert.deepEqual(roleOf('linkId', 'vA'), ['valve-to-close']);
    assert.deepEqual(roleOf('nodeId', 'VN1'), ['valve-to-close']);
    assert.deepEqual(roleOf('linkId', 'p5'), ['isolated']);
    const p5 = body.geojson.features.find((f: { properties: Record<string, unknown> }) => f.properties.linkId === 'p5');
    assert.equal(p5.geometry.type, 'LineString');
    assert.equal(typeof p5.id, 'number');

    const failed = (await request(app).get('/api/networks/hand/isolation?link=p1&failedValves=VN1&geometry=false').expect(200)).body;
    assert.ok(failed.valvesToClose.some((v: { id: string }) => v.id === 'VN3'), 'a failed VN1 moves the ring out to VN3');
    assert.equal(failed.geojson, undefined);
    const bad = await request(app).get('/api/networks/hand/isolation?link=nope').expect(404);
    assert.match(bad.body.detail, /link "nope" is not in the network/);
  });

  test('connectivity and traces', async () => {
    const components = (await request(app).get('/api/networks/hand/components').expect(200)).body;
    // the closed pipe p12 leaves J11 on its own
    assert.equal(components.count, 2);
    assert.deepEqual(components.components.map((c: { nodes: number; links: number }) => [c.nodes, c.links]), [[16, 16], [1, 0]]);
    const connected = (await request(app).get('/api/networks/hand/connected?node=J11&geometry=false').expect(200)).body;
    assert.deepEqual(connected.nodes, ['J11']);
    const down = (await request(app).get('/api/networks/hand/trace?node=R&direction=downstream&geometry=false').expect(200)).body;
    assert.ok(down.links.includes('p0') && down.nodes.includes('J2'));
    await request(app).get('/api/networks/hand/trace?direction=downstream').expect(400);
    await request(app).get('/api/networks/hand/trace?node=R&direction=sideways').expect(400);
  });

  /** Polls a job to its end. */
  async function finish(jobId: string): Promise<{ status: string; result: Record<string, any>; error: { status: number; detail: string } | null }> {
    for (let i = 0; i < 600; i++) {
      const job = (await request(app).get(`/api/jobs/${jobId}`).expect(200)).body;
      if (job.status === 'failed' || job.status === 'succeeded') return job;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('the import job did not finish');
  }

  test('an uploaded EPANET file becomes a network: ky4 in Kentucky State Plane feet', { skip: skipWithoutNetworkData }, async () => {
    const expected = parseEpanetInp(readNetworkData('ky4.inp'), { crs: 'EPSG:3089' });
    const accepted = await request(app).post('/api/networks').field('name', 'ky4').field('crs', 'EPSG:3089').attach('file', networkDataPath('ky4.inp')).expect(202);
    const job = await finish(accepted.body.jobId);
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    assert.equal(job.result.id, 'ky4');
    assert.equal(job.result.nodes, expected.nodes.length);
    assert.equal(job.result.links, expected.links.length);
    assert.equal(job.result.workSrid, 32616);
    const info = (await request(app).get('/api/networks/ky4').expect(200)).body;
    assert.equal(info.sourceCrs, 'EPSG:3089');
    assert.equal(info.importReport.files[0].file, 'ky4.inp');
  });

  test('bad uploads: an unknown format is refused at once, a file that is not a network fails its job and stores nothing', async () => {
    const refused = await request(app).post('/api/networks').field('format', 'dxf').attach('file', Buffer.from('x'), 'a.inp').expect(400);
    assert.match(refused.body.detail, /format "dxf" is not one of epanet, swmm, cjj61/);
    const before = (await request(app).get('/api/networks').expect(200)).body.networks.length;
    const accepted = await request(app).post('/api/networks').field('format', 'epanet').attach('file', Buffer.from('[TITLE]\nnot a network\n'), 'empty.inp').expect(202);
    const job = await finish(accepted.body.jobId);
    assert.equal(job.status, 'failed');
    assert.match(job.error!.detail, /no \[JUNCTIONS\]/);
    assert.equal((await request(app).get('/api/networks').expect(200)).body.networks.length, before);
  });
});
