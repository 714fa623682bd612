/**
 * Conversions between `$filter` types. A JSON value becomes a number, string or boolean only
 * through `CASE WHEN jsonb_typeof(…)`: PostgreSQL does not promise to evaluate `AND` left to
 * right, so a guard beside a cast (`jsonb_typeof(x) = 'number' AND x::numeric > 5`) can still
 * fail on a string; a CASE cannot. A quoted string literal may stand for a date-time, date, time,
 * duration or number where one is expected (`id eq '1'`, `phenomenonTime gt '2020-01-01T00:00:00Z'`).
 */
import { rawSql, sql, wrapSql } from './sql-fragment.ts';
import { durationProblem, readTemporal } from './temporal-literals.ts';
import { SQL_TYPE_OF, type TypedSql, type ValueType } from './typed-sql.ts';

const JSON_TYPE_OF: Partial<Record<ValueType, { json: string; sql: string }>> = {
  number: { json: 'number', sql: 'numeric' },
  boolean: { json: 'boolean', sql: 'boolean' },
};

/** The expression as the wanted type, or undefined when it cannot be one. */
export function coerce(expression: TypedSql, wanted: ValueType): TypedSql | undefined {
  if (expression.type === wanted) return expression;
  if (expression.type === 'null') return SQL_TYPE_OF[wanted] ? { sql: `NULL::${SQL_TYPE_OF[wanted]}`, bindings: [], type: wanted } : { ...expression, type: wanted };
  if (expression.type === 'json') {
    if (wanted === 'string') return { ...expression.text!, type: 'string' };
    const target = JSON_TYPE_OF[wanted];
    if (!target) return undefined;
    const value = wrapSql(expression);
    return { ...sql`(CASE WHEN jsonb_typeof(${expression}) = '${rawSql(target.json)}' THEN ${value}::${rawSql(target.sql)} END)`, type: wanted };
  }
  if (expression.literal && expression.type === 'string' && typeof expression.value === 'string') return fromString(expression, expression.value, wanted);
  return undefined;
}

/** A bare literal `?` with its SQL type written out (`?::numeric`); other expressions as they are. */
export function withSqlType(expression: TypedSql): TypedSql {
  const type = SQL_TYPE_OF[expression.type];
  if (!expression.literal || !type) return expression;
  return { ...expression, sql: `${expression.sql}::${type}`, literal: false };
}

/** How a type reads in messages. */
export function describeType(type: ValueType): string {
  return {
    string: 'a string',
    number: 'a number',
    boolean: 'a boolean',
    datetime: 'a date-time',
    date: 'a date',
    time: 'a time of day',
    duration: 'a duration',
    geometry: 'a geometry',
    json: 'a JSON value',
    null: 'null',
  }[type];
}

function fromString(expression: TypedSql, value: string, wanted: ValueType): TypedSql | undefined {
  if (wanted === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return { ...expression, bindings: [Number(value)], value: Number(value), type: 'number' };
  if (wanted === 'duration' && !durationProblem(value)) {
    return value.startsWith('-') ? { sql: '(-?::interval)', bindings: [value.slice(1)], type: 'duration' } : { ...expression, type: 'duration' };
  }
  if (wanted === 'datetime' || wanted === 'date' || wanted === 'time') {
    const reading = readTemporal(value);
    if (reading && !('problem' in reading) && reading.type === wanted && reading.length === value.length) return { ...expression, type: wanted };
  }
  return undefined;
}
