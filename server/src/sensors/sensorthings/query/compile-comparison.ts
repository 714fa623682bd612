import type { BinaryNode, ComparisonOperator } from './filter-ast.ts';
import { formatFilter } from './format-filter.ts';
import { coerce, describeType, withSqlType } from './coerce-typed-sql.ts';
import { positionError } from './query-error.ts';
import { rawSql, sql, wrapSql } from './sql-fragment.ts';
import type { TypedSql } from './typed-sql.ts';

/** `ne` is IS DISTINCT FROM: in OData `null ne 5` is true, where SQL's `NULL <> 5` is unknown. */
const SQL_OPERATOR: Record<ComparisonOperator, string> = { eq: '=', ne: 'IS DISTINCT FROM', gt: '>', ge: '>=', lt: '<', le: '<=' };

/**
 * A comparison. Both sides must have one type; a JSON value takes the type of the other side
 * (`result lt 10` compares numbers, `result eq 'on'` text, `properties/kind eq null` a missing
 * or JSON null; `result gt Datastream/properties/threshold` numbers), a quoted string may stand for a date-time or number. A bare `?` is typed by
 * its column, so `id eq 5` keeps `e.id = ?` and its index; two literals get explicit casts.
 */
export function compileComparison(node: BinaryNode & { operator: ComparisonOperator }, left: TypedSql, right: TypedSql, option: string): TypedSql {
  const operator = node.operator;
  if (left.type === 'null' || right.type === 'null') return compareWithNull(node, left.type === 'null' ? right : left, option);
  // Two JSON values: eq/ne compare the jsonb values, an order compares them as numbers.
  const ordered = left.type === 'json' && right.type === 'json' && operator !== 'eq' && operator !== 'ne';
  const [a, b] = ordered ? [coerce(left, 'number'), coerce(right, 'number')] : unify(left, right);
  if (!a || !b) {
    throw positionError(option, node.start, `${formatFilter(node)} compares ${describeType(left.type)} with ${describeType(right.type)}; ${hint(node, left, right)}`);
  }
  if (a.type === 'geometry') throw positionError(option, node.start, `geometries are not compared with ${operator}; use geo.intersects, st_equals or geo.distance`);
  const [l, r] = a.literal && b.literal ? [withSqlType(a), withSqlType(b)] : [a, b];
  return { ...sql`${l} ${rawSql(SQL_OPERATOR[operator])} ${r}`, type: 'boolean' };
}

/** The two sides as one type, or undefined where they do not meet. */
function unify(left: TypedSql, right: TypedSql): [TypedSql | undefined, TypedSql | undefined] {
  if (left.type === right.type) return [left, right];
  if (left.type === 'json') return [coerce(left, right.type), right];
  if (right.type === 'json') return [left, coerce(right, left.type)];
  const toLeft = coerce(right, left.type);
  if (toLeft) return [left, toLeft];
  return [coerce(left, right.type), right];
}

/** `x eq null`: for JSON also a JSON `null`, for everything else IS NULL. */
function compareWithNull(node: BinaryNode & { operator: ComparisonOperator }, other: TypedSql, option: string): TypedSql {
  if (node.operator !== 'eq' && node.operator !== 'ne') throw positionError(option, node.start, `null compares only with eq and ne; ${formatFilter(node)} is never true`);
  if (other.type === 'null') return { ...rawSql(node.operator === 'eq' ? 'TRUE' : 'FALSE'), type: 'boolean' };
  const value = wrapSql(other);
  if (other.type === 'json') {
    return { ...(node.operator === 'eq' ? sql`(${value} IS NULL OR jsonb_typeof(${value}) = 'null')` : sql`(${value} IS NOT NULL AND jsonb_typeof(${value}) <> 'null')`), type: 'boolean' };
  }
  return { ...sql`${value} ${rawSql(node.operator === 'eq' ? 'IS NULL' : 'IS NOT NULL')}`, type: 'boolean' };
}

function hint(node: BinaryNode, left: TypedSql, right: TypedSql): string {
  if (node.left.kind === 'unary' && node.left.operator === 'not') return `not binds tighter than ${node.operator}; write not (${formatFilter(node.left.operand)} ${node.operator} ${formatFilter(node.right)})`;
  const types = [left.type, right.type];
  if (types.includes('datetime') && types.includes('string')) return 'write date-times without quotes and with an offset, e.g. 2013-03-01T00:00:00Z';
  if (types.includes('string') && types.includes('number')) return "compare a string with a quoted string ('10') and a number with a number";
  if (types.includes('json')) return 'a JSON value compares with numbers, strings, booleans and null';
  return 'compare values of one type';
}
