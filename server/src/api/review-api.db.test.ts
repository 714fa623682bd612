import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { Review, ReviewDocument } from '@cimtwin/schemas';
import { createApp } from './create-app.ts';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { importIfcModel } from '../bim/import-ifc-model.ts';
import { readBcfTopics } from '../review/report/index.ts';
import { storeReview, summarizeReview } from '../review/run-review.ts';

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
    const document = ReviewDocument.parse((await request(app).get(`/api/reviews/${review.id}`).expect(200)).body);
    const row = await db.knex('bim_elements').where({ model_id: 'ac20-fzk-haus', global_id: door.globalId }).first('id');
    assert.equal(document.elements[door.globalId!], Number(row.id), 'findings resolve to the tile feature id');

    // Each check names the elements it looked at: every applicable element, once.
    for (const check of report.checks) {
      assert.equal(check.subjects?.length, check.applicable, `${check.id}: ${check.subjects?.length} subjects for ${check.applicable} applicable elements`);
      assert.equal(new Set(check.subjects).size, check.subjects?.length, `${check.id}: an element counted twice`);
    }
    // Per element: the narrow door fails, the two wide doors and the 7 spaces pass, the slabs are not applicable.
    const results = document.elementResults;
    assert.deepEqual(results[door.globalId!], { featureId: Number(row.id), status: 'fail' });
    const failedDoors = new Set(report.findings.filter((f) => f.checkId === 'D-01').map((f) => f.globalId));
    const wideDoors = byId.get('D-01')!.subjects!.filter((globalId) => !failedDoors.has(globalId));
    assert.equal(wideDoors.length, 2);
    for (const globalId of wideDoors) assert.equal(results[globalId]?.status, 'pass', `wide door ${globalId}`);
    for (const globalId of byId.get('S-01')!.subjects!) assert.equal(results[globalId]?.status, 'pass', `space ${globalId}`);
    const failing = new Set(report.findings.map((f) => f.globalId));
    const statuses = Object.values(results).map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 'fail').length, failing.size, 'one failing result per element with findings (13 walls, 3 doors)');
    assert.equal(failing.size, 16);
    assert.equal(statuses.filter((s) => s === 'pass').length, byId.get('D-01')!.passed + byId.get('S-01')!.passed);
    for (const [globalId, result] of Object.entries(results)) assert.equal(result.featureId, document.elements[globalId], `${globalId} has its tile feature id`);
    const slab = await db.knex('bim_elements').where({ model_id: 'ac20-fzk-haus', ifc_class: 'IfcSlab' }).first('global_id');
    assert.equal(results[slab.global_id], undefined, 'a slab is in no check scope: not applicable');

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

  test('rule packs report the elements each rule counted: passes, failures and the elements left out', async () => {
    const accepted = await request(app).post('/api/reviews').send({ modelId: 'ac20-fzk-haus', rulePacks: ['gb-50096'] }).expect(202);
    const review = await finish(accepted.body.jobId);
    const document = ReviewDocument.parse((await request(app).get(`/api/reviews/${review.id}`).expect(200)).body);
    const [report] = document.reports;
    const rooms = report.checks.find((c) => c.id === 'gb50096-room-area')!;
    const doors = report.checks.find((c) => c.id === 'gb50096-door-opening')!;
    // AC20-FZK-Haus: 4 rooms of a recognised type, all large enough; 4 measurable doors, the
    // entrance (1.01 m) and Innentuer-1 (0.885 m) too narrow; Innentuer-3 and the gallery left out.
    assert.deepEqual([rooms.status, rooms.applicable, rooms.passed, rooms.subjects?.length], ['pass', 4, 4, 4]);
    assert.deepEqual([doors.status, doors.applicable, doors.passed, doors.failed, doors.subjects?.length], ['fail', 4, 2, 2, 4]);
    const results = document.elementResults;
    const failedDoors = report.findings.filter((f) => f.checkId === doors.id && f.severity === 'error').map((f) => f.globalId!);
    assert.deepEqual(failedDoors.map((g) => results[g]?.status), ['fail', 'fail']);
    const passedDoors = doors.subjects!.filter((g) => !failedDoors.includes(g));
    assert.deepEqual(passedDoors.map((g) => results[g]?.status), ['pass', 'pass']);
    for (const g of rooms.subjects!) assert.equal(results[g]?.status, 'pass');
    const statuses = Object.values(results).map((r) => r.status);
    assert.deepEqual([statuses.filter((s) => s === 'pass').length, statuses.filter((s) => s === 'fail').length], [rooms.passed + doors.passed, doors.failed]);
    const leftOut = report.findings.filter((f) => f.severity === 'info');
    assert.ok(leftOut.length >= 2, 'the gallery and a door are left out with a reason');
    for (const finding of leftOut) {
      assert.equal(results[finding.globalId!], undefined, `${finding.name}, left out, is not applicable`);
      assert.equal(typeof document.elements[finding.globalId!], 'number', `${finding.name} still has its feature id`);
    }
  });

  test('a review stored before checks named their subjects still reads: failures only', async () => {
    const accepted = await request(app).post('/api/reviews').send({ modelId: 'ac20-fzk-haus', rulePacks: ['gb-50352'] }).expect(202);
    const fresh = await finish(accepted.body.jobId);
    const reports = fresh.reports.map((r) => ({ ...r, checks: r.checks.map(({ subjects: _subjects, ...check }) => check) }));
    const old = await storeReview(db.knex, summarizeReview(crypto.randomUUID(), 'ac20-fzk-haus', reports));
    const document = ReviewDocument.parse((await request(app).get(`/api/reviews/${old.id}`).expect(200)).body);
    assert.ok(document.reports[0].checks.every((c) => c.subjects === undefined));
    const failing = new Set(fresh.reports[0].findings.filter((f) => f.severity !== 'info').map((f) => f.globalId!));
    assert.ok(failing.size > 0);
    assert.deepEqual(Object.keys(document.elementResults).sort(), [...failing].sort());
    assert.ok(Object.values(document.elementResults).every((r) => r.status === 'fail' && typeof r.featureId === 'number'));
  });

  test('the OpenAPI document describes the review JSON with its element results', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    const schema = doc.paths['/reviews/{reviewId}'].get.responses['200'].content['application/json'].schema;
    assert.ok(schema.properties.elementResults, Object.keys(schema.properties).join());
    assert.ok(schema.properties.reports.items.properties.checks.items.properties.subjects);
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
