import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileFilter } from './compile-filter.ts';
import { parseFilter } from './parse-filter.ts';
import { SENSORTHINGS_FIELD_MAPS } from './sensorthings-field-maps.ts';

const things = (filter: string) => compileFilter(parseFilter(filter), SENSORTHINGS_FIELD_MAPS.Things);
const observations = (filter: string) => compileFilter(parseFilter(filter), SENSORTHINGS_FIELD_MAPS.Observations);
const locations = (filter: string) => compileFilter(parseFilter(filter), SENSORTHINGS_FIELD_MAPS.Locations);
const UTC = "(e.phenomenon_time AT TIME ZONE 'UTC')";

describe('compileFilter functions', () => {
  test('string functions, with literals typed as text', () => {
    assert.deepEqual(things("substringof('room', name)"), { sql: '(strpos(e.name, ?::text) > 0)', bindings: ['room'] });
    assert.deepEqual(things("contains(name, 'room')"), { sql: '(strpos(e.name, ?::text) > 0)', bindings: ['room'] });
    assert.deepEqual(things("startswith(name, 'R')"), { sql: 'starts_with(e.name, ?::text)', bindings: ['R'] });
    assert.deepEqual(things("endswith(name, 'm')"), { sql: '(right(e.name, char_length(?::text)) = ?::text)', bindings: ['m', 'm'] });
    assert.deepEqual(things('length(name) gt 3'), { sql: 'char_length(e.name) > ?', bindings: [3] });
    assert.deepEqual(things("indexof(name, 'o') eq 1"), { sql: '(strpos(e.name, ?::text) - 1) = ?', bindings: ['o', 1] });
    assert.deepEqual(things("substring(name, 1) eq 'oom'"), { sql: 'substr(e.name, (?::numeric)::integer + 1) = ?', bindings: [1, 'oom'] });
    assert.deepEqual(things("substring(name, 1, 2) eq 'oo'"), { sql: 'substr(e.name, (?::numeric)::integer + 1, (?::numeric)::integer) = ?', bindings: [1, 2, 'oo'] });
    assert.deepEqual(things("tolower(name) eq 'room' or toupper(name) eq 'ROOM'"), { sql: '(lower(e.name) = ? OR upper(e.name) = ?)', bindings: ['room', 'ROOM'] });
    assert.deepEqual(things("trim(name) eq 'x'"), { sql: 'btrim(e.name) = ?', bindings: ['x'] });
    assert.deepEqual(things("concat(concat(name, ' '), description) eq 'a b'"), { sql: '((e.name || ?::text) || e.description) = ?', bindings: [' ', 'a b'] });
    assert.deepEqual(things("substringof('pump', properties/kind)"), { sql: "(strpos(e.properties->>'kind', ?::text) > 0)", bindings: ['pump'] });
  });

  test('date and time functions, taken in UTC', () => {
    assert.deepEqual(observations('year(phenomenonTime) eq 2013'), { sql: `extract(year from ${UTC}) = ?`, bindings: [2013] });
    assert.deepEqual(observations('month(phenomenonTime) eq 3 and day(phenomenonTime) eq 1'), { sql: `(extract(month from ${UTC}) = ? AND extract(day from ${UTC}) = ?)`, bindings: [3, 1] });
    assert.deepEqual(observations('hour(phenomenonTime) eq 12 and minute(phenomenonTime) eq 0'), { sql: `(extract(hour from ${UTC}) = ? AND extract(minute from ${UTC}) = ?)`, bindings: [12, 0] });
    assert.deepEqual(observations('second(phenomenonTime) eq 0'), { sql: `floor(extract(second from ${UTC})) = ?`, bindings: [0] });
    assert.deepEqual(observations('fractionalseconds(phenomenonTime) eq 0'), { sql: `(extract(second from ${UTC}) - floor(extract(second from ${UTC}))) = ?`, bindings: [0] });
    assert.deepEqual(observations('date(phenomenonTime) eq 2013-03-01'), { sql: `${UTC}::date = ?`, bindings: ['2013-03-01'] });
    assert.deepEqual(observations('time(phenomenonTime) lt 06:30:00'), { sql: `${UTC}::time < ?`, bindings: ['06:30:00'] });
    assert.deepEqual(observations('year(2013-03-01) eq 2013'), { sql: 'extract(year from ?::date) = ?', bindings: ['2013-03-01', 2013] });
    assert.deepEqual(observations('phenomenonTime lt now() and phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime()'), {
      sql: "((e.phenomenon_time < now() AND e.phenomenon_time > '-infinity'::timestamptz) AND e.phenomenon_time < 'infinity'::timestamptz)",
      bindings: [],
    });
  });

  test('math functions on JSON results', () => {
    const number = "(CASE WHEN jsonb_typeof(e.result) = 'number' THEN e.result::numeric END)";
    assert.deepEqual(observations('round(result) eq 3'), { sql: `round(${number}) = ?`, bindings: [3] });
    assert.deepEqual(observations('floor(result) eq 2'), { sql: `floor(${number}) = ?`, bindings: [2] });
    assert.deepEqual(observations('ceiling(result) eq 3'), { sql: `ceil(${number}) = ?`, bindings: [3] });
    assert.deepEqual(observations('round(2.5) eq 3'), { sql: 'round(?::numeric) = ?', bindings: [2.5, 3] });
  });

  test('geo functions: intersections on the geometry, distances and lengths on the geography', () => {
    const point = "geography'POINT(116.4 39.9)'";
    assert.deepEqual(locations(`geo.intersects(location, ${point})`), { sql: 'ST_Intersects(e.geom, ST_GeomFromText(?, 4326))', bindings: ['POINT(116.4 39.9)'] });
    assert.deepEqual(locations(`geo.distance(location, ${point}) gt 10`), { sql: 'ST_Distance(e.geom::geography, ST_GeomFromText(?, 4326)::geography) > ?', bindings: ['POINT(116.4 39.9)', 10] });
    assert.deepEqual(locations(`geo.distance(location, ${point}) ge 10`), { sql: 'ST_Distance(e.geom::geography, ST_GeomFromText(?, 4326)::geography) >= ?', bindings: ['POINT(116.4 39.9)', 10] });
    assert.deepEqual(locations('geo.length(location) gt 100'), { sql: 'ST_Length(e.geom::geography) > ?', bindings: [100] });
    for (const [name, sql] of [['st_equals', 'ST_Equals'], ['st_disjoint', 'ST_Disjoint'], ['st_touches', 'ST_Touches'], ['st_within', 'ST_Within'], ['st_overlaps', 'ST_Overlaps'], ['st_crosses', 'ST_Crosses'], ['st_intersects', 'ST_Intersects'], ['st_contains', 'ST_Contains']]) {
      assert.deepEqual(locations(`${name}(location, ${point})`), { sql: `${sql}(e.geom, ST_GeomFromText(?, 4326))`, bindings: ['POINT(116.4 39.9)'] }, name);
    }
    assert.deepEqual(locations(`st_relate(location, ${point}, 'T********')`), { sql: 'ST_Relate(e.geom, ST_GeomFromText(?, 4326), ?::text)', bindings: ['POINT(116.4 39.9)', 'T********'] });
    assert.deepEqual(locations(`not geo.intersects(${point}, location)`), { sql: '(NOT ST_Intersects(ST_GeomFromText(?, 4326), e.geom))', bindings: ['POINT(116.4 39.9)'] });
  });
});
