import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../api/create-app.ts';
import type { Database } from '../../db/open-database.ts';
import { silentLogger } from '../../logger.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { TilesetStorageDatabase } from '../../tiles/tileset-storage-database.ts';

// The SensorThings API with the real hourly PM2.5 of the Dongsi station (Beijing, from March
// 2013; UCI Beijing Multi-Site Air Quality, CC BY 4.0) as one Datastream.
const SERIES = path.resolve(import.meta.dirname, '../../../../../shared/data/iot/PRSA_Data_Dongsi_20130301-20170228.csv');
const ROOT = '/api/sensorthings/v1.1';

/** The first `hours` rows as [ISO time (Beijing time, UTC+8), PM2.5 or null]. */
function dongsiHours(hours: number): [string, number | null][] {
  const lines = fs.readFileSync(SERIES, 'utf8').split('\n').slice(1, hours + 1);
  return lines.map((line) => {
    const [, year, month, day, hour, pm25] = line.split(',');
    const time = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour) - 8)).toISOString();
    return [time, pm25 === 'NA' ? null : Number(pm25)];
  });
}

describe('SensorThings API', { skip: !fs.existsSync(SERIES) && 'no shared IoT series beside the project' }, () => {
  let db: Database;
  let app: Express;
  let thing: Record<string, any>;
  let datastreamId: number;
  before(async () => {
    db = await openTestDatabase();
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
  });
  after(async () => db?.close());

  test('the service root lists the entity sets and conformance classes', async () => {
    const root = (await request(app).get(ROOT).expect(200)).body;
    assert.deepEqual(root.value.map((set: { name: string }) => set.name), ['Things', 'Locations', 'Sensors', 'ObservedProperties', 'Datastreams', 'Observations']);
    assert.ok(root.serverSettings.conformance.some((c: string) => c.endsWith('/create-entity')));
  });

  test('a Thing is created with its Location and Datastream in one deep insert', async () => {
    const response = await request(app)
      .post(`${ROOT}/Things`)
      .send({
        name: '东四 Dongsi',
        description: 'air-quality station',
        properties: { kind: 'air-quality' },
        Locations: [{ name: 'Dongsi', description: 'station', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [116.417, 39.929] } }],
        Datastreams: [
          {
            name: 'PM2.5 Dongsi',
            unitOfMeasurement: { name: 'microgram per cubic metre', symbol: 'ug/m3', definition: 'http://unitsofmeasure.org/ucum.html#para-30' },
            Sensor: { name: 'PM2.5 monitor', encodingType: 'text/plain', metadata: 'beta attenuation' },
            ObservedProperty: { name: 'PM2.5', definition: 'http://vocabs.lter-europe.net/EnvThes/22035' },
          },
        ],
      })
      .expect(201);
    thing = response.body;
    assert.match(response.headers.location, /\/Things\(\d+\)$/);
    assert.equal(thing.name, '东四 Dongsi');
    const datastreams = (await request(app).get(`${ROOT}/Things(${thing['@iot.id']})/Datastreams`).expect(200)).body.value;
    assert.equal(datastreams.length, 1);
    datastreamId = datastreams[0]['@iot.id'];
    assert.equal(datastreams[0].unitOfMeasurement.symbol, 'ug/m3');
    const location = (await request(app).get(`${ROOT}/Things(${thing['@iot.id']})/Locations`).expect(200)).body.value[0];
    assert.deepEqual(location.location, { type: 'Point', coordinates: [116.417, 39.929] });
    const property = (await request(app).get(`${ROOT}/Datastreams(${datastreamId})/ObservedProperty`).expect(200)).body;
    assert.equal(property.name, 'PM2.5');
    await request(app).post(`${ROOT}/Things`).send({ name: 'x', Datastreams: [{ name: 'd', unitOfMeasurement: { name: null, symbol: null, definition: null }, Sensor: { '@iot.id': 999 }, ObservedProperty: { '@iot.id': 999 } }] }).expect(400);
    assert.equal((await request(app).get(`${ROOT}/Things`).expect(200)).body.value.length, 1, 'a refused deep insert leaves nothing');
  });

  test('observations: one POSTed, a retry answered with the stored one, a batch with a bad row keeps the rest', async () => {
    const hours = dongsiHours(48).filter(([, value]) => value !== null);
    const [firstTime, firstValue] = hours[0];
    const created = await request(app).post(`${ROOT}/Datastreams(${datastreamId})/Observations`).send({ phenomenonTime: firstTime, result: firstValue }).expect(201);
    assert.equal(created.body.result, firstValue);
    const retry = await request(app).post(`${ROOT}/Observations`).send({ phenomenonTime: firstTime, result: firstValue, Datastream: { '@iot.id': datastreamId } }).expect(200);
    assert.equal(retry.body['@iot.id'], created.body['@iot.id']);
    const rows: unknown[][] = hours.map(([time, value]) => [time, value]);
    rows.splice(5, 0, ['not a time', 1]);
    const batch = await request(app).post(`${ROOT}/CreateObservations`).send([{ Datastream: { '@iot.id': datastreamId }, components: ['phenomenonTime', 'result'], 'dataArray@iot.count': rows.length, dataArray: rows }]).expect(201);
    assert.equal(batch.body.length, rows.length);
    assert.equal(batch.body[5], 'error');
    assert.equal(new URL(batch.body[0]).pathname, new URL(created.body['@iot.selfLink']).pathname, 'the first row was stored before: its selfLink');
    assert.equal(batch.body.filter((line: string) => line === 'error').length, 1);
    const count = (await request(app).get(`${ROOT}/Datastreams(${datastreamId})/Observations`).query({ $count: 'true', $top: '0' }).expect(200)).body['@iot.count'];
    assert.equal(count, hours.length);
    const counts = await db.knex('sensor_ingest_counts').where({ source: 'http' }).first();
    assert.deepEqual([Number(counts.accepted), Number(counts.duplicates), Number(counts.rejected)], [hours.length, 2, 1]);
  });

  test('reading: $top with @iot.nextLink, $skip, $orderby, a property, errors naming what to fix', async () => {
    const hours = dongsiHours(48).filter(([, value]) => value !== null);
    const page = (await request(app).get(`${ROOT}/Datastreams(${datastreamId})/Observations`).query({ $top: '10', $orderby: 'phenomenonTime asc' }).expect(200)).body;
    assert.equal(page.value.length, 10);
    assert.deepEqual(page.value.map((o: { phenomenonTime: string }) => o.phenomenonTime), hours.slice(0, 10).map(([time]) => time));
    assert.match(page['@iot.nextLink'], /\$skip=10/);
    const next = (await request(app).get(new URL(page['@iot.nextLink']).pathname + new URL(page['@iot.nextLink']).search).expect(200)).body;
    assert.equal(next.value[0].phenomenonTime, hours[10][0]);
    const highest = (await request(app).get(`${ROOT}/Observations`).query({ $top: '1', $orderby: 'result desc' }).expect(200)).body.value[0];
    assert.equal(highest.result, Math.max(...hours.map(([, value]) => value as number)));
    const id = highest['@iot.id'];
    assert.deepEqual((await request(app).get(`${ROOT}/Observations(${id})/result`).expect(200)).body, { result: highest.result });
    assert.equal((await request(app).get(`${ROOT}/Observations(${id})/Datastream`).expect(200)).body['@iot.id'], datastreamId);
    assert.equal((await request(app).get(`${ROOT}/Observations(${id})/Datastream/Thing`).expect(200)).body['@iot.id'], thing['@iot.id']);
    assert.match((await request(app).get(`${ROOT}/Sensorz`).expect(400)).body.detail, /unknown entity set "Sensorz"/);
    await request(app).get(`${ROOT}/Things(999)`).expect(404);
    assert.match((await request(app).get(`${ROOT}/Observations`).query({ $top: '-1' }).expect(400)).body.detail, /\$top/);
    assert.match((await request(app).get(`${ROOT}/Observations`).query({ $orderby: 'colour' }).expect(400)).body.detail, /phenomenonTime/);
  });
});
