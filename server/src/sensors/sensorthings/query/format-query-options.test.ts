import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatQueryOptions } from './format-query-options.ts';
import { parseQueryOptions } from './parse-query-options.ts';

describe('formatQueryOptions', () => {
  test('writes options back as text, defaults left out', () => {
    const options = parseQueryOptions({ $filter: "result gt 30 and Datastream/ObservedProperty/name eq 'PM2.5'", $orderby: 'result desc,phenomenonTime', $top: '100', $select: 'result,@iot.id' });
    assert.deepEqual(formatQueryOptions(options, 100), {
      $filter: "((result gt 30) and (Datastream/ObservedProperty/name eq 'PM2.5'))",
      $orderby: 'result desc,phenomenonTime asc',
      $select: 'result,id',
    });
    assert.deepEqual(formatQueryOptions(parseQueryOptions({ $top: '5', $skip: '10', $count: 'true' }), 100), { $top: '5', $skip: '10', $count: 'true' });
    assert.deepEqual(formatQueryOptions(parseQueryOptions({ $expand: 'Datastreams/Observations($top=1)' }), 100), { $expand: 'Datastreams($expand=Observations($top=1))' });
  });

  test('what it writes parses back to the same options (the same text again)', () => {
    const cases: Record<string, string>[] = [
      { $filter: "not (substringof('a;b,c)', name)) and phenomenonTime ge 2017-01-01T00:00:00+08:00 and phenomenonTime sub resultTime lt duration'-PT2H'" },
      { $filter: "geo.intersects(location, geography'POLYGON((116 39, 117 39, 117 40, 116 40, 116 39))') or -result lt -1.5 or name eq 'O''Brien'", $orderby: "geo.distance(location, geography'POINT(116.4 39.9)') desc" },
      { $expand: "Datastreams($filter=ObservedProperty/name eq 'PM2.5';$orderby=name desc;$top=1;$count=true;$select=name;$expand=ObservedProperty,Observations($orderby=phenomenonTime desc;$top=1)),Locations" },
    ];
    for (const raw of cases) {
      const once = formatQueryOptions(parseQueryOptions(raw), 100);
      assert.deepEqual(formatQueryOptions(parseQueryOptions(once), 100), once, JSON.stringify(raw));
    }
  });
});
