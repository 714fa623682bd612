import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatFilter } from './format-filter.ts';
import { parseQueryOptions } from './parse-query-options.ts';
import type { ExpandItem, QueryOptions } from './query-options.ts';

/** Options as plain data: filters and order keys as text. */
function summary(options: QueryOptions): Record<string, unknown> {
  return {
    ...(options.filter ? { filter: formatFilter(options.filter) } : {}),
    ...(options.orderBy.length ? { orderBy: options.orderBy.map((item) => `${formatFilter(item.expression)} ${item.direction}`) } : {}),
    top: options.top,
    skip: options.skip,
    count: options.count,
    ...(options.select ? { select: options.select } : {}),
    ...(options.expand.length ? { expand: options.expand.map((item: ExpandItem) => ({ navigation: item.navigation, ...summary(item.options) })) } : {}),
  };
}
const fails = (raw: Record<string, string>, message: string | RegExp, settings = {}) =>
  assert.throws(() => parseQueryOptions(raw, settings), { name: 'DataError', message: typeof message === 'string' ? `sensorthings-query: ${message}` : message }, JSON.stringify(raw));

describe('parseQueryOptions', () => {
  test('applies defaults and leaves parameters without $ alone', () => {
    assert.deepEqual(parseQueryOptions({ token: 'abc' }), { orderBy: [], top: 100, skip: 0, count: false, expand: [] });
    assert.equal(parseQueryOptions({}, { top: 20 }).top, 20);
  });

  test('reads every supported option', () => {
    const options = parseQueryOptions({ $filter: 'result gt 5', $orderby: 'phenomenonTime desc', $top: '10', $skip: '20', $count: 'true', $select: 'result,@iot.id,phenomenonTime,result' });
    assert.deepEqual(summary(options), { filter: '(result gt 5)', orderBy: ['phenomenonTime desc'], top: 10, skip: 20, count: true, select: ['result', 'id', 'phenomenonTime'] });
  });

  test('reads nested $expand options separated by ;', () => {
    const options = parseQueryOptions({ $expand: 'Datastreams($select=name;$expand=Observations($top=1;$orderby=phenomenonTime desc)),Locations' });
    assert.deepEqual(summary(options).expand, [
      { navigation: 'Datastreams', top: 100, skip: 0, count: false, select: ['name'], expand: [{ navigation: 'Observations', orderBy: ['phenomenonTime desc'], top: 1, skip: 0, count: false }] },
      { navigation: 'Locations', top: 100, skip: 0, count: false },
    ]);
  });

  test('reads the / path form of $expand and merges entries of one navigation', () => {
    assert.deepEqual(summary(parseQueryOptions({ $expand: 'Datastreams/Observations' })).expand, [
      { navigation: 'Datastreams', top: 100, skip: 0, count: false, expand: [{ navigation: 'Observations', top: 100, skip: 0, count: false }] },
    ]);
    const merged = parseQueryOptions({ $expand: 'Datastreams/Observations($filter=result gt 1;$top=5),Datastreams($count=true),Datastreams/Thing($select=name)' });
    assert.deepEqual(summary(merged).expand, [
      {
        navigation: 'Datastreams',
        top: 100,
        skip: 0,
        count: true,
        expand: [
          { navigation: 'Observations', filter: '(result gt 1)', top: 5, skip: 0, count: false },
          { navigation: 'Thing', top: 100, skip: 0, count: false, select: ['name'] },
        ],
      },
    ]);
  });

  test('keeps ; and , inside quoted strings and parentheses of nested filters', () => {
    const options = parseQueryOptions({ $expand: "Datastreams($filter=substringof('a;b,c)', name) and id eq 1;$top=2)" });
    assert.deepEqual(summary(options.expand[0].options), { filter: "(substringof('a;b,c)', name) and (id eq 1))", top: 2, skip: 0, count: false });
  });

  test('checks $top against the maximum and $skip, $count values', () => {
    assert.equal(parseQueryOptions({ $top: '10000' }).top, 10000);
    assert.equal(parseQueryOptions({ $top: '0' }).top, 0);
    fails({ $top: '10001' }, '$top=10001 is more than 10000; give at most 10000 and page with $skip or @iot.nextLink');
    fails({ $top: '50' }, '$top=50 is more than 20; give at most 20 and page with $skip or @iot.nextLink', { maxTop: 20, top: 10 });
    fails({ $top: '-1' }, '$top=-1: give a whole number of 0 or more');
    fails({ $top: '1.5' }, '$top=1.5: give a whole number of 0 or more');
    fails({ $skip: 'ten' }, '$skip=ten: give a whole number of 0 or more');
    fails({ $count: 'yes' }, '$count=yes: give true or false');
    fails({ $expand: 'Observations($top=20000)' }, '$top=20000 in $expand=Observations is more than 10000; give at most 10000 and page with $skip or @iot.nextLink');
    assert.throws(() => parseQueryOptions({}, { top: 200, maxTop: 100 }), { name: 'Error', message: /top 200 must be a whole number from 0 to maxTop 100/ });
  });

  test('refuses unknown $ options by name', () => {
    fails({ $resultFormat: 'dataArray' }, '$resultFormat is not supported (the dataArray result format is not supported for reads); the options are $expand, $select, $filter, $orderby, $top, $skip, $count');
    fails({ $frobnicate: '1' }, '$frobnicate is not supported; the options are $expand, $select, $filter, $orderby, $top, $skip, $count');
    fails({ $Filter: 'result gt 1' }, '$Filter is not an option; write $filter (option names are case-sensitive)');
    fails({ $expand: 'Datastreams($levels=2)' }, '$levels in $expand=Datastreams is not supported (give the nesting of $expand explicitly); the options are $expand, $select, $filter, $orderby, $top, $skip, $count');
    fails({ $top: ['1', '2'] as unknown as string }, '$top is given more than once; give it once');
  });

  test('reports errors inside $expand with where they are', () => {
    fails({ $expand: 'Datastreams($expand=Observations($filter=result gt))' }, "$filter in $expand=Datastreams/Observations at 10: expected a value after 'gt', found end of text");
    fails({ $filter: 'result gt' }, "$filter at 10: expected a value after 'gt', found end of text");
    fails({ $expand: 'Datastreams($top=1' }, "$expand: 1 '(' not closed; close each with ')'");
    fails({ $expand: 'Datastreams(top=1)' }, "$expand=Datastreams: 'top' is not a query option; options in $expand start with $, e.g. $top=1");
    fails({ $expand: 'Datastreams($top)' }, "$expand=Datastreams: '$top' is not an option; write name=value, e.g. $top=1, separated by ;");
    fails({ $expand: 'Datastreams($top=1),Datastreams($top=2)' }, '$expand: Datastreams is expanded twice with options; give its options once');
    fails({ $expand: '*' }, '$expand=* is not supported; name the navigation properties to expand');
    fails({ $expand: 'Datastreams,' }, "$expand: '' at 13 is not a navigation property with optional (options), e.g. Datastreams($top=1)");
    fails({ $expand: '' }, '$expand is empty; name a navigation property such as Datastreams, or leave $expand out');
    fails({ $select: 'properties/kind' }, '$select=properties/kind: properties/kind is a path; $select names properties of the entity (properties, not properties/kind)');
    fails({ $select: 'name,,id' }, '$select=name,,id: a name is empty; separate names with single commas');
  });
});
