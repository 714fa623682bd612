/**
 * `$filter` syntax trees to a PostgreSQL/PostGIS condition with `?` placeholders (knex raw).
 * Every value of the request is a binding; the SQL text holds only what the field map and
 * this layer write (plus JSON keys, which the parser limits to identifier characters). Types
 * are checked here, not in the parser, because they depend on the entity set's field map.
 */
import { type BinaryNode, type FilterNode, isArithmetic, isComparison, type LiteralNode } from './filter-ast.ts';
import { compileArithmetic } from './compile-arithmetic.ts';
import { compileCall, compileDistanceWithin } from './compile-call.ts';
import { compileComparison } from './compile-comparison.ts';
import { coerce, describeType } from './coerce-typed-sql.ts';
import { type FieldMap, resolveField } from './field-map.ts';
import { formatFilter } from './format-filter.ts';
import { positionError } from './query-error.ts';
import { rawSql, sql, type SqlFragment, wrapSql } from './sql-fragment.ts';
import type { TypedSql } from './typed-sql.ts';

/** Compiles a `$filter` tree to a condition over the field map's SQL. */
export function compileFilter(ast: FilterNode, fields: FieldMap, option = '$filter'): SqlFragment {
  const compiled = compileExpression(ast, fields, option);
  const condition = coerce(compiled, 'boolean');
  if (!condition) throw positionError(option, ast.start, `${formatFilter(ast)} is ${describeType(compiled.type)}, not a condition; compare it, e.g. ${formatFilter(ast)} eq …`);
  return { sql: condition.sql, bindings: condition.bindings };
}

/** Compiles any expression (also an `$orderby` key) to typed SQL. */
export function compileExpression(node: FilterNode, fields: FieldMap, option: string): TypedSql {
  const compile = (child: FilterNode) => compileExpression(child, fields, option);
  switch (node.kind) {
    case 'literal':
      return compileLiteral(node);
    case 'path':
      return resolveField(node.segments, fields, option, node.start);
    case 'call':
      return compileCall(node, node.args.map(compile), option);
    case 'unary': {
      const operand = compile(node.operand);
      if (node.operator === 'not') {
        const condition = coerce(operand, 'boolean');
        if (!condition) throw positionError(option, node.start, `not applies to the condition right after it, and ${formatFilter(node.operand)} is ${describeType(operand.type)}; to negate a comparison write not (${formatFilter(node.operand)} eq …)`);
        return { ...sql`(NOT ${wrapSql(condition)})`, type: 'boolean' };
      }
      const number = coerce(operand, operand.type === 'duration' ? 'duration' : 'number');
      if (!number) throw positionError(option, node.start, `- applies to numbers and durations, and ${formatFilter(node.operand)} is ${describeType(operand.type)}`);
      return { ...sql`(-${wrapSql(number)})`, type: number.type };
    }
    case 'binary':
      return compileBinary(node, compile, option);
  }
}

function compileBinary(node: BinaryNode, compile: (child: FilterNode) => TypedSql, option: string): TypedSql {
  const { operator } = node;
  if (isComparison(operator)) {
    const distance = node.right.kind === 'literal' && node.right.type === 'number' ? node.right.value : undefined;
    if ((operator === 'lt' || operator === 'le') && node.left.kind === 'call' && node.left.name === 'geo.distance' && distance !== undefined && distance >= 0) {
      return compileDistanceWithin(node.left, node.left.args.map(compile), operator, distance, option);
    }
    return compileComparison({ ...node, operator }, compile(node.left), compile(node.right), option);
  }
  if (isArithmetic(operator)) return compileArithmetic({ ...node, operator }, compile(node.left), compile(node.right), option);
  const sides = [node.left, node.right].map((side) => {
    const compiled = compile(side);
    const condition = coerce(compiled, 'boolean');
    if (!condition) throw positionError(option, side.start, `${operator} joins conditions, and ${formatFilter(side)} is ${describeType(compiled.type)}`);
    return condition;
  });
  return { ...sql`(${sides[0]} ${rawSql(operator === 'and' ? 'AND' : 'OR')} ${sides[1]})`, type: 'boolean' };
}

function compileLiteral(node: LiteralNode): TypedSql {
  switch (node.type) {
    case 'boolean':
      return { ...rawSql(node.value ? 'TRUE' : 'FALSE'), type: 'boolean' };
    case 'null':
      return { ...rawSql('NULL'), type: 'null' };
    case 'geometry':
      return { sql: 'ST_GeomFromText(?, 4326)', bindings: [node.value], type: 'geometry' };
    case 'duration':
      // PostgreSQL reads ISO 8601 intervals without a leading sign: negate in SQL instead.
      if (node.value.startsWith('-')) return { sql: '(-?::interval)', bindings: [node.value.slice(1)], type: 'duration' };
      return { sql: '?', bindings: [node.value], type: 'duration', literal: true, value: node.value };
    default:
      return { sql: '?', bindings: [node.value], type: node.type, literal: true, value: node.value };
  }
}
