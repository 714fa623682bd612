/**
 * A Pratt parser over the tokens of tokenize-filter.ts, shared by `$filter` and `$orderby`.
 * Binding powers follow the OData 4.0 operator precedence (URL conventions 5.1.1.9): unary
 * `not` and `-` bind tightest, then mul/div/mod, add/sub, gt/ge/lt/le, eq/ne, and, or, all
 * left-associative. So `not a eq 1` reads `(not a) eq 1`, as OData defines it; write
 * `not (a eq 1)` to negate a comparison. A Pratt loop was chosen over one function per level
 * because the table of powers is the precedence rule, in one place.
 */
import { type BinaryOperator, type FilterNode, isBinaryOperator } from './filter-ast.ts';
import { describeSignature, FILTER_FUNCTIONS, UNSUPPORTED_FUNCTIONS } from './filter-functions.ts';
import { positionError } from './query-error.ts';
import type { Token } from './tokenize-filter.ts';

const POWER: Record<BinaryOperator, number> = { or: 1, and: 2, eq: 3, ne: 3, gt: 4, ge: 4, lt: 4, le: 4, add: 5, sub: 5, mul: 6, div: 6, mod: 6 };
const UNARY_POWER = 7;
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads expressions from a token list; `option` (`$filter`, `$orderby`) names it in errors. */
export class FilterParser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly option: string,
  ) {}

  /** The next token, not consumed. */
  peek(): Token {
    return this.tokens[this.index];
  }

  /** Consumes and returns the next token. */
  next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index++;
    return token;
  }

  /** An expression whose operators bind tighter than `minPower`; `after` is the token before it. */
  parseExpression(minPower = 0, after?: Token): FilterNode {
    let left = this.parsePrefix(after);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'word' || !isBinaryOperator(token.text) || POWER[token.text] <= minPower) return left;
      this.next();
      const right = this.parseExpression(POWER[token.text], token);
      left = { kind: 'binary', operator: token.text, left, right, start: left.start, end: right.end };
    }
  }

  /** An error at a token, saying what was expected and what was found. */
  unexpected(token: Token, expected: string): Error {
    const lower = token.text.toLowerCase();
    const hint = token.kind === 'word' && lower !== token.text && (isBinaryOperator(lower) || lower === 'not') ? ` (operators are lower case: write ${lower})` : '';
    return positionError(this.option, token.start, `expected ${expected}, found ${token.kind === 'end' ? 'end of text' : `'${token.text}'`}${hint}`);
  }

  private parsePrefix(after?: Token): FilterNode {
    const token = this.next();
    const expected = `a value${after ? ` after '${after.text}'` : ''}`;
    if (token.kind === 'literal') return token.literal!;
    if (token.kind === 'open') {
      const inner = this.parseExpression(0, token);
      const close = this.next();
      if (close.kind !== 'close') throw this.unexpected(close, `')' to close the '(' at ${token.start + 1}, or an operator`);
      return inner;
    }
    if (token.kind === 'minus') {
      const operand = this.parseExpression(UNARY_POWER, token);
      if (operand.kind === 'literal' && operand.type === 'number') return { ...operand, value: -operand.value, start: token.start };
      return { kind: 'unary', operator: 'negate', operand, start: token.start, end: operand.end };
    }
    if (token.kind !== 'word' || isBinaryOperator(token.text)) throw this.unexpected(token, expected);
    if (token.text === 'not') {
      const operand = this.parseExpression(UNARY_POWER, token);
      return { kind: 'unary', operator: 'not', operand, start: token.start, end: operand.end };
    }
    if (token.text === 'true' || token.text === 'false') return { kind: 'literal', type: 'boolean', value: token.text === 'true', start: token.start, end: token.end };
    if (token.text === 'null') return { kind: 'literal', type: 'null', value: null, start: token.start, end: token.end };
    if (this.peek().kind === 'open') return this.parseCall(token);
    return this.parsePath(token);
  }

  private parseCall(name: Token): FilterNode {
    const spec = FILTER_FUNCTIONS[name.text];
    if (!spec) {
      const reason = UNSUPPORTED_FUNCTIONS[name.text];
      const known = Object.keys(FILTER_FUNCTIONS).join(', ');
      throw positionError(this.option, name.start, reason ? `${name.text}() is not supported: ${reason}` : `unknown function '${name.text}'; the functions are ${known}`);
    }
    const open = this.next();
    const args: FilterNode[] = [];
    if (this.peek().kind === 'close') this.next();
    else {
      for (;;) {
        args.push(this.parseExpression(0, args.length === 0 ? open : this.tokens[this.index - 1]));
        const separator = this.next();
        if (separator.kind === 'close') break;
        if (separator.kind !== 'comma') throw this.unexpected(separator, `',' or ')' in the arguments of ${name.text}`);
      }
    }
    const required = spec.params.length - (spec.optional ?? 0);
    if (args.length < required || args.length > spec.params.length) {
      throw positionError(this.option, name.start, `${name.text} takes ${required === spec.params.length ? required : `${required} or ${spec.params.length}`} argument(s), ${describeSignature(name.text)}; found ${args.length}`);
    }
    return { kind: 'call', name: name.text, args, start: name.start, end: this.tokens[this.index - 1].end };
  }

  private parsePath(first: Token): FilterNode {
    const segments: string[] = [];
    let token = first;
    for (;;) {
      if (token.text === '@iot.id') segments.push('id');
      else if (segments.length === 0 && token.text.includes('.') && FILTER_FUNCTIONS[token.text]) throw positionError(this.option, token.start, `${token.text} is a function; call it as ${describeSignature(token.text)}`);
      else if (SEGMENT.test(token.text)) segments.push(token.text);
      else throw positionError(this.option, token.start, `'${token.text}' is not a property name`);
      if (this.peek().kind === 'open') {
        const reason = UNSUPPORTED_FUNCTIONS[token.text] ?? 'functions do not follow a path';
        throw positionError(this.option, token.start, `${segments.join('/')}(…) is not supported: ${reason}`);
      }
      if (this.peek().kind !== 'slash') break;
      const slash = this.next();
      token = this.next();
      // An operator word here is a missing name (`Thing/ eq 1`), not a property called `eq`.
      if (token.kind !== 'word' || isBinaryOperator(token.text)) throw this.unexpected(token, `a property name after '/' at ${slash.start + 1}`);
    }
    return { kind: 'path', segments, start: first.start, end: token.end };
  }
}
