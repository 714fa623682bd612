import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import proj4 from 'proj4';
import request from 'supertest';
import type { Express } from 'express';
import { validateBytes } from 'gltf-validator';
import { decodeTileGlb, geodeticToEcef } from '@cimtwin/tiler';
import { createApp } from '../api/create-app.ts';
import type { Database } from '../db/open-database.ts';
import { silentLogger } from '../logger.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { readSourceFile } from './bim-source-file.ts';
import { importIfcModel, type ImportIfcModelResult } from './import-ifc-model.ts';

const IFC_DIR = path.resolve(import.meta.dirname, '../../../../shared/data/ifc');
const hasIfc = await fs.stat(IFC_DIR).then(() => true, () => false);

describe('IFC models in the twin', { skip: !hasIfc && 'reference IFC files not beside the project' }, () => {
  let db: Database;
  let storage: TilesetStorageDatabase;
  let app: Express;
  let haus: ImportIfcModelResult;
  before(async () => {
    db = await openTestDatabase();
    storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, logger: silentLogger(), backend: db.backend });
    haus = await importIfcModel(db.knex, storage, path.join(IFC_DIR, 'AC20-FZK-Haus.ifc'), {
      placement: { origin: [121.5055, 31.2335, 4], rotationDeg: 0 },
      overrideGeoreference: true,
    });
  });
  after(async () => {
    await db.close();
  });

  test('every element is stored with its GlobalId, class, storey and property sets', async () => {
    assert.equal(haus.modelId, 'ac20-fzk-haus');
    const stored = await db.knex('bim_elements').where({ model_id: haus.modelId }).count({ n: '*' });
    assert.equal(Number(stored[0].n), haus.elements);
    const perClass = (await db.knex.raw('SELECT ifc_class, count(*)::int AS n FROM bim_elements WHERE model_id = ? GROUP BY ifc_class', [haus.modelId])).rows as Array<{ ifc_class: string; n: number }>;
    assert.ok(perClass.length > 5);
    for (const row of perClass) assert.equal(row.n, haus.elementsPerClass[row.ifc_class], row.ifc_class);
    const walls = await db.knex('bim_elements').where({ model_id: haus.modelId, ifc_class: 'IfcWallStandardCase' }).orWhere({ model_id: haus.modelId, ifc_class: 'IfcWall' }).select('global_id', 'storey_name', 'property_sets', 'footprint');
    assert.ok(walls.length > 0);
    for (const wall of walls) {
      assert.match(wall.global_id, /^[0-9A-Za-z_$]{22}$/);
      assert.ok(['Erdgeschoss', 'Dachgeschoss'].includes(wall.storey_name), wall.storey_name);
      assert.ok(wall.footprint, 'walls have a footprint in the city');
    }
    assert.ok(walls.some((w) => Object.keys(w.property_sets).some((set) => /Pset_Wall/.test(set))));
    const storeys = haus.storeys.map((s) => s.name).sort();
    assert.deepEqual(storeys.filter((s) => s === 'Erdgeschoss' || s === 'Dachgeschoss'), ['Dachgeschoss', 'Erdgeschoss']);
  });

  test('attributes in SI, the source file kept, nothing left in staging', async () => {
    const doors = await db.knex('bim_elements').where({ model_id: haus.modelId, ifc_class: 'IfcDoor' }).select('name', 'attributes');
    assert.ok(doors.length > 0);
    // AC20-FZK-Haus is drawn in metres: Innentuer-1 is 0.885 m wide and 2.01 m high.
    const inner = doors.find((d) => d.name === 'Innentuer-1');
    assert.ok(inner, doors.map((d) => d.name).join());
    assert.equal(inner.attributes.OverallWidth, 0.885);
    assert.equal(inner.attributes.OverallHeight, 2.01);
    const spaces = await db.knex('bim_elements').where({ model_id: haus.modelId, ifc_class: 'IfcSpace' }).select('attributes');
    assert.ok(spaces.some((s) => s.attributes.LongName === 'Schlafzimmer'));

    const model = await db.knex('bim_models').where({ id: haus.modelId }).first('source_file_id', 'source_bytes', 'sha256');
    const original = await fs.readFile(path.join(IFC_DIR, 'AC20-FZK-Haus.ifc'));
    assert.equal(Number(model.source_bytes), original.length);
    const kept = await readSourceFile(db.knex, model.source_file_id);
    assert.ok(kept && kept.equals(original), 'the stored source file is the uploaded file byte for byte');
    assert.equal(Number((await db.knex('bim_elements_staging').count({ n: '*' }))[0].n), 0);
  });

  test('a failed import leaves no staged rows, source file or model behind', async () => {
    const files = Number((await db.knex('bim_source_files').count({ n: '*' }))[0].n);
    const models = Number((await db.knex('bim_models').count({ n: '*' }))[0].n);
    const bad = path.join(await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'cimtwin-bad-')), 'broken.ifc');
    const text = await fs.readFile(path.join(IFC_DIR, 'IfcOpenHouse_IFC4.ifc'), 'utf8');
    // A model without georeference and no placement given fails after its elements were staged.
    await fs.writeFile(bad, text);
    await assert.rejects(importIfcModel(db.knex, storage, bad, { name: 'no-place' }), /georeference|placement|--origin/i);
    assert.equal(Number((await db.knex('bim_elements_staging').count({ n: '*' }))[0].n), 0);
    assert.equal(Number((await db.knex('bim_source_files').count({ n: '*' }))[0].n), files);
    assert.equal(Number((await db.knex('bim_models').count({ n: '*' }))[0].n), models);
  });

  test('the model stands where it was placed', async () => {
    const box = (await db.knex.raw(`SELECT ST_XMin(footprint) x0, ST_YMin(footprint) y0, ST_XMax(footprint) x1, ST_YMax(footprint) y1 FROM bim_models WHERE id = ?`, [haus.modelId])).rows[0];
    assert.ok(box.x0 > 121.5 && box.x1 < 121.511 && box.y0 > 31.228 && box.y1 < 31.239, JSON.stringify(box));
    assert.equal(haus.georeference.method, 'user');
  });

  test('tiles carry one feature per element, linked to its row and GlobalId', async () => {
    const tileset = haus.tilesets.find((t) => t.id === 'bim-ac20-fzk-haus');
    assert.ok(tileset && tileset.report.elementsTiled > 0);
    const json = JSON.parse(new TextDecoder().decode((await storage.get('bim-ac20-fzk-haus', 'tileset.json'))!.data));
    assert.equal(json.asset.version, '1.1');
    assert.equal(json.root.transform.length, 16);
    const keys: string[] = [];
    const walk = (tile: { content?: { uri: string }; children?: unknown[] }): void => {
      if (tile.content) keys.push(tile.content.uri);
      for (const child of tile.children ?? []) walk(child as typeof tile);
    };
    walk(json.root);
    const byId = new Map((await db.knex('bim_elements').where({ model_id: haus.modelId }).select('id', 'global_id', 'ifc_class')).map((r) => [Number(r.id), r]));
    let features = 0;
    for (const key of keys) {
      const bytes = (await storage.get('bim-ac20-fzk-haus', key))!.data;
      const validation = await validateBytes(bytes);
      assert.equal(validation.issues.numErrors, 0, key);
      const decoded = await decodeTileGlb(bytes);
      for (const row of decoded.rows) {
        const element = byId.get(Number(row.id));
        assert.ok(element, `tile row ${row.id} is an element row`);
        assert.equal(row.globalId, element.global_id);
        assert.equal(row.ifcClass, element.ifc_class);
        features++;
      }
    }
    assert.equal(features, tileset.report.elementsTiled);
  });

  test('API: models, tree, elements and an element by GlobalId', async () => {
    const list = await request(app).get('/api/bim/models').expect(200);
    assert.equal(list.body.models[0].id, 'ac20-fzk-haus');
    assert.match(list.body.models[0].tilesets.elements, /\/api\/tilesets\/bim-ac20-fzk-haus\/tileset\.json\?v=/);
    const tree = await request(app).get('/api/bim/models/ac20-fzk-haus/tree').expect(200);
    const names: string[] = [];
    const walk = (n: { name: string; ifcClass: string; children: unknown[] }): void => {
      if (n.ifcClass === 'IfcBuildingStorey') names.push(n.name);
      for (const c of n.children) walk(c as typeof n);
    };
    for (const root of tree.body.tree) walk(root);
    assert.ok(names.includes('Erdgeschoss') && names.includes('Dachgeschoss'), names.join());
    const windows = await request(app).get('/api/bim/models/ac20-fzk-haus/elements?class=IfcWindow&limit=5').expect(200);
    assert.equal(windows.body.numberMatched, haus.elementsPerClass.IfcWindow);
    const gid = windows.body.elements[0].globalId;
    const element = await request(app).get(`/api/bim/elements/${gid}`).expect(200);
    assert.equal(element.body.ifcClass, 'IfcWindow');
    assert.equal(element.body.model.id, 'ac20-fzk-haus');
    assert.ok(Object.keys(element.body.propertySets).length > 0);
    await request(app).get('/api/bim/elements/not-a-global-id').expect(400);
    await request(app).get('/api/bim/elements/0000000000000000000000').expect(404);
    await request(app).get('/api/bim/models/nope/tree').expect(404);
  });

  test('a model with IfcMapConversion lands where its georeference says', async () => {
    const result = await importIfcModel(db.knex, storage, path.join(IFC_DIR, 'geographic-referencing-utm.ifc'), { name: 'georef-utm' });
    assert.equal(result.georeference.method, 'map-conversion');
    assert.equal(result.georeference.crs, 'EPSG:25832');
    const [lon, lat] = proj4('+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', 'EPSG:4326', [458657.3, 5438232.25]);
    assert.ok(Math.abs(result.georeference.origin.lon - lon) * 111_320 * Math.cos((lat * Math.PI) / 180) < 1, 'longitude within a metre');
    assert.ok(Math.abs(result.georeference.origin.lat - lat) * 110_574 < 1, 'latitude within a metre');
    const tileset = JSON.parse(new TextDecoder().decode((await storage.get('bim-georef-utm', 'tileset.json'))!.data));
    const m = tileset.root.transform as number[];
    const expected = geodeticToEcef(lon, lat, 113.7, new Float64Array(3));
    const distance = Math.hypot(m[12] - expected[0], m[13] - expected[1], m[14] - expected[2]);
    assert.ok(distance < 1, `the tileset puts the model origin ${distance.toFixed(3)} m from where IfcMapConversion says`);
  });
});
