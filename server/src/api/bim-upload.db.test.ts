import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { zipSync } from 'fflate';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { createApp } from './create-app.ts';

const IFC_DIR = path.resolve(import.meta.dirname, '../../../../shared/data/ifc');
const hasIfc = await fs.stat(IFC_DIR).then(() => true, () => false);

async function leftoverUploads(): Promise<string[]> {
  return (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith('cimtwin-upload-'));
}

describe('IFC upload through the API', { skip: !hasIfc && 'reference IFC files not beside the project' }, () => {
  let db: Database;
  let app: Express;
  let house: Buffer;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend, maxUploadBytes: 1024 * 1024 });
    house = await fs.readFile(path.join(IFC_DIR, 'IfcOpenHouse_IFC4.ifc'));
  });
  after(async () => {
    await db.close();
  });

  test('an upload becomes a job that imports, stores and tiles the model', async () => {
    const before = await leftoverUploads();
    const accepted = await request(app)
      .post('/api/bim/models')
      .field('name', '示例住宅')
      .field('origin', '121.5041,31.2376,3')
      .field('rotation', '30')
      .field('overrideGeoreference', 'true')
      .attach('file', house, 'IfcOpenHouse_IFC4.ifc')
      .expect(202);
    assert.match(accepted.headers.location, /\/api\/jobs\/[0-9a-f-]{36}$/);
    let job = accepted.body;
    const deadline = Date.now() + 120_000;
    while (job.status !== 'succeeded' && job.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = (await request(app).get(`/api/jobs/${accepted.body.jobId}`).expect(200)).body;
    }
    assert.equal(job.status, 'succeeded', JSON.stringify(job.error));
    assert.equal(job.progress, 1);
    assert.equal(job.result.name, '示例住宅');
    assert.equal(job.result.georeference.method, 'user');
    const modelId = job.result.modelId as string;
    const model = await request(app).get(`/api/bim/models/${modelId}`).expect(200);
    assert.equal(model.body.schema, 'IFC4');
    assert.ok(model.body.elementCount > 10);
    assert.match(model.body.tilesets.elements, /tileset\.json\?v=/);
    const [west, south, east, north] = model.body.bbox;
    assert.ok(west > 121.503 && east < 121.506 && south > 31.236 && north < 31.239, model.body.bbox.join());
    assert.deepEqual(await leftoverUploads(), before, 'the uploaded file is removed after the job');
  });

  test('bad uploads get 4xx problem+json naming the problem, store nothing, and the server keeps running', async () => {
    const models = async (): Promise<number> => Number((await db.knex('bim_models').count({ n: '*' }))[0].n);
    const jobs = async (): Promise<number> => Number((await db.knex('jobs').count({ n: '*' }))[0].n);
    const [modelsBefore, jobsBefore, uploadsBefore] = [await models(), await jobs(), await leftoverUploads()];
    const text = house.toString('latin1');
    const bomb = zipSync({ 'big.ifc': new Uint8Array(40 * 1024 * 1024) });
    const cases: Array<[string, Buffer | Uint8Array, number, RegExp]> = [
      ['picture.ifc', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 400, /picture\.ifc/],
      ['truncated.ifc', Buffer.from(text.slice(0, Math.floor(text.length / 2)), 'latin1'), 400, /truncated|END-ISO-10303-21|ends/i],
      ['future.ifc', Buffer.from(text.replace(/FILE_SCHEMA\s*\(\s*\(\s*'IFC4'\s*\)\s*\)/, "FILE_SCHEMA(('IFC9'))"), 'latin1'), 400, /IFC9/],
      ['notzip.ifczip', Buffer.from('PK\u0003\u0004 this is not really a zip'), 400, /zip/i],
      ['bomb.ifczip', bomb, 413, /inflate|limit|large/i],
    ];
    for (const [name, bytes, status, detail] of cases) {
      const res = await request(app).post('/api/bim/models').attach('file', Buffer.from(bytes), name);
      assert.match(res.headers['content-type'], /application\/problem\+json/, name);
      const body = JSON.parse(res.text);
      assert.equal(res.status, status, `${name}: ${body.detail}`);
      assert.match(body.detail, detail, name);
    }
    const tooLarge = await request(app).post('/api/bim/models').attach('file', Buffer.alloc(2 * 1024 * 1024, 32), 'huge.ifc');
    assert.equal(tooLarge.status, 413);
    assert.match(JSON.parse(tooLarge.text).detail, /larger than the upload limit/);
    const json = await request(app).post('/api/bim/models').send({ file: 'x' });
    assert.equal(json.status, 415);
    const noFile = await request(app).post('/api/bim/models').field('name', 'x');
    assert.equal(noFile.status, 400);
    const badOrigin = await request(app).post('/api/bim/models').field('origin', 'Shanghai').attach('file', house, 'house.ifc');
    assert.equal(badOrigin.status, 400);
    assert.match(JSON.parse(badOrigin.text).detail, /--origin "Shanghai"/);

    assert.equal(await models(), modelsBefore);
    assert.equal(await jobs(), jobsBefore, 'no job is created for a refused upload');
    assert.deepEqual(await leftoverUploads(), uploadsBefore);
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/jobs/00000000-0000-4000-8000-000000000000').expect(404);
  });
});
