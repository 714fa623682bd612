/**
 * The tokenizer of `$filter` and `$orderby`: words (names, operators, function names such as
 * `geo.distance`, `@iot.id`), literals, and the punctuation `( ) , / -`. Keywords are words;
 * the parser decides by position whether `eq` is an operator. Symbols other query languages
 * use (`=`, `>=`, `&&`, double quotes) are refused with the OData spelling to write instead.
 */
import type { LiteralNode } from './filter-ast.ts';
import { positionError } from './query-error.ts';
import { readWkt } from './read-wkt.ts';
import { durationProblem, readTemporal } from './temporal-literals.ts';

export type TokenKind = 'word' | 'literal' | 'open' | 'close' | 'comma' | 'slash' | 'minus' | 'end';

/** A token with its text and its offsets in the option text (0-based, end exclusive). */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** The value of a `literal` token. */
  literal?: LiteralNode;
}

/** Prefixes of typed literals: `duration'P1D'`, `geography'POINT(1 2)'`, `geometry'…'`. */
export const TYPED_LITERAL_PREFIXES = ['duration', 'geography', 'geometry'] as const;

const PUNCTUATION: Record<string, TokenKind> = { '(': 'open', ')': 'close', ',': 'comma', '/': 'slash', '-': 'minus' };
const FOREIGN: [string, string][] = [['==', 'eq'], ['!=', 'ne'], ['<>', 'ne'], ['>=', 'ge'], ['<=', 'le'], ['&&', 'and'], ['||', 'or'], ['=', 'eq'], ['>', 'gt'], ['<', 'lt'], ['!', 'not'], ['&', 'and'], ['|', 'or'], ['+', 'add'], ['*', 'mul'], ['%', 'mod']];
const WORD = /^[A-Za-z_@][A-Za-z0-9_.]*/;
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** Splits option text into tokens, ending with an `end` token; `option` names it in errors. */
export function tokenizeFilter(text: string, option = '$filter'): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const start = index;
    const rest = text.slice(index);
    if (char in PUNCTUATION) {
      tokens.push({ kind: PUNCTUATION[char], text: char, start, end: ++index });
    } else if (char === "'") {
      const { value, end } = readQuoted(text, index, option);
      tokens.push(literalToken(text, start, end, { type: 'string', value }));
      index = end;
    } else if (/\d/.test(char)) {
      const temporal = readTemporal(rest);
      if (temporal && 'problem' in temporal) throw positionError(option, start, temporal.problem);
      if (temporal) {
        tokens.push(literalToken(text, start, start + temporal.length, { type: temporal.type, value: temporal.value }));
        index += temporal.length;
      } else {
        const number = NUMBER.exec(rest)![0];
        tokens.push(literalToken(text, start, start + number.length, { type: 'number', value: Number(number) }));
        index += number.length;
      }
    } else if (WORD.test(rest)) {
      const word = WORD.exec(rest)![0];
      index += word.length;
      if (text[index] !== "'") {
        tokens.push({ kind: 'word', text: word, start, end: index });
        continue;
      }
      if (!(TYPED_LITERAL_PREFIXES as readonly string[]).includes(word)) {
        throw positionError(option, start, `${word}'…' is not a literal this server reads; the typed literals are ${TYPED_LITERAL_PREFIXES.map((p) => `${p}'…'`).join(', ')}`);
      }
      const { value, end } = readQuoted(text, index, option);
      tokens.push(literalToken(text, start, end, typedLiteral(word, value, start, option)));
      index = end;
    } else {
      const foreign = FOREIGN.find(([symbol]) => rest.startsWith(symbol));
      if (foreign) throw positionError(option, start, `'${foreign[0]}' is not OData; write ${foreign[1]}`);
      if (char === ':') throw positionError(option, start, `':' belongs to the lambda operators any and all, which are not supported`);
      if (char === '"') throw positionError(option, start, `strings go in single quotes: 'text' (double a quote inside: 'O''Brien')`);
      throw positionError(option, start, `unexpected character '${char}'`);
    }
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}

/** A quoted body starting at the quote at `index`; `''` inside stands for one quote. */
function readQuoted(text: string, index: number, option: string): { value: string; end: number } {
  let value = '';
  let at = index + 1;
  for (;;) {
    const quote = text.indexOf("'", at);
    if (quote < 0) throw positionError(option, index, `the string opened here is not closed; end it with ' (and double a quote inside it)`);
    value += text.slice(at, quote);
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    at = quote + 2;
  }
}

function typedLiteral(prefix: string, body: string, start: number, option: string): Omit<LiteralNode, 'start' | 'end' | 'kind'> {
  if (prefix === 'duration') {
    const problem = durationProblem(body);
    if (problem) throw positionError(option, start, problem);
    return { type: 'duration', value: body };
  }
  const wkt = readWkt(body);
  if ('problem' in wkt) throw positionError(option, start, `${prefix}'…': ${wkt.problem}`);
  return { type: 'geometry', value: wkt.wkt };
}

function literalToken(text: string, start: number, end: number, value: Omit<LiteralNode, 'start' | 'end' | 'kind'>): Token {
  return { kind: 'literal', text: text.slice(start, end), start, end, literal: { kind: 'literal', start, end, ...value } as LiteralNode };
}
