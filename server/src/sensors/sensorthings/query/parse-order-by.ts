import type { FilterNode } from './filter-ast.ts';
import { FilterParser } from './filter-parser.ts';
import { queryError } from './query-error.ts';
import { tokenizeFilter } from './tokenize-filter.ts';

/** One `$orderby` key: an expression (usually a property path) and its direction. */
export interface OrderByItem {
  expression: FilterNode;
  direction: 'asc' | 'desc';
}

/**
 * Parses `$orderby=phenomenonTime desc,result`: keys separated by commas, each an expression
 * of the `$filter` grammar (so `geo.distance(location, geography'POINT(1 2)')` works) with an
 * optional `asc` (the default) or `desc`.
 */
export function parseOrderBy(text: string, option = '$orderby'): OrderByItem[] {
  if (!text.trim()) throw queryError(`${option} is empty; give a property such as phenomenonTime desc, or leave ${option} out`);
  const parser = new FilterParser(tokenizeFilter(text, option), option);
  const items: OrderByItem[] = [];
  for (;;) {
    const expression = parser.parseExpression();
    let direction: OrderByItem['direction'] = 'asc';
    const word = parser.peek();
    if (word.kind === 'word' && (word.text === 'asc' || word.text === 'desc')) {
      direction = word.text;
      parser.next();
    }
    items.push({ expression, direction });
    const separator = parser.next();
    if (separator.kind === 'end') return items;
    if (separator.kind !== 'comma') {
      const upper = separator.kind === 'word' && /^(asc|desc)$/i.test(separator.text);
      throw parser.unexpected(separator, upper ? `asc or desc in lower case` : `asc, desc, ',' before the next key, or the end`);
    }
  }
}
