import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { validateBytes } from 'gltf-validator';
import { decodeTileGlb } from '@cimtwin/tiler';
import type { Express } from 'express';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import type { Database } from '../db/open-database.ts';
import { importLayer } from '../import/import-layer.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { tileLayer } from '../tiles/tile-layer.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { createApp } from './create-app.ts';

const file = (id: string): string => SAMPLE_DISTRICT.layers.find((l) => l.id === id)!.file;

describe('API', () => {
  let db: Database;
  let app: Express;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    await importLayer(db.knex, file('buildings'), { layerId: 'buildings', title: '建筑', kind: 'buildings' });
    await importLayer(db.knex, file('water'), { layerId: 'water', title: '水系', kind: 'water' });
    await tileLayer(db.knex, storage, 'buildings');
    app = createApp({ knex: db.knex, tiles: storage, logger: silentLogger(), maxPageSize: 500, backend: db.backend });
  });
  after(async () => {
    await db.close();
  });

  test('landing page links the API definition, conformance and data', async () => {
    const res = await request(app).get('/api/').expect(200).expect('content-type', /json/);
    const rels = res.body.links.map((l: { rel: string }) => l.rel);
    for (const rel of ['self', 'service-desc', 'service-doc', 'conformance', 'data']) assert.ok(rels.includes(rel), rel);
  });

  test('conformance lists OGC API - Features core and GeoJSON', async () => {
    const res = await request(app).get('/api/conformance').expect(200);
    assert.ok(res.body.conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core'));
    assert.ok(res.body.conformsTo.includes('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson'));
  });

  test('collections carry extent, items link and the tileset of tiled layers', async () => {
    const res = await request(app).get('/api/collections').expect(200);
    const ids = res.body.collections.map((c: { id: string }) => c.id).sort();
    assert.deepEqual(ids, ['buildings', 'water']);
    const buildings = res.body.collections.find((c: { id: string }) => c.id === 'buildings');
    assert.equal(buildings.title, '建筑');
    assert.equal(buildings.itemType, 'feature');
    assert.equal(buildings.cimtwin.kind, 'buildings');
    assert.equal(buildings.cimtwin.featureCount, 1450);
    const [x0, y0, x1, y1] = buildings.extent.spatial.bbox[0];
    assert.ok(x0 > 121.47 && x1 < 121.53 && y0 > 31.22 && y1 < 31.26);
    assert.match(buildings.cimtwin.tileset, /\/api\/tilesets\/buildings\/tileset\.json\?v=/);
    assert.ok(buildings.links.some((l: { rel: string }) => l.rel === 'items'));
    const water = res.body.collections.find((c: { id: string }) => c.id === 'water');
    assert.equal(water.cimtwin.tileset, undefined, 'water was not tiled');
  });

  test('items page with numberMatched, numberReturned and next/prev links', async () => {
    const first = await request(app).get('/api/collections/buildings/items?limit=100').expect(200).expect('content-type', /application\/geo\+json/);
    assert.equal(first.body.type, 'FeatureCollection');
    assert.equal(first.body.numberMatched, 1450);
    assert.equal(first.body.numberReturned, 100);
    const next = first.body.links.find((l: { rel: string }) => l.rel === 'next');
    assert.ok(next, 'next link');
    const nextUrl = new URL(next.href);
    assert.equal(nextUrl.searchParams.get('offset'), '100');
    const second = await request(app).get(nextUrl.pathname + nextUrl.search).expect(200);
    assert.equal(second.body.features[0].id > first.body.features[99].id, true);
    assert.ok(second.body.links.some((l: { rel: string }) => l.rel === 'prev'));
    const last = await request(app).get('/api/collections/buildings/items?limit=100&offset=1400').expect(200);
    assert.equal(last.body.numberReturned, 50);
    assert.ok(!last.body.links.some((l: { rel: string }) => l.rel === 'next'));
  });

  test('bbox, property filters and name search narrow the items', async () => {
    const bbox = '121.491,31.239,121.494,31.242';
    const inBox = await request(app).get(`/api/collections/buildings/items?bbox=${bbox}&limit=500`).expect(200);
    assert.ok(inBox.body.numberMatched > 0 && inBox.body.numberMatched < 1450);
    const expected = await db.knex.raw(`SELECT count(*)::int AS n FROM features WHERE layer_id = 'buildings' AND ST_Intersects(geom, ST_MakeEnvelope(121.491, 31.239, 121.494, 31.242, 4326))`);
    assert.equal(inBox.body.numberMatched, expected.rows[0].n);
    const byName = await request(app).get(`/api/collections/buildings/items?name=${encodeURIComponent('上海国际会议中心')}`).expect(200);
    assert.equal(byName.body.numberMatched, 1);
    assert.equal(byName.body.features[0].properties.height, 20);
    assert.equal(byName.body.features[0].properties['name:en'], 'Shanghai International Convention Center');
    const byAttribute = await request(app).get('/api/collections/buildings/items?roof_shape=flat&limit=1').expect(200);
    assert.ok(byAttribute.body.numberMatched > 0);
    const bySource = await request(app).get('/api/collections/buildings/items?height_source=height&limit=1').expect(200);
    assert.equal(bySource.body.numberMatched, (await db.knex('features').where({ layer_id: 'buildings', height_source: 'height' }).count({ n: '*' }))[0].n);
    const search = await request(app).get(`/api/collections/buildings/items?q=${encodeURIComponent('会议')}`).expect(200);
    assert.ok(search.body.features.some((f: { properties: { name: string } }) => f.properties.name === '上海国际会议中心'));
  });

  test('one feature by id, as every tile feature refers to it', async () => {
    const row = await db.knex('features').where({ layer_id: 'buildings', name: '上海国际会议中心' }).first('id');
    const res = await request(app).get(`/api/collections/buildings/items/${row.id}`).expect(200);
    assert.equal(res.body.id, row.id);
    assert.equal(res.body.geometry.type, 'Polygon');
    assert.equal(res.body.properties.source_id, '40778072');
    assert.equal(res.body.properties.height_source, 'height');
  });

  test('bad requests get RFC 9457 problem+json that says what to fix', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['/api/collections/nope', 404, /no collection "nope"/],
      ['/api/collections/buildings/items/999999', 404, /has no feature 999999/],
      ['/api/collections/buildings/items?bbox=1,2,3', 400, /bbox takes 4 numbers/],
      ['/api/collections/buildings/items?limit=0', 400, /limit/],
      ['/api/collections/buildings/items?limit=100000', 400, /limit/],
      ['/api/collections/buildings/items?colour=red', 400, /"colour" is not a property of layer buildings/],
      ['/api/collections/buildings/items?height=tall', 400, /height takes a number/],
      ['/api/collections/buildings/items/abc', 400, /featureId/],
      ['/api/nowhere', 404, /no resource/],
    ];
    for (const [url, status, detail] of cases) {
      const res = await request(app).get(url).expect(status);
      assert.match(res.headers['content-type'], /application\/problem\+json/, url);
      const body = JSON.parse(res.text);
      assert.equal(body.status, status, url);
      assert.match(body.detail, detail, url);
      assert.equal(body.stack, undefined);
    }
  });

  test('OpenAPI 3.1 document from the route schemas, and a docs page', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    const doc = JSON.parse(res.text);
    assert.equal(doc.openapi, '3.1.0');
    const items = doc.paths['/collections/{collectionId}/items'].get;
    const names = items.parameters.map((p: { name: string }) => p.name);
    for (const name of ['collectionId', 'bbox', 'limit', 'offset']) assert.ok(names.includes(name), name);
    const limit = items.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.equal(limit.schema.maximum, 500);
    assert.ok(doc.paths['/tilesets/{tilesetId}/{key}']);
    const docs = await request(app).get('/api/docs').expect(200).expect('content-type', /html/);
    assert.match(docs.text, /swagger-ui/);
    await request(app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });

  test('tilesets: tileset.json and contents with ETag, 304 and compression', async () => {
    const list = await request(app).get('/api/tilesets').expect(200);
    assert.equal(list.body.tilesets.length, 1);
    const info = list.body.tilesets[0];
    assert.equal(info.id, 'buildings');
    assert.equal(info.builtFromVersion, 1);
    const url = new URL(info.url);
    const tileset = await request(app).get(url.pathname + url.search).expect(200);
    assert.match(tileset.headers['cache-control'], /immutable/);
    const json = JSON.parse(tileset.text);
    assert.equal(json.asset.version, '1.1');
    const uris: string[] = [];
    const walk = (tile: { content?: { uri: string }; children?: unknown[] }): void => {
      if (tile.content) uris.push(tile.content.uri);
      for (const child of tile.children ?? []) walk(child as typeof tile);
    };
    walk(json.root);
    assert.ok(uris.length > 0);
    const glb = await request(app).get(`/api/tilesets/buildings/${uris[0]}`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).set('accept-encoding', 'gzip').expect(200).expect('content-type', 'model/gltf-binary');
    assert.equal(glb.headers['content-encoding'], 'gzip');
    const bytes = new Uint8Array(glb.body as Buffer);
    assert.equal((glb.body as Buffer).subarray(0, 4).toString('latin1'), 'glTF');
    const validation = await validateBytes(bytes);
    assert.equal(validation.issues.numErrors, 0, JSON.stringify(validation.issues.messages.slice(0, 3)));
    const decoded = await decodeTileGlb(bytes);
    const centre = await db.knex('features').where({ layer_id: 'buildings', name: '上海国际会议中心' }).first('id', 'height');
    const row = decoded.rows.find((r: Record<string, unknown>) => r.id === centre.id);
    assert.ok(row, 'the tile feature carries the row id of its database row');
    assert.equal(row.name, '上海国际会议中心');
    assert.ok(Math.abs(Number(row.height) - centre.height) < 1e-3);
    assert.equal(glb.headers['cache-control'], 'no-cache');
    const etag = glb.headers.etag;
    assert.ok(etag);
    await request(app).get(`/api/tilesets/buildings/${uris[0]}`).set('if-none-match', etag).expect(304);
    await request(app).get('/api/tilesets/buildings/tiles/nope.glb').expect(404);
    await request(app).get('/api/tilesets/roads/tileset.json').expect(404);
  });

  test('health reports the database', async () => {
    const res = await request(app).get('/api/health').expect(200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.layers, 2);
  });
});
