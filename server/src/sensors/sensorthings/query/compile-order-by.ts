import { compileExpression } from './compile-filter.ts';
import { coerce, withSqlType } from './coerce-typed-sql.ts';
import type { FieldMap } from './field-map.ts';
import { formatFilter } from './format-filter.ts';
import type { OrderByItem } from './parse-order-by.ts';
import { positionError } from './query-error.ts';
import { joinSql, rawSql, sql, type SqlFragment } from './sql-fragment.ts';

/**
 * `$orderby` keys to the list after ORDER BY (without the keyword), ending with the caller's
 * tie-break (`o.id`) so pages do not overlap when keys are equal. Nulls sort first ascending
 * and last descending, as OData 4.0 (11.2.5.2) says; for NOT NULL fields that clause is left
 * out so an index in either direction applies. A JSON value sorts by its number, then its text.
 */
export function compileOrderBy(items: OrderByItem[], fields: FieldMap, tieBreak: string, option = '$orderby'): SqlFragment {
  const keys: SqlFragment[] = [];
  for (const item of items) {
    const compiled = withSqlType(compileExpression(item.expression, fields, option));
    if (compiled.type === 'geometry') throw positionError(option, item.expression.start, `${formatFilter(item.expression)} is a geometry, which has no order; order by geo.distance(…) instead`);
    const path = item.expression.kind === 'path' ? fields.fields[item.expression.segments.join('/')] : undefined;
    const direction = rawSql(item.direction === 'asc' ? (path?.notNull ? 'ASC' : 'ASC NULLS FIRST') : path?.notNull ? 'DESC' : 'DESC NULLS LAST');
    const values = compiled.type === 'json' ? [coerce(compiled, 'number')!, coerce(compiled, 'string')!] : [compiled];
    for (const value of values) keys.push(sql`${value} ${direction}`);
  }
  if (!keys.some((key) => key.sql.startsWith(`${tieBreak} `))) keys.push(rawSql(`${tieBreak} ASC`));
  return joinSql(keys, ', ');
}
