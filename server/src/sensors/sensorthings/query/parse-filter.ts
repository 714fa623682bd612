import type { FilterNode } from './filter-ast.ts';
import { FilterParser } from './filter-parser.ts';
import { queryError } from './query-error.ts';
import { tokenizeFilter } from './tokenize-filter.ts';

/**
 * Parses a `$filter` expression (the OData 4.0 subset of SensorThings 1.1 9.3.3.5) to a
 * syntax tree with positions. Errors are DataErrors that name the position and the token:
 * `sensorthings-query: $filter at 10: expected a value after 'gt', found end of text`.
 */
export function parseFilter(text: string, option = '$filter'): FilterNode {
  if (!text.trim()) throw queryError(`${option} is empty; give an expression such as result gt 10, or leave ${option} out`);
  const parser = new FilterParser(tokenizeFilter(text, option), option);
  const node = parser.parseExpression();
  const rest = parser.peek();
  if (rest.kind !== 'end') throw parser.unexpected(rest, rest.kind === 'close' ? "no ')' here (it closes nothing)" : 'an operator (eq, ne, gt, ge, lt, le, and, or, add, sub, mul, div, mod) or the end');
  return node;
}
