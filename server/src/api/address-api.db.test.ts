import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { createApp } from './create-app.ts';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { importLayer } from '../import/import-layer.ts';
import { importAddresses, type AddressImportReport } from '../addresses/import/import-addresses.ts';
import { divisionResolver } from '../addresses/import/resolve-divisions.ts';
import { divisionGazetteer } from '../addresses/parse/division-gazetteer.ts';

// The sample district's address library (OSM door plates and the generated units and rooms)
// over its real buildings layer, through the API.

describe('standard addresses through the API', () => {
  let db: Database;
  let app: Express;
  let report: AddressImportReport;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
    const buildings = SAMPLE_DISTRICT.layers.find((layer) => layer.id === 'buildings')!;
    await importLayer(db.knex, buildings.file, { layerId: 'buildings', title: buildings.title, kind: 'buildings' });
    report = await importAddresses(db.knex, SAMPLE_DISTRICT.addresses.files, {
      sourceId: SAMPLE_DISTRICT.addresses.id,
      linkLayerId: 'buildings',
      resolveDivisions: divisionResolver(divisionGazetteer()),
    });
  }, { timeout: 300_000 });
  after(async () => db?.close());

  test('pg_trgm sees Chinese characters (the server needs a UTF-8 LC_CTYPE)', async () => {
    const row = (await db.knex.raw(`SELECT similarity('中山东一路18号', '中山东路18号') AS s`)).rows[0];
    assert.ok(row.s > 0.3, `similarity ${row.s}: initialise the database with a UTF-8 locale (initdb --locale=C.UTF-8)`);
  });

  test('the import stores every row with divisions, codes and building links', async () => {
    const lines = (await Promise.all(SAMPLE_DISTRICT.addresses.files.map((file) => fs.readFile(file, 'utf8')))).reduce((sum, text) => sum + text.trim().split('\n').length - 1, 0);
    assert.equal(report.stored, lines);
    assert.equal(report.codesAssigned, lines);
    assert.ok((report.byLevel.room ?? 0) > 1000 && (report.byLevel.roadNo ?? 0) > 1000, JSON.stringify(report.byLevel));
    assert.ok(report.linkedToBuildings >= (report.byLevel.roadNo ?? 0) * 0.95, `${report.linkedToBuildings} linked`);
    const codes = await db.knex('standard_addresses').whereNull('division_code').count({ n: '*' });
    assert.equal(Number(codes[0].n), 0);
  });

  test('a door plate by code: elements, GB/T 2260 division, point on its building, parent of its rooms', async () => {
    const search = await request(app).get('/api/addresses/search').query({ q: '中山东一路18号' }).expect(200);
    const top = search.body.results[0];
    assert.equal(top.label, '中山东一路18号');
    assert.equal(top.level, 'roadNo');
    assert.match(top.code, /^310101013000-\d{5}-\d{5}$/);
    const address = (await request(app).get(`/api/addresses/${top.code}`).expect(200)).body;
    assert.equal(address.fullText, '上海市黄浦区外滩街道中山东一路18号');
    assert.deepEqual(address.elements, { province: '上海市', city: '上海市', district: '黄浦区', town: '外滩街道', road: '中山东一路', roadNo: '18号' });
    assert.deepEqual(address.aliases, ['外滩18号']);
    assert.equal(address.building.layerId, 'buildings');
    const feature = await db.knex('features').where({ id: address.building.featureId }).first('source_id');
    assert.equal(feature.source_id, '177999038');
    assert.ok(Math.abs(address.point[0] - 121.4854) < 0.001 && Math.abs(address.point[1] - 31.2403) < 0.001, String(address.point));
    await request(app).get('/api/addresses/0000-unknown').expect(404);
  });

  test('search: prefixes, aliases, typos, pinyin and initials; rooms only when asked for', async () => {
    const prefix = (await request(app).get('/api/addresses/search').query({ q: '中山东一路1' }).expect(200)).body.results;
    assert.ok(prefix.length > 0 && prefix.every((r: { label: string; level: string }) => r.label.startsWith('中山东一路1') && r.level === 'roadNo'), JSON.stringify(prefix.slice(0, 3)));
    const alias = (await request(app).get('/api/addresses/search').query({ q: '外滩18号' }).expect(200)).body.results;
    assert.equal(alias[0].label, '中山东一路18号');
    const typo = (await request(app).get('/api/addresses/search').query({ q: '中山东路18号' }).expect(200)).body.results;
    assert.ok(typo.some((r: { label: string }) => r.label === '中山东一路18号'), JSON.stringify(typo.map((r: { label: string }) => r.label)));
    const fullWidth = (await request(app).get('/api/addresses/search').query({ q: '中山东一路１８号' }).expect(200)).body.results;
    assert.equal(fullWidth[0].label, '中山东一路18号');
    const pinyin = (await request(app).get('/api/addresses/search').query({ q: 'zhongshandongyilu18' }).expect(200)).body.results;
    assert.equal(pinyin[0].label, '中山东一路18号');
    const initials = (await request(app).get('/api/addresses/search').query({ q: 'zsdyl18' }).expect(200)).body.results;
    assert.equal(initials[0].label, '中山东一路18号');
    const room = await db.knex('standard_addresses').where({ level: 'room' }).orderBy('code').first('label');
    const rooms = (await request(app).get('/api/addresses/search').query({ q: room.label }).expect(200)).body.results;
    assert.equal(rooms[0].label, room.label);
    assert.equal(rooms[0].level, 'room');
    const empty = await request(app).get('/api/addresses/search').query({ q: ' ' }).expect(400);
    assert.match(empty.body.detail, /empty/);
  });

  test('geocode: full, abbreviated and deeper than the library texts find the door plate at the level they agree on', async () => {
    const full = (await request(app).get('/api/addresses/geocode').query({ q: '上海市黄浦区中山东一路18号' }).expect(200)).body;
    assert.equal(full.match.fullText, '上海市黄浦区外滩街道中山东一路18号');
    assert.equal(full.matchLevel, 'roadNo');
    assert.ok(full.confidence > 0.6, String(full.confidence));
    const short = (await request(app).get('/api/addresses/geocode').query({ q: '沪黄浦中山东一路18号' }).expect(200)).body;
    assert.equal(short.match?.code, full.match.code);
    const deeper = (await request(app).get('/api/addresses/geocode').query({ q: '上海市黄浦区中山东一路18号5楼' }).expect(200)).body;
    assert.equal(deeper.match?.code, full.match.code);
    assert.equal(deeper.matchLevel, 'roadNo');
    assert.ok(deeper.confidence < full.confidence);
    const wrongDistrict = (await request(app).get('/api/addresses/geocode').query({ q: '上海市浦东新区中山东一路18号' }).expect(200)).body;
    assert.notEqual(wrongDistrict.matchLevel, 'roadNo');
  });

  test('parse: elements with division codes and where each stood in the text', async () => {
    const parsed = (await request(app).get('/api/addresses/parse').query({ q: '地址：上海黄浦中山东一路１８号' }).expect(200)).body;
    assert.deepEqual(parsed.elements, { province: '上海市', city: '上海市', district: '黄浦区', road: '中山东一路', roadNo: '18号' });
    assert.deepEqual(parsed.codes, { province: '31', city: '3101', district: '310101' });
    const road = parsed.details.find((detail: { level: string }) => detail.level === 'road');
    assert.equal(parsed.normalized.slice(road.start, road.end), '中山东一路');
    assert.equal(parsed.level, 'roadNo');
    await request(app).get('/api/addresses/parse').expect(400);
  });

  test('reverse geocode: a point inside a building answers its door plate; far from any, 404', async () => {
    const plate = await db.knex.raw(`SELECT a.code, ST_X(ST_PointOnSurface(f.geom)) AS lon, ST_Y(ST_PointOnSurface(f.geom)) AS lat FROM standard_addresses a
      JOIN features f ON f.layer_id = a.building_layer_id AND f.source_id = a.building_source_id WHERE a.label = '中山东一路18号'`);
    const { code, lon, lat } = plate.rows[0];
    const found = (await request(app).get('/api/addresses/reverse').query({ lon, lat }).expect(200)).body;
    assert.equal(found.address.code, code);
    assert.equal(found.building.contains, true);
    assert.ok(found.distance < 60, String(found.distance));
    await request(app).get('/api/addresses/reverse').query({ lon: 121.3, lat: 31.1 }).expect(404);
    const bad = await request(app).get('/api/addresses/reverse').query({ lon: 500, lat: 31.1 }).expect(400);
    assert.match(bad.body.detail, /WGS 84/);
  });

  test('a building lists its door plates and counts its units and rooms', async () => {
    const room = await db.knex('standard_addresses').where({ level: 'room' }).whereNotNull('building_source_id').orderBy('code').first('building_source_id');
    const feature = await db.knex('features').where({ layer_id: 'buildings', source_id: room.building_source_id }).first('id');
    const body = (await request(app).get('/api/addresses').query({ layerId: 'buildings', featureId: feature.id }).expect(200)).body;
    assert.ok(body.addresses.length >= 1 && body.addresses.every((a: { level: string }) => a.level === 'roadNo'));
    assert.ok(body.counts.room > 0 && body.counts.unit > 0, JSON.stringify(body.counts));
  });

  test('batch: a CSV comes back with the match columns, rows in order', async () => {
    const csv = 'id,地址\n1,上海市黄浦区中山东一路18号\n2,不存在的地方\n3,"浦东新区世纪大道100号"\n';
    const response = await request(app).post('/api/addresses/batch').set('content-type', 'text/csv').send(csv).expect(200);
    assert.match(response.headers['content-type'], /text\/csv/);
    const lines = response.text.trim().split(/\r?\n/);
    assert.equal(lines[0], 'id,地址,match_code,match_address,match_level,confidence,lon,lat');
    assert.equal(lines.length, 4);
    assert.match(lines[1], /^1,上海市黄浦区中山东一路18号,310101013000-\d{5}-\d{5},上海市黄浦区外滩街道中山东一路18号,roadNo,/);
    assert.match(lines[3], /^3,浦东新区世纪大道100号,310115005000-/);
    assert.equal(response.headers['x-rows'], '3');
    const bad = await request(app).post('/api/addresses/batch').set('content-type', 'application/json').send('{}').expect(400);
    assert.match(bad.body.detail, /text\/csv/);
  });

  test('a malformed table is refused with its row, and the library keeps what it had', async () => {
    const before = await db.knex('standard_addresses').count({ n: '*' });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-address-'));
    const file = path.join(dir, 'bad.csv');
    await fs.writeFile(file, 'district,road,roadNo,lon,lat\n黄浦区,中山东一路,1号,121.49,31.24\n黄浦区,中山东一路,2号,1210.49,31.24\n');
    await assert.rejects(
      importAddresses(db.knex, [file], { sourceId: SAMPLE_DISTRICT.addresses.id, resolveDivisions: divisionResolver(divisionGazetteer()) }),
      /row 3 has lon 1210.49/,
    );
    const afterCount = await db.knex('standard_addresses').count({ n: '*' });
    assert.equal(Number(afterCount[0].n), Number(before[0].n));
    await fs.rm(dir, { recursive: true, force: true });
  });
});
