/**
 * What `$filter` and `$orderby` may name on one entity set, and the SQL each path stands for.
 * The caller owns the aliases and joins; this layer never writes a column name of its own.
 * A `json` field also answers the paths below it: with `properties: { sql: 't.properties',
 * type: 'json' }`, `properties/kind` is `t.properties->'kind'` (text: `t.properties->>'kind'`).
 */
import { positionError } from './query-error.ts';
import { rawSql, sql, wrapSql } from './sql-fragment.ts';
import type { TypedSql } from './typed-sql.ts';

/** SQL types of fields: `datetime` is timestamptz, `geometry` a PostGIS geometry in EPSG:4326. */
export type FieldType = 'string' | 'number' | 'boolean' | 'datetime' | 'json' | 'geometry';

/** One property path: its SQL expression (columns or a scalar subquery) and type. */
export interface FieldSpec {
  sql: string;
  type: FieldType;
  /** The column is NOT NULL: `$orderby` can then leave out NULLS FIRST/LAST and use a plain index. */
  notNull?: boolean;
}

/** The property paths of one entity set. */
export interface FieldMap {
  /** Entity set name, for messages (`Observations`). */
  set: string;
  /** Property paths (`phenomenonTime`, `Datastream/id`, `properties`) to SQL. */
  fields: Readonly<Record<string, FieldSpec>>;
  /** Navigation properties to collections (`Datastreams` of a Thing), named when a path goes through one. */
  collections?: readonly string[];
}

/** A field reference as a typed expression; `at` is the offset of the path for errors. */
export function resolveField(segments: string[], map: FieldMap, option: string, at: number): TypedSql {
  const path = segments.join('/');
  const exact = map.fields[path];
  if (exact) return fieldExpression(exact);
  for (let length = segments.length - 1; length > 0; length--) {
    const field = map.fields[segments.slice(0, length).join('/')];
    if (field?.type === 'json') return jsonMember(field, segments.slice(length));
    if (field) throw positionError(option, at, `${segments.slice(0, length).join('/')} of ${map.set} is ${field.type === 'geometry' ? 'a geometry' : `a ${field.type}`} and has no members; ${path} does not exist`);
  }
  if (map.collections?.includes(segments[0])) {
    throw positionError(option, at, `${path} goes through ${segments[0]}, a collection; paths through collections (any/all) are not supported, so query ${segments[0]} itself or use one of: ${describeFields(map)}`);
  }
  throw positionError(option, at, `${map.set} has no property ${path}; use one of: ${describeFields(map)}`);
}

/** The paths of a field map for messages; a JSON field shows as `properties`, `properties/<key>`. */
export function describeFields(map: FieldMap): string {
  return Object.entries(map.fields)
    .flatMap(([path, field]) => (field.type === 'json' ? [path, `${path}/<key>`] : [path]))
    .join(', ');
}

function fieldExpression(field: FieldSpec): TypedSql {
  if (field.type !== 'json') return { sql: field.sql, bindings: [], type: field.type };
  return { sql: field.sql, bindings: [], type: 'json', text: sql`(${wrapSql(rawSql(field.sql))} #>> '{}')` };
}

function jsonMember(field: FieldSpec, keys: string[]): TypedSql {
  // Keys are OData identifiers (letters, digits, _), checked by the parser: safe to quote inline,
  // and inline keys match expression indexes such as (properties->>'kind').
  const base = wrapSql(rawSql(field.sql)).sql;
  const parents = keys.slice(0, -1).map((key) => `->'${key}'`).join('');
  const last = keys[keys.length - 1];
  return { sql: `${base}${parents}->'${last}'`, bindings: [], type: 'json', text: rawSql(`${base}${parents}->>'${last}'`) };
}
