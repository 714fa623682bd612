/**
 * The query-option layer of the SensorThings API 1.1: `$filter`, `$orderby`, `$top`, `$skip`,
 * `$count`, `$select` and `$expand` parsed from a request, and `$filter`/`$orderby` compiled
 * to PostgreSQL/PostGIS over a field map of one entity set.
 */

// Query options
export { parseQueryOptions } from './parse-query-options.ts';
export { formatQueryOptions } from './format-query-options.ts';
export { QUERY_OPTIONS_DEFAULTS, SUPPORTED_QUERY_OPTIONS, type ExpandItem, type QueryOptionName, type QueryOptions, type QueryOptionsSettings } from './query-options.ts';

// $filter and $orderby syntax
export { parseFilter } from './parse-filter.ts';
export { parseOrderBy, type OrderByItem } from './parse-order-by.ts';
export { formatFilter } from './format-filter.ts';
export { tokenizeFilter, type Token, type TokenKind } from './tokenize-filter.ts';
export type { BinaryNode, BinaryOperator, CallNode, FilterNode, LiteralNode, PathNode, UnaryNode } from './filter-ast.ts';
export { FILTER_FUNCTIONS, UNSUPPORTED_FUNCTIONS } from './filter-functions.ts';

// Compilation to SQL
export { compileFilter } from './compile-filter.ts';
export { compileOrderBy } from './compile-order-by.ts';
export { type FieldMap, type FieldSpec, type FieldType } from './field-map.ts';
export { SENSORTHINGS_FIELD_MAPS } from './sensorthings-field-maps.ts';
export { bound, joinSql, rawSql, sql, type SqlFragment } from './sql-fragment.ts';

// Errors
export { QUERY_STAGE, positionError, queryError } from './query-error.ts';
