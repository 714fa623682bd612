import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { Review } from '@cimtwin/schemas';
import { createApp } from './create-app.ts';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { importIfcModel } from '../bim/import-ifc-model.ts';
import { readBcfTopics } from '../review/report/index.ts';

const IFC_DIR = path.resolve(import.meta.dirname, '../../../../shared/data/ifc');
const IDS = path.resolve(import.meta.dirname, '../../../data-samples/ids/residential-handover.ids');
const hasIfc = await fs.stat(IFC_DIR).then(() => true, () => false);

describe('BIM review through the API', { skip: !hasIfc && 'reference IFC files not beside the project' }, () => {
  let db: Database;
  let app: Express;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
    await importIfcModel(db.knex, storage, path.join(IFC_DIR, 'AC20-FZK-Haus.ifc'), {
      placement: { origin: [121.5055, 31.2335, 4], rotationDeg: 0 },
      overrideGeoreference: true,
    });
  });
  after(async () => {
    await db.close();
  });

  /** Polls a review job to its end and returns the stored review. */
  async function finish(jobId: string): Promise<Review> {
    for (let i = 0; i < 300; i++) {
      const job = (await request(app).get(`/api/jobs/${jobId}`).expect(200)).body;
      if (job.status === 'failed') assert.fail(`review job failed: ${JSON.stringify(job.error)}`);
      if (job.status === 'succeeded') return Review.parse((await request(app).get(`/api/reviews/${job.result.reviewId}`).expect(200)).body);
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.fail('the review job did not finish');
  }

  test('an IDS upload reviews the model: measured values, feature ids, HTML and BCF', async () => {
    const accepted = await request(app).post('/api/reviews').field('modelId', 'ac20-fzk-haus').attach('ids', IDS).expect(202);
    const review = await finish(accepted.body.jobId);
    assert.equal(review.verdict, 'fail');
    const report = review.reports[0];
    assert.equal(report.ruleSet.kind, 'ids');
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    // AC20-FZK-Haus: 5 doors, 2 of them at least 0.9 m wide; 7 named spaces; walls without Pset_WallCommon.IsExternal.
    assert.deepEqual([byId.get('D-01')?.status, byId.get('D-01')?.applicable, byId.get('D-01')?.passed], ['fail', 5, 2]);
    assert.deepEqual([byId.get('S-01')?.status, byId.get('S-01')?.passed], ['pass', 7]);
    assert.equal(byId.get('W-01')?.status, 'fail');
    const door = report.findings.find((f) => f.checkId === 'D-01' && f.name === 'Innentuer-1');
    assert.ok(door, 'the narrow inner door is a finding');
    assert.equal(Number(door.measured), 0.885);
    const elements = (await request(app).get(`/api/reviews/${review.id}`).expect(200)).body.elements as Record<string, number>;
    const row = await db.knex('bim_elements').where({ model_id: 'ac20-fzk-haus', global_id: door.globalId }).first('id');
    assert.equal(elements[door.globalId!], Number(row.id), 'findings resolve to the tile feature id');

    const html = await request(app).get(`/api/reviews/${review.id}?format=html`).expect(200).expect('content-type', /text\/html/);
    assert.match(html.text, new RegExp(door.globalId!.replace(/\$/g, '\\$')));
    const bcf = await request(app).get(`/api/reviews/${review.id}?format=bcf`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const topics = readBcfTopics(new Uint8Array(bcf.body as Buffer));
    assert.ok(topics.some((t) => t.ifcGuids.includes(door.globalId!)), 'the BCF has a topic selecting the door');

    const list = (await request(app).get('/api/bim/models/ac20-fzk-haus/reviews').expect(200)).body.reviews;
    assert.equal(list[0].id, review.id);
  });

  test('a rule pack runs from a JSON request', async () => {
    const packs = (await request(app).get('/api/reviews/rule-packs').expect(200)).body.rulePacks as Array<{ id: string }>;
    assert.ok(packs.some((p) => p.id === 'gb-50352'), packs.map((p) => p.id).join());
    const accepted = await request(app).post('/api/reviews').send({ modelId: 'ac20-fzk-haus', rulePacks: ['gb-50352'] }).expect(202);
    const review = await finish(accepted.body.jobId);
    assert.equal(review.reports[0].ruleSet.kind, 'rule-pack');
    assert.equal(review.reports[0].ruleSet.id, 'gb-50352');
    assert.ok(review.reports[0].checks.length > 0);
  });

  test('bad requests are refused before any job starts', async () => {
    const jobs = Number((await db.knex('jobs').count({ n: '*' }))[0].n);
    const invalid = await request(app).post('/api/reviews').field('modelId', 'ac20-fzk-haus').attach('ids', Buffer.from('<ids xmlns="http://standards.buildingsmart.org/IDS"><info/></ids>'), 'broken.ids').expect(400);
    assert.match(invalid.body.detail, /line \d+/i);
    await request(app).post('/api/reviews').send({ modelId: 'nope', rulePacks: ['gb-50352'] }).expect(404);
    const unknown = await request(app).post('/api/reviews').send({ modelId: 'ac20-fzk-haus', rulePacks: ['gb-99999'] }).expect(400);
    assert.match(unknown.body.detail, /unknown rule pack "gb-99999".*gb-50352/);
    await request(app).post('/api/reviews').send({ modelId: 'ac20-fzk-haus' }).expect(400);
    await request(app).post('/api/reviews').set('content-type', 'text/plain').send('x').expect(415);
    assert.equal(Number((await db.knex('jobs').count({ n: '*' }))[0].n), jobs);
  });
});
