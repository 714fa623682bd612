import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileOrderBy } from './compile-order-by.ts';
import { formatFilter } from './format-filter.ts';
import { parseOrderBy } from './parse-order-by.ts';
import { SENSORTHINGS_FIELD_MAPS } from './sensorthings-field-maps.ts';

const observations = (text: string) => compileOrderBy(parseOrderBy(text), SENSORTHINGS_FIELD_MAPS.Observations, 'e.id');

describe('$orderby', () => {
  test('parses keys with directions, and expressions as keys', () => {
    const items = parseOrderBy("phenomenonTime desc, result,geo.distance(location, geography'POINT(1 2)') asc");
    assert.deepEqual(items.map((item) => [formatFilter(item.expression), item.direction]), [
      ['phenomenonTime', 'desc'],
      ['result', 'asc'],
      ["geo.distance(location, geography'POINT(1 2)')", 'asc'],
    ]);
  });

  test('compiles to the list after ORDER BY with the caller tie-break', () => {
    assert.deepEqual(observations('phenomenonTime desc'), { sql: 'e.phenomenon_time DESC, e.id ASC', bindings: [] });
    assert.deepEqual(observations('resultTime,phenomenonTime asc'), { sql: 'e.result_time ASC NULLS FIRST, e.phenomenon_time ASC, e.id ASC', bindings: [] });
    assert.deepEqual(observations('id desc'), { sql: 'e.id DESC', bindings: [] }, 'no second key when the tie-break is ordered already');
    assert.deepEqual(observations('@iot.id'), { sql: 'e.id ASC', bindings: [] });
    assert.deepEqual(compileOrderBy([], SENSORTHINGS_FIELD_MAPS.Things, 'e.id'), { sql: 'e.id ASC', bindings: [] });
  });

  test('orders JSON by number then text, and expressions with their bindings', () => {
    assert.deepEqual(observations('result desc'), {
      sql: "(CASE WHEN jsonb_typeof(e.result) = 'number' THEN e.result::numeric END) DESC NULLS LAST, (e.result #>> '{}') DESC NULLS LAST, e.id ASC",
      bindings: [],
    });
    assert.deepEqual(compileOrderBy(parseOrderBy("geo.distance(location, geography'POINT(116.4 39.9)'),name desc"), SENSORTHINGS_FIELD_MAPS.Locations, 'e.id'), {
      sql: 'ST_Distance(e.geom::geography, ST_GeomFromText(?, 4326)::geography) ASC NULLS FIRST, e.name DESC, e.id ASC',
      bindings: ['POINT(116.4 39.9)'],
    });
    assert.deepEqual(compileOrderBy(parseOrderBy("properties/floors desc, tolower(name)"), SENSORTHINGS_FIELD_MAPS.Things, 't.id'), {
      sql: "(CASE WHEN jsonb_typeof(e.properties->'floors') = 'number' THEN (e.properties->'floors')::numeric END) DESC NULLS LAST, e.properties->>'floors' DESC NULLS LAST, lower(e.name) ASC NULLS FIRST, t.id ASC",
      bindings: [],
    });
  });

  test('refuses bad keys with positions', () => {
    const fails = (text: string, message: string, set: keyof typeof SENSORTHINGS_FIELD_MAPS = 'Observations') =>
      assert.throws(() => compileOrderBy(parseOrderBy(text), SENSORTHINGS_FIELD_MAPS[set], 'e.id'), { name: 'DataError', message: `sensorthings-query: ${message}` }, text);
    fails('phenomenonTime down', "$orderby at 16: expected asc, desc, ',' before the next key, or the end, found 'down'");
    fails('phenomenonTime DESC', "$orderby at 16: expected asc or desc in lower case, found 'DESC'");
    fails('phenomenonTime desc,', "$orderby at 21: expected a value, found end of text");
    fails('colour', '$orderby at 1: Observations has no property colour; use one of: id, phenomenonTime, resultTime, result, result/<key>, parameters, parameters/<key>, Datastream/id, Datastream/name, Datastream/description, Datastream/properties, Datastream/properties/<key>, Datastream/unitOfMeasurement, Datastream/unitOfMeasurement/<key>, Datastream/observationType, Datastream/Thing/id, Datastream/Thing/name, Datastream/Thing/description, Datastream/Thing/properties, Datastream/Thing/properties/<key>, Datastream/Thing/Locations/location, Datastream/Sensor/id, Datastream/Sensor/name, Datastream/Sensor/description, Datastream/ObservedProperty/id, Datastream/ObservedProperty/name, Datastream/ObservedProperty/description, Datastream/ObservedProperty/definition');
    fails('location', '$orderby at 1: location is a geometry, which has no order; order by geo.distance(…) instead', 'Locations');
    fails('', '$orderby is empty; give a property such as phenomenonTime desc, or leave $orderby out');
  });
});
