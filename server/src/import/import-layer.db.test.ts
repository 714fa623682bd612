import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { isDataError } from '@cimtwin/schemas';
import type { Database } from '../db/open-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { importLayer } from './import-layer.ts';

const sample = (id: string): string => SAMPLE_DISTRICT.layers.find((l) => l.id === id)!.file;
const MICROPOLIS = path.resolve(import.meta.dirname, '../../../../shared/data/networks/micropolis');
const hasMicropolis = await fs.stat(MICROPOLIS).then(() => true, () => false);

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-import-'));
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

/** Everything stored for a layer, to prove a failed import changed nothing. */
async function snapshot(db: Database, layerId: string): Promise<unknown> {
  const layer = await db.knex('layers').where({ id: layerId }).first('content_version', 'feature_count', 'import_report');
  const features = await db.knex('features').where({ layer_id: layerId }).select('id', db.knex.raw('md5(ST_AsBinary(geom)) AS g'), 'properties').orderBy('id');
  return { layer, features };
}

describe('importLayer', () => {
  let db: Database;
  before(async () => {
    db = await openTestDatabase();
  });
  after(async () => {
    await db.close();
  });

  test('imports the sample buildings: fragments merged, label points rejected, heights derived', async () => {
    const { report } = await importLayer(db.knex, sample('buildings'), { layerId: 'buildings', kind: 'buildings', title: '建筑' });
    assert.equal(report.featuresRead, 1981);
    assert.equal(report.rejected, 409, 'every point of the buildings file is rejected');
    assert.equal(report.stored, 1450, 'one row per OSM id with a footprint');
    assert.equal(report.fragmentsMerged, 1572 - 1450);
    assert.ok(report.rejections.some((r) => /^label point of feature/.test(r.reason)));
    assert.equal((report.heightSources?.height ?? 0) + (report.heightSources?.['type-default'] ?? 0) + (report.heightSources?.default ?? 0) + (report.heightSources?.levels ?? 0), 1572);

    const distinct = await db.knex('features').where({ layer_id: 'buildings' }).countDistinct({ n: 'source_id' });
    assert.equal(Number(distinct[0].n), 1450, 'no source id is stored twice');
    const centre = await db.knex('features').where({ layer_id: 'buildings', name: '上海国际会议中心' }).first('height', 'height_source', db.knex.raw('ST_GeometryType(geom) AS t'));
    assert.deepEqual({ ...centre }, { height: 20, height_source: 'height', t: 'ST_Polygon' });
    const part = await db.knex('features').where({ layer_id: 'buildings', source_id: '524195918' }).first('height', 'min_height');
    assert.deepEqual({ ...part }, { height: 280.9, min_height: 269.1 });
    const layer = await db.knex('layers').where({ id: 'buildings' }).first();
    assert.equal(layer.feature_count, 1450);
    assert.equal(layer.content_version, 1);
    assert.equal(layer.geometry_type, 'Polygon');
    assert.ok(layer.bbox[0] > 121.47 && layer.bbox[2] < 121.53 && layer.bbox[1] > 31.22 && layer.bbox[3] < 31.26);
    assert.equal(layer.attributes.name.type, 'string');
  });

  test('a road cut at tile edges comes back as one merged line', async () => {
    const { report } = await importLayer(db.knex, sample('roads'), { layerId: 'roads' });
    assert.equal(report.stored, 1094);
    const merged = await db.knex.raw(`SELECT ST_NumGeometries(geom) AS parts, ST_Length(geom::geography) AS metres FROM features WHERE layer_id = 'roads' AND source_id = '177931018'`);
    assert.equal(merged.rows.length, 1);
    assert.ok(merged.rows[0].metres > 0);
  });

  test('projected input is transformed to EPSG:4326 by its declared CRS', async () => {
    const cgcs = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
    const corners: Array<[number, number]> = [[121.4923, 31.2403], [121.4933, 31.2403], [121.4933, 31.2411], [121.4923, 31.2411], [121.4923, 31.2403]];
    const projected = corners.map((c) => proj4('EPSG:4326', cgcs, c));
    const file = await writeTemp('parcel.geojson', JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { parcel_no: 'PD-001' }, geometry: { type: 'Polygon', coordinates: [projected] } }],
    }));
    const { report } = await importLayer(db.knex, file, { layerId: 'parcels', kind: 'landuse', crs: 'EPSG:4549' });
    assert.equal(report.sourceCrs, 'EPSG:4549');
    const row = (await db.knex.raw(`SELECT ST_AsGeoJSON(geom) AS g FROM features WHERE layer_id = 'parcels'`)).rows[0];
    const ring = JSON.parse(row.g).coordinates[0] as number[][];
    ring.forEach((p, i) => {
      assert.ok(Math.abs(p[0] - corners[i][0]) < 1e-7 && Math.abs(p[1] - corners[i][1]) < 1e-7, `corner ${i}: ${p} vs ${corners[i]}`);
    });
  });

  test('the legacy GeoJSON crs member is honoured', async () => {
    const file = await writeTemp('named.geojson', JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } },
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [642964.16, 3454118.13] } }],
    }));
    await importLayer(db.knex, file, { layerId: 'named-points' });
    const row = (await db.knex.raw(`SELECT ST_X(geom) AS x, ST_Y(geom) AS y FROM features WHERE layer_id = 'named-points'`)).rows[0];
    assert.ok(Math.abs(row.x - 121.5) < 1e-6 && Math.abs(row.y - 31.2) < 1e-6);
  });

  test('invalid polygons are repaired and counted', async () => {
    const bowtie = { type: 'Polygon', coordinates: [[[121.5, 31.2], [121.501, 31.201], [121.501, 31.2], [121.5, 31.201], [121.5, 31.2]]] };
    const file = await writeTemp('bowtie.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'bow' }, geometry: bowtie }] }));
    const { report } = await importLayer(db.knex, file, { layerId: 'bowtie', kind: 'landuse' });
    assert.equal(report.repaired, 1);
    const valid = (await db.knex.raw(`SELECT bool_and(ST_IsValid(geom)) AS ok, sum(ST_Area(geom::geography)) AS area FROM features WHERE layer_id = 'bowtie'`)).rows[0];
    assert.equal(valid.ok, true);
    assert.ok(valid.area > 1000, 'both lobes of the bow tie are kept');
  });

  describe('bad input leaves the database as it was', () => {
    const failures: Array<[string, string | Uint8Array, Record<string, string>, RegExp]> = [
      ['broken.geojson', '{"type": "FeatureCollection", "features": [', {}, /is not valid JSON/],
      ['not-geojson.json', '{"hello": "world"}', {}, /not GeoJSON/],
      ['page.html', '<html></html>', {}, /unsupported file type/],
      ['garbage.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] } }, 42, 'x'] }), {}, /3 of 3 features are malformed/],
      ['unknown-crs.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] }), { crs: 'EPSG:99999' }, /EPSG:99999 is not a coordinate reference system/],
      ['projected.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[642964, 3454118], [643064, 3454118], [643064, 3454218], [642964, 3454118]]] } }] }), {}, /the file is projected: give its CRS with --crs/],
      ['points-only.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.5, 31.2] } }] }), {}, /none of its 1 features fits a buildings layer/],
    ];
    for (const [name, content, options, message] of failures) {
      test(name, async () => {
        const before = await snapshot(db, 'buildings');
        const file = await writeTemp(name, content);
        await assert.rejects(importLayer(db.knex, file, { layerId: 'buildings', kind: 'buildings', ...options }), (error: Error) => {
          assert.ok(isDataError(error), `DataError expected, got ${error.name}: ${error.message}`);
          assert.match(error.message, message);
          assert.match(error.message, /^import: /);
          return true;
        });
        assert.deepEqual(await snapshot(db, 'buildings'), before);
      });
    }

    test('a bad layer id', async () => {
      await assert.rejects(importLayer(db.knex, sample('water'), { layerId: 'Bad Id!' }), /layer id "Bad Id!"/);
    });
  });

  test('a Shapefile (.shp with .dbf beside it, and zipped) imports with --crs', { skip: !hasMicropolis && 'reference data not beside the project' }, async () => {
    const shp = path.join(MICROPOLIS, 'roads_v1.shp');
    await assert.rejects(importLayer(db.knex, shp, { layerId: 'micropolis-roads', kind: 'roads' }), /the file is projected/);
    const { report } = await importLayer(db.knex, shp, { layerId: 'micropolis-roads', kind: 'roads', crs: 'EPSG:32651' });
    assert.equal(report.format, 'shapefile');
    assert.equal(report.featuresRead, 22);
    assert.equal(report.stored, 22);
    const [x, y] = proj4('+proj=utm +zone=51 +datum=WGS84 +units=m +no_defs', 'EPSG:4326', [-17.391304347826008, 3994.829612220917]);
    const near = await db.knex.raw(`SELECT count(*)::int AS n FROM features WHERE layer_id = 'micropolis-roads' AND ST_DWithin(geom, ST_SetSRID(ST_Point(?, ?), 4326), 1e-6)`, [x, y]);
    assert.equal(near.rows[0].n >= 1, true, 'the first road starts where UTM 51N puts it');

    const zip = zipSync({
      'roads_v1.shp': await fs.readFile(shp),
      'roads_v1.dbf': await fs.readFile(path.join(MICROPOLIS, 'roads_v1.dbf')),
      'roads_v1.shx': await fs.readFile(path.join(MICROPOLIS, 'roads_v1.shx')),
    });
    const zipped = await importLayer(db.knex, await writeTemp('roads.zip', zip), { layerId: 'micropolis-roads', kind: 'roads', crs: 'EPSG:32651' });
    assert.equal(zipped.report.stored, 22);
    const version = await db.knex('layers').where({ id: 'micropolis-roads' }).first('content_version');
    assert.equal(version.content_version, 2, 're-import replaces the features and bumps the version');
  });
});
