/**
 * The built-in functions of `$filter` that this server compiles (SensorThings 1.1 9.3.3.5.2,
 * plus OData 4's `contains`), with their parameter types and their PostgreSQL/PostGIS form.
 * Date and time parts are taken in UTC, so `hour(phenomenonTime)` does not depend on the
 * session's time zone. Geometries are SRID 4326; distances and lengths are on the geography
 * (metres), intersection tests on the geometry, where the GiST index applies.
 */
import { rawSql, sql, type SqlFragment, wrapSql } from './sql-fragment.ts';
import type { TypedSql, ValueType } from './typed-sql.ts';

/** A parameter: the types it takes, the first one being what other values are converted to. */
export type ParameterType = ValueType | ValueType[];

/** One function: its parameters, how many trailing ones may be left out, its result type and SQL. */
export interface FilterFunction {
  params: ParameterType[];
  optional?: number;
  returns: ValueType;
  compile(args: TypedSql[]): SqlFragment;
}

const utc = (value: TypedSql) => (value.type === 'datetime' ? sql`(${value} AT TIME ZONE 'UTC')` : value);
const part = (field: string): FilterFunction['compile'] => ([value]) => sql`extract(${rawSql(field)} from ${utc(value)})`;
const geography = (value: TypedSql) => sql`${wrapSql(value)}::geography`;
const spatial = (name: string): FilterFunction => ({ params: ['geometry', 'geometry'], returns: 'boolean', compile: ([a, b]) => sql`${rawSql(name)}(${a}, ${b})` });
const text = (name: string): FilterFunction => ({ params: ['string'], returns: 'string', compile: ([value]) => sql`${rawSql(name)}(${value})` });
const math = (name: string): FilterFunction => ({ params: ['number'], returns: 'number', compile: ([value]) => sql`${rawSql(name)}(${value})` });

/** The functions by name. */
export const FILTER_FUNCTIONS: Readonly<Record<string, FilterFunction>> = {
  substringof: { params: ['string', 'string'], returns: 'boolean', compile: ([needle, haystack]) => sql`(strpos(${haystack}, ${needle}) > 0)` },
  contains: { params: ['string', 'string'], returns: 'boolean', compile: ([haystack, needle]) => sql`(strpos(${haystack}, ${needle}) > 0)` },
  startswith: { params: ['string', 'string'], returns: 'boolean', compile: ([value, prefix]) => sql`starts_with(${value}, ${prefix})` },
  endswith: { params: ['string', 'string'], returns: 'boolean', compile: ([value, suffix]) => sql`(right(${value}, char_length(${suffix})) = ${suffix})` },
  length: { params: ['string'], returns: 'number', compile: ([value]) => sql`char_length(${value})` },
  indexof: { params: ['string', 'string'], returns: 'number', compile: ([value, search]) => sql`(strpos(${value}, ${search}) - 1)` },
  substring: {
    params: ['string', 'number', 'number'],
    optional: 1,
    returns: 'string',
    compile: ([value, from, count]) => (count ? sql`substr(${value}, ${wrapSql(from)}::integer + 1, ${wrapSql(count)}::integer)` : sql`substr(${value}, ${wrapSql(from)}::integer + 1)`),
  },
  tolower: text('lower'),
  toupper: text('upper'),
  trim: text('btrim'),
  concat: { params: ['string', 'string'], returns: 'string', compile: ([a, b]) => sql`(${a} || ${b})` },
  year: { params: [['datetime', 'date']], returns: 'number', compile: part('year') },
  month: { params: [['datetime', 'date']], returns: 'number', compile: part('month') },
  day: { params: [['datetime', 'date']], returns: 'number', compile: part('day') },
  hour: { params: [['datetime', 'time']], returns: 'number', compile: part('hour') },
  minute: { params: [['datetime', 'time']], returns: 'number', compile: part('minute') },
  second: { params: [['datetime', 'time']], returns: 'number', compile: ([value]) => sql`floor(extract(second from ${utc(value)}))` },
  fractionalseconds: { params: [['datetime', 'time']], returns: 'number', compile: ([value]) => sql`(extract(second from ${utc(value)}) - floor(extract(second from ${utc(value)})))` },
  date: { params: ['datetime'], returns: 'date', compile: ([value]) => sql`${utc(value)}::date` },
  time: { params: ['datetime'], returns: 'time', compile: ([value]) => sql`${utc(value)}::time` },
  now: { params: [], returns: 'datetime', compile: () => rawSql('now()') },
  mindatetime: { params: [], returns: 'datetime', compile: () => rawSql("'-infinity'::timestamptz") },
  maxdatetime: { params: [], returns: 'datetime', compile: () => rawSql("'infinity'::timestamptz") },
  round: math('round'),
  floor: math('floor'),
  ceiling: math('ceil'),
  'geo.distance': { params: ['geometry', 'geometry'], returns: 'number', compile: ([a, b]) => sql`ST_Distance(${geography(a)}, ${geography(b)})` },
  'geo.length': { params: ['geometry'], returns: 'number', compile: ([value]) => sql`ST_Length(${geography(value)})` },
  'geo.intersects': spatial('ST_Intersects'),
  st_equals: spatial('ST_Equals'),
  st_disjoint: spatial('ST_Disjoint'),
  st_touches: spatial('ST_Touches'),
  st_within: spatial('ST_Within'),
  st_overlaps: spatial('ST_Overlaps'),
  st_crosses: spatial('ST_Crosses'),
  st_intersects: spatial('ST_Intersects'),
  st_contains: spatial('ST_Contains'),
  st_relate: { params: ['geometry', 'geometry', 'string'], returns: 'boolean', compile: ([a, b, pattern]) => sql`ST_Relate(${a}, ${b}, ${pattern})` },
};

/** OData functions and operators that are refused, with the reason given. */
export const UNSUPPORTED_FUNCTIONS: Readonly<Record<string, string>> = {
  totaloffsetminutes: 'times are stored in UTC without the offset they were sent with',
  cast: 'type casts are not supported',
  isof: 'type tests are not supported',
  any: 'lambda operators over collections are not supported',
  all: 'lambda operators over collections are not supported',
  has: 'enumeration flags are not supported',
};

/** A function's signature for messages: `substring(string, number[, number])`. */
export function describeSignature(name: string): string {
  const spec = FILTER_FUNCTIONS[name];
  const required = spec.params.length - (spec.optional ?? 0);
  const names = spec.params.map((param, index) => `${index > 0 ? ', ' : ''}${Array.isArray(param) ? param.join(' or ') : param}`);
  return `${name}(${names.slice(0, required).join('')}${names.length > required ? `[${names.slice(required).join('')}]` : ''})`;
}
