import { formatFilter } from './format-filter.ts';
import type { ExpandItem, QueryOptions } from './query-options.ts';

/**
 * Parsed query options back to option text, as a `…@iot.nextLink` of an expanded collection
 * needs them: `{ $filter: '(result gt 5)', $expand: 'Observations($top=1)' }`. Options at their
 * defaults are left out, `$top` too when it is `defaultTop`. What this writes parses back to
 * the same options (parseQueryOptions).
 */
export function formatQueryOptions(options: QueryOptions, defaultTop?: number): Record<string, string> {
  const text: Record<string, string> = {};
  if (options.filter) text.$filter = formatFilter(options.filter);
  if (options.orderBy.length > 0) text.$orderby = options.orderBy.map((item) => `${formatFilter(item.expression)} ${item.direction}`).join(',');
  if (options.top !== defaultTop) text.$top = String(options.top);
  if (options.skip > 0) text.$skip = String(options.skip);
  if (options.count) text.$count = 'true';
  if (options.select) text.$select = options.select.join(',');
  if (options.expand.length > 0) text.$expand = options.expand.map((item) => formatExpandItem(item, defaultTop)).join(',');
  return text;
}

function formatExpandItem(item: ExpandItem, defaultTop?: number): string {
  const nested = Object.entries(formatQueryOptions(item.options, defaultTop)).map(([name, value]) => `${name}=${value}`);
  return nested.length > 0 ? `${item.navigation}(${nested.join(';')})` : item.navigation;
}
