import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../db/open-database.ts';
import { openTestDatabase } from '../../../testing/test-database.ts';
import { ENTITY_SET_TABLE, type EntitySetName } from '../entity-sets.ts';
import { compileFilter } from './compile-filter.ts';
import { compileOrderBy } from './compile-order-by.ts';
import { parseFilter } from './parse-filter.ts';
import { parseOrderBy } from './parse-order-by.ts';
import { SENSORTHINGS_FIELD_MAPS } from './sensorthings-field-maps.ts';

// The compiled SQL run on PostgreSQL + PostGIS (PGlite, or DATABASE_URL): that it is valid,
// and that it selects what the OData semantics say, JSON results of mixed types included.
describe('compiled $filter and $orderby on PostGIS', () => {
  let db: Database;
  before(async () => {
    db = await openTestDatabase();
    const k = db.knex;
    await k('sensor_things').insert([
      { id: 1, name: 'Room 101', description: 'meeting room', properties: { kind: 'room', floors: 3, active: true, address: { city: 'Beijing' } } },
      { id: 2, name: 'Pump station', description: 'test pump', properties: { kind: 'pump', floors: '3', active: false } },
      { id: 3, name: "O'Brien's lab", description: '' },
    ]);
    await k.raw("INSERT INTO sensor_locations (id, name, geom) VALUES (1, 'Dongsi', ST_GeomFromText('POINT(116.417 39.929)', 4326)), (2, 'Oregon', ST_GeomFromText('POINT(-122 43)', 4326))");
    await k('sensor_thing_locations').insert([{ thing_id: 1, location_id: 1 }, { thing_id: 2, location_id: 2 }]);
    await k('sensor_sensors').insert({ id: 1, name: 'PM2.5 sensor' });
    await k('sensor_observed_properties').insert({ id: 1, name: 'PM2.5', definition: 'http://example.org/pm25' });
    await k('sensor_datastreams').insert([
      { id: 1, name: 'PM2.5 Dongsi', unit_of_measurement: { symbol: 'µg/m³' }, thing_id: 1, sensor_id: 1, observed_property_id: 1, properties: { threshold: 10 } },
      { id: 2, name: 'PM2.5 Oregon', unit_of_measurement: { symbol: 'µg/m³' }, thing_id: 2, sensor_id: 1, observed_property_id: 1 },
    ]);
    await k('sensor_observations').insert([
      { id: 1, datastream_id: 1, phenomenon_time: '2013-03-01T00:00:00Z', result: JSON.stringify(5) },
      { id: 2, datastream_id: 1, phenomenon_time: '2013-03-01T12:30:15.25Z', result: JSON.stringify(15) },
      { id: 3, datastream_id: 1, phenomenon_time: '2013-03-02T00:00:00Z', result: JSON.stringify('on') },
      { id: 4, datastream_id: 1, phenomenon_time: '2013-03-03T00:00:00Z', result: 'null' },
      { id: 5, datastream_id: 1, phenomenon_time: '2013-03-04T00:00:00Z', result: JSON.stringify(true) },
      { id: 6, datastream_id: 2, phenomenon_time: '2013-03-01T06:00:00+08:00', result_time: '2013-03-01T00:00:00Z', result: JSON.stringify(25) },
    ]);
  });
  after(async () => db?.close());

  const ids = async (set: EntitySetName, filter: string) => {
    const where = compileFilter(parseFilter(filter), SENSORTHINGS_FIELD_MAPS[set]);
    const rows = await db.knex.raw(`SELECT e.id FROM ${ENTITY_SET_TABLE[set].from} WHERE ${where.sql} ORDER BY e.id`, where.bindings as never[]);
    return (rows.rows as { id: number }[]).map((row) => Number(row.id));
  };

  const CASES: [EntitySetName, string, number[]][] = [
    ['Observations', 'result lt 10.00', [1]],
    ['Observations', 'result gt 20 or result le 3.5', [6]],
    ['Observations', 'result ne 5', [2, 3, 4, 5, 6]],
    ["Observations", "result eq 'on'", [3]],
    ['Observations', 'result eq true', [5]],
    ['Observations', 'result eq null', [4]],
    ['Observations', '(result sub 5) gt 5', [2, 6]],
    ['Observations', 'result mod 2 eq 1 and result div 5 ge 3', [2, 6]],
    ['Observations', 'phenomenonTime ge 2013-03-01T00:00:00Z and phenomenonTime lt 2013-03-02T00:00:00Z', [1, 2]],
    ['Observations', 'phenomenonTime le 2013-03-01T06:00:00+08:00', [6]],
    ['Observations', 'phenomenonTime lt 2013-03-01T06:00:00+08:00', []],
    ['Observations', "phenomenonTime gt '2013-03-02T00:00:00Z'", [4, 5]],
    ['Observations', "phenomenonTime sub resultTime eq duration'-PT2H'", [6]],
    ['Observations', "resultTime sub phenomenonTime eq duration'PT2H' and resultTime eq phenomenonTime add duration'PT1H' add duration'PT60M'", [6]],
    ['Observations', "phenomenonTime gt now() sub duration'P1D'", []],
    ['Observations', 'resultTime eq null and Datastream/id eq 2', []],
    ['Observations', "Datastream/Thing/properties/kind eq 'pump'", [6]],
    ['Observations', 'result gt Datastream/properties/threshold', [2]],
    ['Observations', 'result ne Datastream/properties/threshold and Datastream/id eq 1', [1, 2, 3, 4, 5]],
    ['Observations', "Datastream/unitOfMeasurement/symbol eq 'µg/m³' and Datastream/@iot.id eq 1 and id le 2", [1, 2]],
    ['Observations', 'year(phenomenonTime) eq 2013 and month(phenomenonTime) eq 2', [6]],
    ['Observations', 'day(phenomenonTime) eq 1 and hour(phenomenonTime) eq 12 and minute(phenomenonTime) eq 30 and second(phenomenonTime) eq 15', [2]],
    ['Observations', 'fractionalseconds(phenomenonTime) eq 0.25', [2]],
    ['Observations', 'date(phenomenonTime) eq 2013-03-02 or time(phenomenonTime) eq 22:00:00', [3, 6]],
    ['Observations', 'phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime() and id eq 1', [1]],
    ['Observations', 'round(result) eq 15 and floor(result add 0.5) eq 15 and ceiling(result sub 0.5) eq 15', [2]],
    ['Things', "substringof('room', name) or substringof('room', description)", [1]],
    ['Things', "contains(name, 'Room') and startswith(name, 'Ro') and endswith(name, '101')", [1]],
    ['Things', "name eq 'O''Brien''s lab'", [3]],
    ['Things', "not startswith(description,'test')", [1, 3]],
    ['Things', "length(name) eq 8 and indexof(name, 'o') eq 1", [1]],
    ['Things', "substring(name, 5) eq '101' and substring(name, 0, 4) eq 'Room'", [1]],
    ['Things', "tolower(name) eq 'pump station' and toupper(name) eq 'PUMP STATION' and trim(concat(' ', name)) eq 'Pump station'", [2]],
    ['Things', "properties/kind eq 'pump'", [2]],
    ['Things', 'properties/floors eq 3', [1]],
    ['Things', "properties/floors eq '3'", [1, 2]],
    ['Things', 'properties/active', [1]],
    ['Things', "properties/address/city eq 'Beijing'", [1]],
    ['Things', 'properties/kind eq null', [3]],
    ['Things', "geo.distance(Locations/location, geography'POINT(-122, 43)') gt 1", [1]],
    ['Things', "geo.distance(Locations/location, geography'POINT(116.4 39.9)') lt 5000", [1]],
    ['Things', "geo.intersects(Locations/location, geography'POLYGON((116 39, 117 39, 117 40, 116 40, 116 39))')", [1]],
    ['Locations', "st_within(location, geography'POLYGON((-123 42, -121 42, -121 44, -123 44, -123 42))')", [2]],
    ['Locations', "st_intersects(location, geography'MULTIPOLYGON(((116 39, 117 39, 117 40, 116 40, 116 39)))') and not st_disjoint(location, geography'POINT(116.417 39.929)')", [1]],
    ['Locations', "st_equals(location, geography'POINT(-122 43)') and st_relate(location, geography'POINT(-122 43)', 'T********')", [2]],
    ['Locations', "st_touches(location, geography'LINESTRING(-122 43, -121 43)') and geo.length(geography'LINESTRING(0 0, 0 1)') gt 110000", [2]],
    ['Locations', "st_contains(geography'POLYGON((116 39, 117 39, 117 40, 116 40, 116 39))', location) and not st_overlaps(location, geography'POINT(1 2)') and not st_crosses(location, geography'LINESTRING(1 2, 3 4)')", [1]],
  ];

  for (const [set, filter, expected] of CASES) {
    test(`${set}?$filter=${filter}`, async () => assert.deepEqual(await ids(set, filter), expected));
  }

  test('$orderby orders JSON results by number, then text, with the id tie-break', async () => {
    const order = async (text: string) => {
      const orderBy = compileOrderBy(parseOrderBy(text), SENSORTHINGS_FIELD_MAPS.Observations, 'e.id');
      const rows = await db.knex.raw(`SELECT e.id FROM sensor_observations e ORDER BY ${orderBy.sql}`, orderBy.bindings as never[]);
      return (rows.rows as { id: number }[]).map((row) => Number(row.id));
    };
    // Nulls first ascending: the non-numbers (4 null, 3 'on', 5 true) by their text, then 5, 15, 25.
    assert.deepEqual(await order('result'), [4, 3, 5, 1, 2, 6]);
    assert.deepEqual(await order('result desc'), [6, 2, 1, 5, 3, 4]);
    assert.deepEqual(await order('Datastream/id desc,phenomenonTime desc'), [6, 5, 4, 3, 2, 1]);
  });
});
