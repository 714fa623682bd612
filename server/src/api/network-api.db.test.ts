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
import proj4 from 'proj4';
import { XMLParser } from 'fast-xml-parser';
import { clearanceFixture, CLEARANCE_FIXTURE_ORIGIN } from '../networks/testing/clearance-fixture.ts';
import { proj4Definition } from '../networks/store/work-crs.ts';
import { networkDataPath, readNetworkData, skipWithoutNetworkData } from '../networks/testing/network-data.ts';

// The hand-drawn network of networks/testing, drawn 100 m to a unit in CGCS2000 Gauss-Krüger
// CM 120°E near Lujiazui, so its answers (worked out on paper in isolate.test.ts) come back
// through the API with geometry in WGS 84.

const ORIGIN = [642_000, 3_456_000];

/** Reads a response body as text, whatever its type. */
function readText(res: request.Response, done: (error: Error | null, body: string) => void): void {
  let text = '';
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
}

describe('pipe network analyses through the API', () => {
  let db: Database;
  let app: Express;
  /** Fixture metres east and north of the clearance fixture's origin, as longitude/latitude. */
  let toLonLat: (x: number, y: number) => [number, number];
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
    const network = handDrawnNetwork();
    network.crs = 'EPSG:4549';
    for (const node of network.nodes) [node.x, node.y] = [ORIGIN[0] + node.x! * 100, ORIGIN[1] + node.y! * 100];
    const work = await chooseWorkCrs(db.knex, network);
    const street = clearanceFixture();
    await storeNetwork(db.knex, street, await chooseWorkCrs(db.knex, street), { id: 'street', name: 'street', sourceCrs: 'EPSG:4549', qaReport: {}, importReport: {} });
    const gk = proj4(await proj4Definition(db.knex, 4549), 'EPSG:4326');
    toLonLat = (x, y) => gk.forward([CLEARANCE_FIXTURE_ORIGIN[0] + x, CLEARANCE_FIXTURE_ORIGIN[1] + y]) as [number, number];
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
    const vn1Feature = body.geojson.features.find((f: { properties: Record<string, unknown> }) => f.properties.nodeId === 'VN1');
    assert.equal(vn1Feature.id, 2 ** 31 + vn1Feature.properties.rowId, 'point features carry their tile feature id');
    assert.deepEqual(roleOf('linkId', 'p5'), ['isolated']);
    const p5 = body.geojson.features.find((f: { properties: Record<string, unknown> }) => f.properties.linkId === 'p5');
    assert.equal(p5.geometry.type, 'LineString');
    assert.equal(typeof p5.id, 'number');

    // an element by id, and by its tile feature id
    const vn1 = (await request(app).get('/api/networks/hand/elements/VN1').expect(200)).body;
    assert.deepEqual([vn1.properties.element, vn1.properties.kind, vn1.geometry.type], ['node', 'valve', 'Point']);
    assert.equal(vn1.id, 2 ** 31 + vn1.properties.rowId);
    const byFeature = (await request(app).get(`/api/networks/hand/elements/%23${p5.id}`).expect(200)).body;
    assert.deepEqual([byFeature.properties.linkId, byFeature.properties.from, byFeature.properties.to, byFeature.properties.diameter], ['p5', 'J2', 'J6', 0.2]);
    assert.equal((await request(app).get(`/api/networks/hand/elements/%23${vn1.id}`).expect(200)).body.properties.nodeId, 'VN1');
    await request(app).get('/api/networks/hand/elements/nope').expect(404);

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
    // the pipes are 3D Tiles: one feature per segment and per drawn point structure
    assert.ok(job.result.tileset.tiles > 0);
    assert.ok(job.result.tileset.elements >= expected.links.length - (job.result.tileset.skipped["zero length"] ?? 0), `${job.result.tileset.elements} elements tiled of ${expected.links.length} links; skipped ${JSON.stringify(job.result.tileset.skipped)}`);
    const tileset = (await request(app).get(new URL(info.tileset).pathname + new URL(info.tileset).search).expect(200)).body;
    assert.equal(tileset.asset.version, '1.1');
    assert.ok(tileset.root.transform, 'placed by a root transform at the network');
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

  test('clearance check: measured and required distances against GB 50289, located in WGS 84', async () => {
    const { body } = await request(app).post('/api/networks/street/clearance').send({}).expect(200);
    const w1g1 = body.violations.find((v: { linkA: string; linkB: string }) => [v.linkA, v.linkB].sort().join() === 'G1,W1');
    assert.deepEqual([w1g1.kind, w1g1.measured, w1g1.required], ['horizontal', 0.975, 1.5]);
    const [lon, lat] = toLonLat(w1g1.atNetwork[0] - CLEARANCE_FIXTURE_ORIGIN[0], w1g1.atNetwork[1] - CLEARANCE_FIXTURE_ORIGIN[1]);
    assert.ok(Math.abs(w1g1.at[0] - lon) < 1e-7 && Math.abs(w1g1.at[1] - lat) < 1e-7);
    assert.ok(!body.violations.some((v: { linkA: string; linkB: string }) => [v.linkA, v.linkB].sort().join() === 'G2,W2'), 'the compliant pair is not reported');
    assert.ok(body.geojson.features.some((f: { properties: { linkId: string; roles: string[] } }) => f.properties.linkId === 'G1' && f.properties.roles.includes('clearance-horizontal')));
    // limited to a box around the drain and duct crossing: only that one is left
    const box = [...toLonLat(30, 55), ...toLonLat(70, 85)];
    const boxed = (await request(app).post('/api/networks/street/clearance').send({ bbox: box }).expect(200)).body;
    assert.deepEqual(boxed.violations.map((v: { kind: string; measured: number; required: number }) => [v.kind, v.measured, v.required]), [['vertical', 0.1, 0.15]]);
    const bad = await request(app).post('/api/networks/street/clearance').send({ pipeTypes: ['XX'] }).expect(400);
    assert.match(bad.body.detail, /pipeTypes/);
  });

  test('cross-section across the street as JSON and as an SVG drawing', async () => {
    const line = [toLonLat(50, -5), toLonLat(50, 10)];
    const { body } = await request(app).post('/api/networks/street/cross-section').send({ line }).expect(200);
    assert.deepEqual(body.pipes.map((p: { linkId: string }) => p.linkId), ['W1', 'G1']);
    const w1 = body.pipes[0];
    assert.ok(Math.abs(w1.offset - 5) < 0.01, `W1 lies 5 m along the line, got ${w1.offset}`);
    assert.ok(Math.abs(w1.depthToTop - 1.0) < 1e-6);
    assert.equal(typeof w1.rowId, 'number');
    const svg = await request(app).post('/api/networks/street/cross-section?f=svg').send({ line, language: 'en' }).buffer(true).parse(readText).expect(200);
    assert.match(svg.headers['content-type'], /image\/svg\+xml/);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg.body);
    assert.equal(parsed.svg['@_xmlns'], 'http://www.w3.org/2000/svg');
    assert.match(svg.body, /DN300/);
    await request(app).post('/api/networks/street/cross-section').send({ line: [toLonLat(0, 0)] }).expect(400);
  });

  test('excavation impact: the pipes a pit reaches, with their owners', async () => {
    const polygon = [toLonLat(40, -3), toLonLat(60, -3), toLonLat(60, 3), toLonLat(40, 3)];
    const { body } = await request(app).post('/api/networks/street/excavation').send({ polygon, depth: 2 }).expect(200);
    assert.deepEqual(body.links.map((l: { linkId: string }) => l.linkId).sort(), ['G1', 'W1']);
    const w1 = body.links.find((l: { linkId: string }) => l.linkId === 'W1');
    assert.equal(w1.reached, true);
    assert.ok(Math.abs(w1.topDepth - 1.0) < 1e-6);
    assert.ok(body.geojson.features.every((f: { properties: { roles: string[] } }) => f.properties.roles.includes('reached')));
    const shallow = (await request(app).post('/api/networks/street/excavation').send({ polygon, depth: 0.5 }).expect(200)).body;
    assert.deepEqual(shallow.links, [], 'a 0.5 m pit stays above the 1.0 m deep pipes');
    await request(app).post('/api/networks/street/excavation').send({ polygon, depth: -1 }).expect(400);
    const local = await request(app).post('/api/networks/hand/excavation').send({ polygon, depth: 2 }).expect(200);
    assert.ok(Array.isArray(local.body.links));
  });
});
