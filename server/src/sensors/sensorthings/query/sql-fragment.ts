/** SQL text with `?` placeholders (knex raw style) and the values for them, in order. */
export interface SqlFragment {
  sql: string;
  bindings: unknown[];
}

/**
 * Builds a fragment from a template whose holes are fragments: `sql\`strpos(${b}, ${a}) > 0\``.
 * Bindings follow the placeholders in the text, so templates that reorder arguments stay right.
 */
export function sql(strings: TemplateStringsArray, ...parts: SqlFragment[]): SqlFragment {
  let text = strings[0];
  const bindings: unknown[] = [];
  parts.forEach((part, index) => {
    text += part.sql + strings[index + 1];
    bindings.push(...part.bindings);
  });
  return { sql: text, bindings };
}

/** A fragment of SQL with no placeholders; only for text the code writes, never user input. */
export function rawSql(text: string): SqlFragment {
  return { sql: text, bindings: [] };
}

/** One bound value: `?`. */
export function bound(value: unknown): SqlFragment {
  return { sql: '?', bindings: [value] };
}

/** Fragments joined by a separator, their bindings concatenated in order. */
export function joinSql(parts: SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((part) => part.sql).join(separator), bindings: parts.flatMap((part) => part.bindings) };
}

/**
 * The fragment in parentheses unless it already reads as one term (`e.id`, `now()`,
 * `(a + b)`), so a postfix cast such as `::numeric` applies to all of it.
 */
export function wrapSql(fragment: SqlFragment): SqlFragment {
  return isAtomic(fragment.sql) ? fragment : { sql: `(${fragment.sql})`, bindings: fragment.bindings };
}

function isAtomic(text: string): boolean {
  if (/^[A-Za-z_][\w.]*$/.test(text) || text === '?') return true;
  const open = /^[A-Za-z_][\w.]*\(|^\(/.exec(text);
  if (!open || !text.endsWith(')')) return false;
  // The parenthesis opened at the start must be the one that closes at the end.
  let depth = 0;
  let quoted = false;
  for (let index = open[0].length - 1; index < text.length; index++) {
    const char = text[index];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return index === text.length - 1;
  }
  return false;
}
