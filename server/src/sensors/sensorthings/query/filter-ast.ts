/**
 * The syntax tree of a `$filter` (and of each `$orderby` key). Every node keeps `start` and
 * `end`, offsets into the option text (0-based, end exclusive), so later stages can point at
 * the part of the text they refuse.
 */

/** Binary operators of OData 4.0 that SensorThings 1.1 lists (9.3.3.5.1). */
export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export const ARITHMETIC_OPERATORS = ['add', 'sub', 'mul', 'div', 'mod'] as const;
export const LOGICAL_OPERATORS = ['and', 'or'] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export type ArithmeticOperator = (typeof ARITHMETIC_OPERATORS)[number];
export type LogicalOperator = (typeof LOGICAL_OPERATORS)[number];
export type BinaryOperator = ComparisonOperator | ArithmeticOperator | LogicalOperator;

/** Where a node sits in the option text. */
export interface NodeSpan {
  start: number;
  end: number;
}

/** Kinds of literal values. Temporal values keep their ISO 8601 text; geometries their WKT. */
export type LiteralNode = NodeSpan & { kind: 'literal' } & (
    | { type: 'string'; value: string }
    | { type: 'number'; value: number }
    | { type: 'boolean'; value: boolean }
    | { type: 'null'; value: null }
    | { type: 'datetime' | 'date' | 'time' | 'duration'; value: string }
    | { type: 'geometry'; value: string }
  );

/** A property path: `result`, `Datastream/id`, `Thing/properties/kind` (`@iot.id` reads as `id`). */
export interface PathNode extends NodeSpan {
  kind: 'path';
  segments: string[];
}

/** A call of a built-in function: `substringof('room', name)`, `geo.distance(location, …)`. */
export interface CallNode extends NodeSpan {
  kind: 'call';
  name: string;
  args: FilterNode[];
}

export interface BinaryNode extends NodeSpan {
  kind: 'binary';
  operator: BinaryOperator;
  left: FilterNode;
  right: FilterNode;
}

/** `not x` or `-x`. */
export interface UnaryNode extends NodeSpan {
  kind: 'unary';
  operator: 'not' | 'negate';
  operand: FilterNode;
}

export type FilterNode = LiteralNode | PathNode | CallNode | BinaryNode | UnaryNode;

/** Whether a word is one of the binary operators. */
export function isBinaryOperator(word: string): word is BinaryOperator {
  return (COMPARISON_OPERATORS as readonly string[]).includes(word) || (ARITHMETIC_OPERATORS as readonly string[]).includes(word) || (LOGICAL_OPERATORS as readonly string[]).includes(word);
}

/** Whether an operator compares two values. */
export function isComparison(operator: BinaryOperator): operator is ComparisonOperator {
  return (COMPARISON_OPERATORS as readonly string[]).includes(operator);
}

/** Whether an operator is arithmetic. */
export function isArithmetic(operator: BinaryOperator): operator is ArithmeticOperator {
  return (ARITHMETIC_OPERATORS as readonly string[]).includes(operator);
}
