import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileFilter } from './compile-filter.ts';
import type { FieldMap } from './field-map.ts';
import { parseFilter } from './parse-filter.ts';
import { SENSORTHINGS_FIELD_MAPS } from './sensorthings-field-maps.ts';

/** A field map as a caller with its own aliases would write it. */
const OBSERVATIONS: FieldMap = {
  set: 'Observations',
  fields: {
    id: { sql: 'o.id', type: 'number', notNull: true },
    result: { sql: 'o.result', type: 'json' },
    phenomenonTime: { sql: 'o.phenomenon_time', type: 'datetime', notNull: true },
    resultTime: { sql: 'o.result_time', type: 'datetime' },
    'Datastream/id': { sql: 'o.datastream_id', type: 'number', notNull: true },
  },
};
const NUMBER = "(CASE WHEN jsonb_typeof(o.result) = 'number' THEN o.result::numeric END)";

const compile = (filter: string, fields: FieldMap = OBSERVATIONS) => compileFilter(parseFilter(filter), fields);
const fails = (filter: string, fields: FieldMap, message: string | RegExp) =>
  assert.throws(() => compile(filter, fields), { name: 'DataError', message: typeof message === 'string' ? `sensorthings-query: ${message}` : message }, filter);

describe('compileFilter', () => {
  test('compiles the SensorThings 1.1 $filter examples', () => {
    assert.deepEqual(compile('result lt 10.00'), { sql: `${NUMBER} < ?`, bindings: [10] });
    assert.deepEqual(compile('phenomenonTime ge 2013-03-01T00:00:00Z and phenomenonTime lt 2013-03-02T00:00:00Z'), {
      sql: '(o.phenomenon_time >= ? AND o.phenomenon_time < ?)',
      bindings: ['2013-03-01T00:00:00Z', '2013-03-02T00:00:00Z'],
    });
    assert.deepEqual(compile("name eq 'IlluminanceLevel'", SENSORTHINGS_FIELD_MAPS.ObservedProperties), { sql: 'e.name = ?', bindings: ['IlluminanceLevel'] });
    assert.deepEqual(compile("substringof('room', name)", SENSORTHINGS_FIELD_MAPS.Things), { sql: '(strpos(e.name, ?::text) > 0)', bindings: ['room'] });
    assert.deepEqual(compile("not startswith(description,'test')", SENSORTHINGS_FIELD_MAPS.Things), { sql: '(NOT starts_with(e.description, ?::text))', bindings: ['test'] });
    assert.deepEqual(compile('(result sub 5) gt 10'), { sql: `(${NUMBER} - ?::numeric) > ?`, bindings: [5, 10] });
    assert.deepEqual(compile('result gt 20 or result le 3.5'), { sql: `(${NUMBER} > ? OR ${NUMBER} <= ?)`, bindings: [20, 3.5] });
  });

  test('compiles geo.intersects and geo.distance on the geography', () => {
    const polygon = 'POLYGON((30 10, 10 20, 20 40, 40 40, 30 10))';
    assert.deepEqual(compile(`geo.intersects(location, geography'${polygon}')`, SENSORTHINGS_FIELD_MAPS.Locations), { sql: 'ST_Intersects(e.geom, ST_GeomFromText(?, 4326))', bindings: [polygon] });
    assert.deepEqual(compile(`st_within(location, geography'${polygon}')`, SENSORTHINGS_FIELD_MAPS.Locations), { sql: 'ST_Within(e.geom, ST_GeomFromText(?, 4326))', bindings: [polygon] });
    const locations = '(SELECT ST_Collect(l.geom) FROM sensor_thing_locations tl JOIN sensor_locations l ON l.id = tl.location_id WHERE tl.thing_id = e.id)';
    // The specification's own example, with its comma inside POINT(-122, 43).
    assert.deepEqual(compile("geo.distance(Locations/location, geography'POINT(-122, 43)') gt 1", SENSORTHINGS_FIELD_MAPS.Things), {
      sql: `ST_Distance(${locations}::geography, ST_GeomFromText(?, 4326)::geography) > ?`,
      bindings: ['POINT(-122 43)', 1],
    });
    assert.deepEqual(compile("geo.distance(location, geography'POINT(116.4 39.9)') le 500", SENSORTHINGS_FIELD_MAPS.Locations), {
      sql: 'ST_DWithin(e.geom::geography, ST_GeomFromText(?, 4326)::geography, ?)',
      bindings: ['POINT(116.4 39.9)', 500],
    });
    assert.deepEqual(compile("geo.distance(location, geography'POINT(116.4 39.9)') lt 500", SENSORTHINGS_FIELD_MAPS.Locations), {
      sql: '(ST_DWithin(e.geom::geography, ST_GeomFromText(?, 4326)::geography, ?) AND ST_Distance(e.geom::geography, ST_GeomFromText(?, 4326)::geography) < ?)',
      bindings: ['POINT(116.4 39.9)', 500, 'POINT(116.4 39.9)', 500],
    });
  });

  test('compares JSON values by the type of the other side, through a CASE guard', () => {
    assert.deepEqual(compile("result eq 'on'"), { sql: "(o.result #>> '{}') = ?", bindings: ['on'] });
    assert.deepEqual(compile('result eq true'), { sql: "(CASE WHEN jsonb_typeof(o.result) = 'boolean' THEN o.result::boolean END) = TRUE", bindings: [] });
    assert.deepEqual(compile('result ne 5'), { sql: `${NUMBER} IS DISTINCT FROM ?`, bindings: [5] });
    assert.deepEqual(compile('result eq null'), { sql: "(o.result IS NULL OR jsonb_typeof(o.result) = 'null')", bindings: [] });
    assert.deepEqual(compile('result ne null'), { sql: "(o.result IS NOT NULL AND jsonb_typeof(o.result) <> 'null')", bindings: [] });
    const datastreamThreshold = "(SELECT r.properties FROM sensor_datastreams r WHERE r.id = e.datastream_id)->'threshold'";
    assert.deepEqual(compile('result eq Datastream/properties/threshold', SENSORTHINGS_FIELD_MAPS.Observations), { sql: `e.result = ${datastreamThreshold}`, bindings: [] }, 'jsonb equality');
    assert.deepEqual(compile('result gt Datastream/properties/threshold', SENSORTHINGS_FIELD_MAPS.Observations), {
      sql: `(CASE WHEN jsonb_typeof(e.result) = 'number' THEN e.result::numeric END) > (CASE WHEN jsonb_typeof(${datastreamThreshold}) = 'number' THEN (${datastreamThreshold})::numeric END)`,
      bindings: [],
    });
    const things = SENSORTHINGS_FIELD_MAPS.Things;
    assert.deepEqual(compile("properties/kind eq 'pump'", things), { sql: "e.properties->>'kind' = ?", bindings: ['pump'] });
    assert.deepEqual(compile('properties/floors gt 3', things), { sql: "(CASE WHEN jsonb_typeof(e.properties->'floors') = 'number' THEN (e.properties->'floors')::numeric END) > ?", bindings: [3] });
    assert.deepEqual(compile("properties/address/city eq 'Beijing'", things), { sql: "e.properties->'address'->>'city' = ?", bindings: ['Beijing'] });
    assert.deepEqual(compile('properties/active', things), { sql: "(CASE WHEN jsonb_typeof(e.properties->'active') = 'boolean' THEN (e.properties->'active')::boolean END)", bindings: [] });
  });

  test('follows navigation paths of one entity through the field map', () => {
    assert.deepEqual(compile('Datastream/id eq 7'), { sql: 'o.datastream_id = ?', bindings: [7] });
    assert.deepEqual(compile('Datastream/@iot.id eq 7 and @iot.id gt 100'), { sql: '(o.datastream_id = ? AND o.id > ?)', bindings: [7, 100] });
    assert.deepEqual(compile("id eq '7'"), { sql: 'o.id = ?', bindings: [7] }, 'a quoted id reads as a number');
    assert.deepEqual(compile("Thing/properties/kind eq 'pump'", SENSORTHINGS_FIELD_MAPS.Datastreams), { sql: "(SELECT r.properties FROM sensor_things r WHERE r.id = e.thing_id)->>'kind' = ?", bindings: ['pump'] });
    assert.deepEqual(compile("Thing/name eq 'Dongsi'", SENSORTHINGS_FIELD_MAPS.Datastreams), { sql: '(SELECT r.name FROM sensor_things r WHERE r.id = e.thing_id) = ?', bindings: ['Dongsi'] });
  });

  test('compiles times, durations and arithmetic', () => {
    assert.deepEqual(compile("phenomenonTime gt now() sub duration'P1D'"), { sql: 'o.phenomenon_time > (now() - ?::interval)', bindings: ['P1D'] });
    assert.deepEqual(compile('phenomenonTime ge 2022-12-23T13:21:31+01:00'), { sql: 'o.phenomenon_time >= ?', bindings: ['2022-12-23T13:21:31+01:00'] });
    assert.deepEqual(compile("phenomenonTime gt '2013-03-01T00:00:00Z'"), { sql: 'o.phenomenon_time > ?', bindings: ['2013-03-01T00:00:00Z'] });
    assert.deepEqual(compile("resultTime sub phenomenonTime gt duration'PT1H'"), { sql: '(o.result_time - o.phenomenon_time) > ?', bindings: ['PT1H'] });
    assert.deepEqual(compile("phenomenonTime sub resultTime eq duration'-PT2H'"), { sql: '(o.phenomenon_time - o.result_time) = (-?::interval)', bindings: ['PT2H'] });
    assert.deepEqual(compile("phenomenonTime lt resultTime sub '-P1D'"), { sql: 'o.phenomenon_time < (o.result_time - (-?::interval))', bindings: ['P1D'] });
    assert.deepEqual(compile('resultTime eq null'), { sql: 'o.result_time IS NULL', bindings: [] });
    assert.deepEqual(compile('result mod 2 eq 0 and result div 2 gt 4 and result mul 2 add 1 lt -100'), {
      sql: `(((${NUMBER} % ?::numeric) = ? AND (${NUMBER} / ?::numeric) > ?) AND ((${NUMBER} * ?::numeric) + ?::numeric) < ?)`,
      bindings: [2, 0, 2, 4, 2, 1, -100],
    });
    assert.deepEqual(compile('5 eq 5'), { sql: '?::numeric = ?::numeric', bindings: [5, 5] }, 'two literals get their types written out');
    assert.deepEqual(compile('5 gt 2 add 1'), { sql: '? > (?::numeric + ?::numeric)', bindings: [5, 2, 1] });
    assert.deepEqual(compile('- result lt 0'), { sql: `(-${NUMBER}) < ?`, bindings: [0] });
  });

  test('keeps precedence and string escapes in the SQL', () => {
    const fields: FieldMap = { set: 'Tests', fields: { a: { sql: 't.a', type: 'boolean' }, b: { sql: 't.b', type: 'number' }, c: { sql: 't.c', type: 'string' } } };
    assert.deepEqual(compile("not a eq true or b eq 2 and c eq 'it''s'", fields), { sql: '((NOT t.a) = TRUE OR (t.b = ? AND t.c = ?))', bindings: [2, "it's"] });
    assert.deepEqual(compile('not (b eq 1 or b eq 2)', fields), { sql: '(NOT (t.b = ? OR t.b = ?))', bindings: [1, 2] });
    assert.deepEqual(compile("c eq '; DROP TABLE x; --'", fields), { sql: 't.c = ?', bindings: ['; DROP TABLE x; --'] });
  });

  test('refuses unknown paths naming the allowed ones, and type errors naming the fix', () => {
    fails('foo eq 1', OBSERVATIONS, '$filter at 1: Observations has no property foo; use one of: id, result, result/<key>, phenomenonTime, resultTime, Datastream/id');
    // Paths through collections (any semantics) are not supported.
    fails('Datastreams/Observations/result gt 20', SENSORTHINGS_FIELD_MAPS.Things, /^sensorthings-query: \$filter at 1: Datastreams\/Observations\/result goes through Datastreams, a collection; paths through collections \(any\/all\) are not supported/);
    fails('id/x eq 1', OBSERVATIONS, '$filter at 1: id of Observations is a number and has no members; id/x does not exist');
    fails('phenomenonTime eq 5', OBSERVATIONS, '$filter at 1: (phenomenonTime eq 5) compares a date-time with a number; compare values of one type');
    fails("phenomenonTime gt '2013-03-01'", OBSERVATIONS, /compares a date-time with a string; write date-times without quotes and with an offset/);
    fails('not result eq 1', OBSERVATIONS, '$filter at 1: ((not result) eq 1) compares a boolean with a number; not binds tighter than eq; write not (result eq 1)');
    fails("not name eq 'x'", SENSORTHINGS_FIELD_MAPS.Things, '$filter at 1: not applies to the condition right after it, and name is a string; to negate a comparison write not (name eq …)');
    fails('name', SENSORTHINGS_FIELD_MAPS.Things, '$filter at 1: name is a string, not a condition; compare it, e.g. name eq …');
    fails('result gt null', OBSERVATIONS, '$filter at 1: null compares only with eq and ne; (result gt null) is never true');
    fails("phenomenonTime add 5 gt now()", OBSERVATIONS, /^sensorthings-query: \$filter at 1: \(phenomenonTime add 5\): with date-times, add and sub take a duration/);
    fails("name add 1 eq 2", SENSORTHINGS_FIELD_MAPS.Things, '$filter at 1: add takes numbers, or date-times and durations; name is a string');
    fails("location eq geography'POINT(1 2)'", SENSORTHINGS_FIELD_MAPS.Locations, '$filter at 1: geometries are not compared with eq; use geo.intersects, st_equals or geo.distance');
    fails("geo.intersects(location, 'POINT(1 2)')", SENSORTHINGS_FIELD_MAPS.Locations, "$filter at 26: argument 2 of geo.intersects(geometry, geometry) is a string ('POINT(1 2)'), not a geometry");
    fails("length(id) eq 1", OBSERVATIONS, '$filter at 8: argument 1 of length(string) is a number (id), not a string');
    fails("result eq 1 and name", SENSORTHINGS_FIELD_MAPS.Observations, /^sensorthings-query: \$filter at 17: Observations has no property name/);
  });
});
