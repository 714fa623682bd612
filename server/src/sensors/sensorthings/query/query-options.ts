/**
 * The system query options of a SensorThings 1.1 request (9.3.2, 9.3.3), parsed: what to
 * expand, select, filter and order by, and the page. The caller checks navigation and
 * property names against its entity sets; this layer knows only the syntax.
 */
import type { FilterNode } from './filter-ast.ts';
import type { OrderByItem } from './parse-order-by.ts';

/** The options this server reads; any other `$` option is refused by name. */
export const SUPPORTED_QUERY_OPTIONS = ['$expand', '$select', '$filter', '$orderby', '$top', '$skip', '$count'] as const;
export type QueryOptionName = (typeof SUPPORTED_QUERY_OPTIONS)[number];

/** Paging limits: `$top` when none is given, and the largest `$top` accepted. */
export interface QueryOptionsSettings {
  top: number;
  maxTop: number;
}

/** The defaults of {@link QueryOptionsSettings}. */
export const QUERY_OPTIONS_DEFAULTS: Readonly<QueryOptionsSettings> = Object.freeze({ top: 100, maxTop: 10_000 });

/** One `$expand` entry: a navigation property and the options for the entities it brings. */
export interface ExpandItem {
  navigation: string;
  options: QueryOptions;
}

/** Parsed query options, defaults applied. */
export interface QueryOptions {
  /** The `$filter` syntax tree; compile it with a field map (compileFilter). */
  filter?: FilterNode;
  /** `$orderby` keys; empty when not given (the caller's default order applies). */
  orderBy: OrderByItem[];
  top: number;
  skip: number;
  /** `$count=true`: answer `@iot.count`. */
  count: boolean;
  /** `$select` property names (`@iot.id` reads as `id`); undefined means all. */
  select?: string[];
  expand: ExpandItem[];
}
