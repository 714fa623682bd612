import type { ArithmeticOperator, BinaryNode } from './filter-ast.ts';
import { formatFilter } from './format-filter.ts';
import { coerce, describeType, withSqlType } from './coerce-typed-sql.ts';
import { positionError } from './query-error.ts';
import { rawSql, sql } from './sql-fragment.ts';
import type { TypedSql, ValueType } from './typed-sql.ts';

const SQL_OPERATOR: Record<ArithmeticOperator, string> = { add: '+', sub: '-', mul: '*', div: '/', mod: '%' };

/** Result types of arithmetic on date-times and durations: `phenomenonTime sub duration'P1D'`. */
const TEMPORAL: Record<string, ValueType> = {
  'datetime add duration': 'datetime',
  'duration add datetime': 'datetime',
  'datetime sub duration': 'datetime',
  'datetime sub datetime': 'duration',
  'duration add duration': 'duration',
  'duration sub duration': 'duration',
};

/**
 * `add sub mul div mod` on numbers (JSON values as numbers), and `add`/`sub` of date-times and
 * durations. Literals get their SQL type (`?::numeric`), so `div` never becomes an integer
 * division because the other side happens to be a bigint column.
 */
export function compileArithmetic(node: BinaryNode & { operator: ArithmeticOperator }, left: TypedSql, right: TypedSql, option: string): TypedSql {
  const operator = rawSql(SQL_OPERATOR[node.operator]);
  if ([left.type, right.type].some((type) => type === 'datetime' || type === 'duration')) {
    for (const a of readings(left)) {
      for (const b of readings(right)) {
        const type = TEMPORAL[`${a.type} ${node.operator} ${b.type}`];
        if (type) return { ...sql`(${withSqlType(a)} ${operator} ${withSqlType(b)})`, type };
      }
    }
    throw positionError(option, node.start, `${formatFilter(node)}: with date-times, add and sub take a duration (phenomenonTime sub duration'P1D'), and sub of two date-times gives one; ${describeType(left.type)} ${node.operator} ${describeType(right.type)} is not defined`);
  }
  const a = coerce(left, 'number');
  const b = coerce(right, 'number');
  if (!a || !b) {
    const [bad, badNode] = a ? [right, node.right] : [left, node.left];
    throw positionError(option, badNode.start, `${node.operator} takes numbers, or date-times and durations; ${formatFilter(badNode)} is ${describeType(bad.type)}`);
  }
  return { ...sql`(${withSqlType(a)} ${operator} ${withSqlType(b)})`, type: 'number' };
}

/** An operand as it is, and for a quoted string also as a date-time or duration. */
function readings(operand: TypedSql): TypedSql[] {
  if (!operand.literal || operand.type !== 'string') return [operand];
  return [operand, coerce(operand, 'datetime'), coerce(operand, 'duration')].filter((reading): reading is TypedSql => reading !== undefined);
}
