import type { CallNode } from './filter-ast.ts';
import { describeSignature, FILTER_FUNCTIONS } from './filter-functions.ts';
import { formatFilter } from './format-filter.ts';
import { coerce, describeType, withSqlType } from './coerce-typed-sql.ts';
import { positionError } from './query-error.ts';
import { sql, wrapSql } from './sql-fragment.ts';
import type { TypedSql } from './typed-sql.ts';

/**
 * Arguments converted to the parameter types of a function, each literal with its SQL type
 * written out (`lower(?::text)`: a bare `?` would leave PostgreSQL to guess).
 */
export function checkArguments(node: CallNode, args: TypedSql[], option: string): TypedSql[] {
  const spec = FILTER_FUNCTIONS[node.name];
  return args.map((arg, index) => {
    const param = spec.params[index];
    const accepted = Array.isArray(param) ? param : [param];
    const converted = accepted.includes(arg.type) ? arg : coerce(arg, accepted[0]);
    if (!converted) {
      const argument = node.args[index];
      throw positionError(option, argument.start, `argument ${index + 1} of ${describeSignature(node.name)} is ${describeType(arg.type)} (${formatFilter(argument)}), not ${accepted.map(describeType).join(' or ')}`);
    }
    return withSqlType(converted);
  });
}

/** A function call compiled with its compiled arguments. */
export function compileCall(node: CallNode, args: TypedSql[], option: string): TypedSql {
  const spec = FILTER_FUNCTIONS[node.name];
  return { ...spec.compile(checkArguments(node, args, option)), type: spec.returns };
}

/**
 * `geo.distance(a, b) le 100` as `ST_DWithin(a, b, 100)` on the geography, which can stop at
 * the first point within reach instead of measuring the whole distance; `lt` adds the strict
 * test. Distances are metres.
 */
export function compileDistanceWithin(node: CallNode, args: TypedSql[], operator: 'lt' | 'le', distance: number, option: string): TypedSql {
  const [a, b] = checkArguments(node, args, option).map((arg) => sql`${wrapSql(arg)}::geography`);
  const within = sql`ST_DWithin(${a}, ${b}, ${{ sql: '?', bindings: [distance] }})`;
  if (operator === 'le') return { ...within, type: 'boolean' };
  return { ...sql`(${within} AND ST_Distance(${a}, ${b}) < ${{ sql: '?', bindings: [distance] }})`, type: 'boolean' };
}
