/**
 * A compiled `$filter` expression with its type. JSON values (`result`, `properties/kind`)
 * have type `json` and carry both their jsonb and their text form; they take the type of
 * what they are compared with or passed to (see coerce-typed-sql.ts).
 */
import type { SqlFragment } from './sql-fragment.ts';

/** Types of values in `$filter`, after the OData primitive types this server maps to SQL. */
export type ValueType = 'string' | 'number' | 'boolean' | 'datetime' | 'date' | 'time' | 'duration' | 'geometry' | 'json' | 'null';

/** A compiled expression. */
export interface TypedSql extends SqlFragment {
  type: ValueType;
  /** A bare `?` of a literal, whose SQL type PostgreSQL infers from the other operand. */
  literal?: boolean;
  /** For `json`: the value as text (`->>`), used when it is compared with a string. */
  text?: SqlFragment;
  /** For a literal: the value, e.g. to check a distance or reuse a string. */
  value?: unknown;
}

/** SQL type a bound literal is cast to where nothing else tells PostgreSQL its type. */
export const SQL_TYPE_OF: Partial<Record<ValueType, string>> = {
  string: 'text',
  number: 'numeric',
  datetime: 'timestamptz',
  date: 'date',
  time: 'time',
  duration: 'interval',
};
