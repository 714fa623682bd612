import { queryError } from './query-error.ts';

/** A part of a list and where it starts in the text. */
export interface ListPart {
  text: string;
  start: number;
}

/**
 * Splits `a,b(c,d),'e,f'` at the separators outside parentheses and quoted strings, as
 * `$expand` lists (`,`) and nested options (`;`) need; `option` names the text in errors.
 */
export function splitTopLevel(text: string, separator: ',' | ';', option: string): ListPart[] {
  const parts: ListPart[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) throw queryError(`${option}: the ')' at ${index + 1} closes nothing`);
    if (char === separator && depth === 0) {
      parts.push({ text: text.slice(start, index), start });
      start = index + 1;
    }
  }
  if (quoted) throw queryError(`${option}: a quoted string is not closed; end it with '`);
  if (depth > 0) throw queryError(`${option}: ${depth} '(' not closed; close each with ')'`);
  parts.push({ text: text.slice(start), start });
  return parts;
}
