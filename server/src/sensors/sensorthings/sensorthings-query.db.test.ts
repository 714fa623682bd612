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

// Query options of the SensorThings API over real data: two weeks (2016-12-25 to 2017-01-07,
// Beijing time) of hourly PM2.5 and temperature of three Beijing stations (UCI Beijing
// Multi-Site Air Quality, CC BY 4.0). Every expected count and order is computed here from the
// CSV rows, apart from the server.
const DATA = path.resolve(import.meta.dirname, '../../../../../shared/data/iot');
const ROOT = '/api/sensorthings/v1.1';
/** Station positions (longitude, latitude), approximate; the CSV has none. */
const STATIONS = { Dongsi: [116.417, 39.929], Tiantan: [116.407, 39.886], Guanyuan: [116.339, 39.929] } as const;
type Station = keyof typeof STATIONS;
const HOURS = 14 * 24;
/** Around Dongsi and Tiantan, west of them Guanyuan stays out. */
const EAST = 'POLYGON((116.38 39.85, 116.45 39.85, 116.45 39.95, 116.38 39.95, 116.38 39.85))';

interface Hour {
  time: string;
  pm25: number | null;
  temp: number | null;
}

/** The station's rows from 2016-12-25 00:00 Beijing time (UTC+8), times in UTC. */
function stationHours(station: Station): Hour[] {
  const file = path.join(DATA, `PRSA_Data_${station}_20130301-20170228.csv`);
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
  const first = lines.findIndex((line) => line.split(',').slice(1, 5).join('-') === '2016-12-25-0');
  return lines.slice(first, first + HOURS).map((line) => {
    const [, year, month, day, hour, pm25, , , , , , temp] = line.split(',');
    const time = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour) - 8)).toISOString();
    return { time, pm25: pm25 === 'NA' ? null : Number(pm25), temp: temp === 'NA' ? null : Number(temp) };
  });
}

const present = (hours: Hour[], key: 'pm25' | 'temp') => hours.filter((hour) => hour[key] !== null) as (Hour & Record<typeof key, number>)[];

describe('SensorThings query options', { skip: !fs.existsSync(DATA) && 'no shared IoT series beside the project' }, () => {
  let db: Database;
  let app: Express;
  const hours = {} as Record<Station, Hour[]>;
  const things = {} as Record<Station, number>;
  const pm25 = {} as Record<Station, number>;
  const temperature = {} as Record<Station, number>;
  const queries: string[] = [];

  const get = async (resource: string, query: Record<string, string> = {}) => (await request(app).get(`${ROOT}${resource}`).query(query).expect(200)).body;
  const follow = async (link: string) => {
    const url = new URL(link);
    return (await request(app).get(url.pathname + url.search).expect(200)).body;
  };

  before(async () => {
    db = await openTestDatabase();
    db.knex.on('query', (query: { sql: string }) => queries.push(query.sql));
    const storage = new TilesetStorageDatabase(db.knex);
    app = createApp({ knex: db.knex, tiles: storage, tileStorage: storage, logger: silentLogger(), backend: db.backend });
    // The first station creates the Sensors and ObservedProperties, the others refer to them.
    const shared: Record<string, Record<string, unknown>> = {
      monitor: { name: 'monitor', encodingType: 'text/plain', metadata: 'station PM2.5 monitor' },
      thermometer: { name: 'thermometer', encodingType: 'text/plain', metadata: 'station thermometer' },
      pm25: { name: 'PM2.5', definition: 'http://vocabs.lter-europe.net/EnvThes/22035' },
      temperature: { name: 'Temperature', definition: 'https://en.wikipedia.org/wiki/Air_temperature' },
    };
    const unit = (name: string, symbol: string) => ({ name, symbol, definition: `http://unitsofmeasure.org/ucum.html#${symbol}` });
    for (const station of Object.keys(STATIONS) as Station[]) {
      hours[station] = stationHours(station);
      const created = await request(app)
        .post(`${ROOT}/Things`)
        .send({
          name: station,
          description: `air-quality station ${station}`,
          properties: { city: 'Beijing' },
          Locations: [{ name: station, description: 'station', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: STATIONS[station] } }],
          Datastreams: [
            { name: `PM2.5 ${station}`, unitOfMeasurement: unit('microgram per cubic metre', 'ug/m3'), Sensor: shared.monitor, ObservedProperty: shared.pm25 },
            { name: `Temperature ${station}`, unitOfMeasurement: unit('degree Celsius', 'Cel'), Sensor: shared.thermometer, ObservedProperty: shared.temperature },
          ],
        })
        .expect(201);
      things[station] = created.body['@iot.id'];
      const datastreams = (await get(`/Things(${things[station]})/Datastreams`, { $orderby: 'id' })).value;
      pm25[station] = datastreams[0]['@iot.id'];
      temperature[station] = datastreams[1]['@iot.id'];
      const reference = async (resource: string) => ({ '@iot.id': (await get(resource))['@iot.id'] });
      shared.monitor = await reference(`/Datastreams(${pm25[station]})/Sensor`);
      shared.thermometer = await reference(`/Datastreams(${temperature[station]})/Sensor`);
      shared.pm25 = await reference(`/Datastreams(${pm25[station]})/ObservedProperty`);
      shared.temperature = await reference(`/Datastreams(${temperature[station]})/ObservedProperty`);
      const group = (id: number, key: 'pm25' | 'temp') => ({ Datastream: { '@iot.id': id }, components: ['phenomenonTime', 'result'], dataArray: present(hours[station], key).map((hour) => [hour.time, hour[key]]) });
      const batch = await request(app).post(`${ROOT}/CreateObservations`).send([group(pm25[station], 'pm25'), group(temperature[station], 'temp')]).expect(201);
      assert.ok(!batch.body.includes('error'), `every ${station} row is stored`);
    }
  });
  after(async () => db?.close());

  test('$filter on a navigation path: comparison, logical and date-time terms; counts from the CSV', async () => {
    const expected = present(hours.Dongsi, 'pm25').filter((hour) => hour.pm25 > 30 && hour.time >= '2017-01-01T00:00:00.000Z');
    const page = await get(`/Datastreams(${pm25.Dongsi})/Observations`, { $filter: 'result gt 30 and phenomenonTime ge 2017-01-01T00:00:00Z', $count: 'true', $top: '1000' });
    assert.equal(page['@iot.count'], expected.length);
    assert.deepEqual(page.value.map((o: { phenomenonTime: string; result: number }) => [o.phenomenonTime, o.result]), expected.map((hour) => [hour.time, hour.pm25]));
    // An offset in the literal: 2017-01-01T00:00:00+08:00 is 2016-12-31T16:00:00Z.
    const offset = await get(`/Datastreams(${pm25.Dongsi})/Observations`, { $filter: 'phenomenonTime lt 2017-01-01T00:00:00+08:00', $count: 'true', $top: '0' });
    assert.equal(offset['@iot.count'], present(hours.Dongsi, 'pm25').filter((hour) => hour.time < '2016-12-31T16:00:00.000Z').length);
  });

  test('$filter through Datastream/ObservedProperty and Datastream/Thing, with arithmetic and functions', async () => {
    const all = (Object.keys(STATIONS) as Station[]).flatMap((station) => present(hours[station], 'pm25'));
    const count = async (filter: string) => (await get('/Observations', { $filter: filter, $count: 'true', $top: '0' }))['@iot.count'];
    assert.equal(await count("Datastream/ObservedProperty/name eq 'PM2.5'"), all.length);
    assert.equal(await count("Datastream/ObservedProperty/name eq 'PM2.5' and result ge 300"), all.filter((hour) => hour.pm25 >= 300).length);
    assert.equal(await count("Datastream/Thing/name eq 'Tiantan' and Datastream/ObservedProperty/name eq 'Temperature' and result lt -5"), present(hours.Tiantan, 'temp').filter((hour) => hour.temp < -5).length);
    // Noon in Beijing is 04:00 UTC; hour() reads UTC.
    assert.equal(await count("Datastream/Thing/name eq 'Dongsi' and Datastream/ObservedProperty/name eq 'PM2.5' and hour(phenomenonTime) eq 4 and (result sub 10) div 2 gt 20"), present(hours.Dongsi, 'pm25').filter((hour) => hour.time.slice(11, 13) === '04' && (hour.pm25 - 10) / 2 > 20).length);
    assert.equal(await count("startswith(Datastream/name, 'Temperature') and not (day(phenomenonTime) eq 25)"), (Object.keys(STATIONS) as Station[]).flatMap((station) => present(hours[station], 'temp')).filter((hour) => new Date(hour.time).getUTCDate() !== 25).length);
  });

  test('geo.intersects on Locations, Thing/Locations/location and Datastream/Thing/Locations/location', async () => {
    const locations = await get('/Locations', { $filter: `geo.intersects(location, geography'${EAST}')`, $orderby: 'name' });
    assert.deepEqual(locations.value.map((location: { name: string }) => location.name), ['Dongsi', 'Tiantan']);
    const datastreams = await get('/Datastreams', { $filter: `geo.intersects(Thing/Locations/location, geography'${EAST}')`, $orderby: 'name desc', $select: 'name' });
    assert.deepEqual(datastreams.value.map((datastream: { name: string }) => datastream.name), ['Temperature Tiantan', 'Temperature Dongsi', 'PM2.5 Tiantan', 'PM2.5 Dongsi']);
    const near = await get('/Things', { $filter: `geo.distance(Locations/location, geography'POINT(116.417 39.929)') lt 6000`, $orderby: 'name' });
    assert.deepEqual(near.value.map((thing: { name: string }) => thing.name), ['Dongsi', 'Tiantan'], 'Tiantan is about 4.8 km from Dongsi, Guanyuan about 6.6 km');
    const east = [...present(hours.Dongsi, 'pm25'), ...present(hours.Tiantan, 'pm25')].filter((hour) => hour.pm25 > 200);
    const observations = await get('/Observations', { $filter: `geo.intersects(Datastream/Thing/Locations/location, geography'${EAST}') and Datastream/ObservedProperty/name eq 'PM2.5' and result gt 200`, $count: 'true', $top: '0' });
    assert.equal(observations['@iot.count'], east.length);
  });

  test('$orderby with several keys, and @iot.nextLink keeping $filter, $orderby and $select', async () => {
    const sorted = present(hours.Guanyuan, 'pm25').sort((a, b) => b.pm25 - a.pm25 || a.time.localeCompare(b.time));
    const top = await get(`/Datastreams(${pm25.Guanyuan})/Observations`, { $orderby: 'result desc,phenomenonTime asc', $top: '25' });
    assert.deepEqual(top.value.map((o: { phenomenonTime: string; result: number }) => [o.phenomenonTime, o.result]), sorted.slice(0, 25).map((hour) => [hour.time, hour.pm25]));
    const byTime = await get(`/Datastreams(${pm25.Guanyuan})/Observations`, { $orderby: 'phenomenonTime desc', $top: '3' });
    assert.deepEqual(byTime.value.map((o: { phenomenonTime: string }) => o.phenomenonTime), present(hours.Guanyuan, 'pm25').slice(-3).reverse().map((hour) => hour.time));

    const filter = 'result le 50 and phenomenonTime lt 2016-12-31T00:00:00+08:00';
    const expected = present(hours.Guanyuan, 'pm25').filter((hour) => hour.pm25 <= 50 && hour.time < '2016-12-30T16:00:00.000Z').sort((a, b) => a.pm25 - b.pm25 || a.time.localeCompare(b.time));
    assert.equal(expected.length, 62, 'clean air before the New Year smog: seven pages');
    let page = await get(`/Datastreams(${pm25.Guanyuan})/Observations`, { $filter: filter, $orderby: 'result,phenomenonTime', $select: 'result,phenomenonTime', $top: '10', $count: 'true' });
    const link = new URL(page['@iot.nextLink']);
    assert.equal(link.searchParams.get('$filter'), filter, 'the + of the offset is encoded, so it survives');
    assert.equal(link.searchParams.get('$orderby'), 'result,phenomenonTime');
    assert.equal(link.searchParams.get('$select'), 'result,phenomenonTime');
    assert.equal(link.searchParams.get('$skip'), '10');
    const seen = [...page.value];
    while (page['@iot.nextLink']) {
      page = await follow(page['@iot.nextLink']);
      assert.equal(page['@iot.count'], expected.length);
      seen.push(...page.value);
    }
    assert.deepEqual(seen.map((o) => [o.phenomenonTime, o.result]), expected.map((hour) => [hour.time, hour.pm25]));
    assert.deepEqual(Object.keys(seen[0]).sort(), ['@iot.id', '@iot.selfLink', 'phenomenonTime', 'result']);
  });

  test('$select keeps the asked properties, @iot.id and @iot.selfLink; a navigation property keeps its link', async () => {
    const thing = (await get('/Things', { $select: 'name,Datastreams', $filter: "name eq 'Dongsi'" })).value[0];
    assert.deepEqual(thing, { '@iot.id': things.Dongsi, '@iot.selfLink': `${thing['@iot.selfLink'].split('/Things(')[0]}/Things(${things.Dongsi})`, name: 'Dongsi', 'Datastreams@iot.navigationLink': `${thing['@iot.selfLink']}/Datastreams` });
    const one = await get(`/Datastreams(${pm25.Tiantan})`, { $select: 'unitOfMeasurement,@iot.id' });
    assert.deepEqual(Object.keys(one).sort(), ['@iot.id', '@iot.selfLink', 'unitOfMeasurement']);
    assert.equal(one.unitOfMeasurement.symbol, 'ug/m3');
  });

  test('$expand with nested $filter, $orderby, $top, $count and $expand, in one query per level', async () => {
    queries.length = 0;
    const body = await get('/Things', {
      $orderby: 'name',
      $select: 'name',
      $expand: "Datastreams($filter=ObservedProperty/name eq 'PM2.5';$select=name;$expand=ObservedProperty($select=name),Observations($orderby=phenomenonTime desc;$top=1;$select=phenomenonTime,result))",
    });
    assert.equal(queries.length, 4, `Things, Datastreams, ObservedProperty, Observations: ${queries.length} queries`);
    assert.deepEqual(body.value.map((thing: { name: string }) => thing.name), ['Dongsi', 'Guanyuan', 'Tiantan']);
    for (const thing of body.value) {
      const station = thing.name as Station;
      const last = present(hours[station], 'pm25').at(-1)!;
      assert.equal(thing.Datastreams.length, 1);
      const [datastream] = thing.Datastreams;
      assert.equal(datastream['@iot.id'], pm25[station]);
      assert.equal(datastream.name, `PM2.5 ${station}`);
      assert.equal(datastream.ObservedProperty.name, 'PM2.5');
      assert.equal(typeof datastream.ObservedProperty, 'object');
      assert.deepEqual(datastream.Observations.map((o: { phenomenonTime: string; result: number }) => [o.phenomenonTime, o.result]), [[last.time, last.pm25]]);
      assert.equal(datastream['Observations@iot.nextLink'], `${datastream['@iot.selfLink']}/Observations?$orderby=phenomenonTime%20desc&$select=phenomenonTime%2Cresult&$top=1&$skip=1`);
      assert.deepEqual(Object.keys(datastream).sort(), ['@iot.id', '@iot.selfLink', 'Observations', 'Observations@iot.nextLink', 'ObservedProperty', 'name']);
      const second = await follow(datastream['Observations@iot.nextLink']);
      assert.equal(second.value[0].phenomenonTime, present(hours[station], 'pm25').at(-2)!.time);
    }
  });

  test('$expand on one entity, nextLink keeping nested options, the / form, single navigations as objects', async () => {
    const thing = await get(`/Things(${things.Tiantan})`, { $expand: 'Datastreams($orderby=name desc;$top=1;$count=true;$expand=Observations($filter=result gt 100;$count=true;$top=5))' });
    assert.equal(thing.name, 'Tiantan');
    assert.equal(thing['Datastreams@iot.count'], 2);
    assert.deepEqual(thing.Datastreams.map((d: { name: string }) => d.name), ['Temperature Tiantan']);
    assert.deepEqual(thing.Datastreams[0].Observations, [], 'no temperature above 100');
    assert.equal(thing.Datastreams[0]['Observations@iot.count'], 0);
    const rest = await follow(thing['Datastreams@iot.nextLink']);
    assert.deepEqual(rest.value.map((d: { name: string }) => d.name), ['PM2.5 Tiantan']);
    const high = present(hours.Tiantan, 'pm25').filter((hour) => hour.pm25 > 100);
    assert.equal(rest.value[0]['Observations@iot.count'], high.length);
    assert.deepEqual(rest.value[0].Observations.map((o: { result: number }) => o.result), high.slice(0, 5).map((hour) => hour.pm25));

    const slash = await get(`/Things(${things.Dongsi})`, { $expand: 'Datastreams/Observations,Locations' });
    assert.deepEqual(slash.Datastreams.map((d: { Observations: unknown[] }) => d.Observations.length), [100, 100], 'the default $top of 100 inside');
    assert.deepEqual(slash.Locations.map((l: { location: unknown }) => l.location), [{ type: 'Point', coordinates: [...STATIONS.Dongsi] }]);

    const observations = await get(`/Datastreams(${temperature.Guanyuan})/Observations`, { $top: '2', $expand: 'Datastream($select=name;$expand=Thing($select=name),ObservedProperty)' });
    for (const observation of observations.value) {
      assert.equal(observation.Datastream.name, 'Temperature Guanyuan');
      assert.deepEqual(Object.keys(observation.Datastream.Thing).sort(), ['@iot.id', '@iot.selfLink', 'name']);
      assert.equal(observation.Datastream.Thing.name, 'Guanyuan');
      assert.equal(observation.Datastream.ObservedProperty.name, 'Temperature');
    }
  });

  test('bad options answer 400 problem+json naming the option and what is wrong', async () => {
    const problem = async (resource: string, query: Record<string, string>) => {
      const response = await request(app).get(`${ROOT}${resource}`).query(query).expect(400);
      assert.match(response.headers['content-type'], /^application\/problem\+json/);
      assert.equal(response.body.status, 400);
      return response.body.detail as string;
    };
    assert.equal(await problem('/Things', { $foo: '1' }), 'sensorthings-query: $foo is not supported; the options are $expand, $select, $filter, $orderby, $top, $skip, $count');
    assert.equal(await problem('/Observations', { $filter: 'result gt' }), "sensorthings-query: $filter at 10: expected a value after 'gt', found end of text");
    assert.match(await problem('/Observations', { $filter: 'colour eq 1' }), /^sensorthings-query: \$filter at 1: Observations has no property colour; use one of: id, phenomenonTime/);
    assert.equal(await problem('/Observations', { $filter: 'totaloffsetminutes(phenomenonTime) eq 0' }), 'sensorthings-query: $filter at 1: totaloffsetminutes() is not supported: times are stored in UTC without the offset they were sent with');
    assert.match(await problem('/Observations', { $filter: 'frobnicate(result) eq 0' }), /^sensorthings-query: \$filter at 1: unknown function 'frobnicate'; the functions are substringof, /);
    assert.equal(await problem('/Things', { $select: 'name,colour' }), 'sensorthings-query: $select: Thing has no property colour; select from id, name, description, properties, Locations, Datastreams');
    assert.equal(await problem('/Things', { $expand: 'Datastreams/Sensors' }), 'sensorthings-query: $expand=Datastreams/Sensors: Datastream has no navigation property Sensors; expand Thing, Sensor, ObservedProperty, Observations');
    assert.equal(await problem('/Things', { $expand: 'Datastreams($filter=name eq 1)' }), "sensorthings-query: $filter in $expand=Datastreams at 1: (name eq 1) compares a string with a number; compare a string with a quoted string ('10') and a number with a number");
    assert.equal(await problem('/Observations', { $expand: 'Datastream($top=1;$filter=id eq 1)' }), 'sensorthings-query: $expand=Datastream: $filter applies to collections, and Datastream is one entity; give only $select and $expand for it');
    assert.equal(await problem(`/Things(${things.Dongsi})`, { $top: '1' }), `sensorthings-query: $top applies to collections, and /Things(${things.Dongsi}) is one Thing; leave it out or ask for the collection`);
    assert.match(await problem('/Locations', { $orderby: 'location' }), /location is a geometry, which has no order/);
  });
});
