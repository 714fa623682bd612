/**
 * Translates XML Schema regular expressions (XSD 1.0 Part 2, Appendix F) to JavaScript RegExp.
 *
 * Approach: a small recursive-descent parser emits a `v`-flag RegExp, writing every literal that is
 * not an ASCII letter or digit as a `\u{...}` escape so no XSD literal can turn into JS syntax.
 * XSD differs from JS in ways that matter for IDS: patterns are implicitly anchored, `^` and `$`
 * are ordinary characters, `.` excludes only CR and LF, `\d`/`\w` are Unicode classes, `\i`/`\c`
 * are XML name classes, `\p{IsBlock}` names Unicode blocks and classes may subtract
 * (`[a-z-[aeiou]]`, mapped to `v`-flag `--`). Features outside XSD (back-references, lazy
 * quantifiers, lookaround, anchors) are rejected rather than silently reinterpreted.
 * Rejected alternative: regex-to-regex string replacement, which cannot tell `\\d` from `\d`
 * or a class from a literal bracket.
 */

/** A pattern that is not a valid XSD regular expression. */
export class XsdPatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`"${pattern}" is not a valid XSD pattern: ${reason}`);
    this.name = 'XsdPatternError';
  }
}

const BLOCKS: Record<string, [number, number]> = {
  BasicLatin: [0x0000, 0x007f], 'Latin-1Supplement': [0x0080, 0x00ff], 'LatinExtended-A': [0x0100, 0x017f],
  'LatinExtended-B': [0x0180, 0x024f], IPAExtensions: [0x0250, 0x02af], SpacingModifierLetters: [0x02b0, 0x02ff],
  CombiningDiacriticalMarks: [0x0300, 0x036f], Greek: [0x0370, 0x03ff], GreekandCoptic: [0x0370, 0x03ff],
  Cyrillic: [0x0400, 0x04ff], Armenian: [0x0530, 0x058f], Hebrew: [0x0590, 0x05ff], Arabic: [0x0600, 0x06ff],
  Devanagari: [0x0900, 0x097f], Thai: [0x0e00, 0x0e7f], Hangul: [0xac00, 0xd7af], HangulSyllables: [0xac00, 0xd7af],
  LatinExtendedAdditional: [0x1e00, 0x1eff], GreekExtended: [0x1f00, 0x1fff], GeneralPunctuation: [0x2000, 0x206f],
  SuperscriptsandSubscripts: [0x2070, 0x209f], CurrencySymbols: [0x20a0, 0x20cf], LetterlikeSymbols: [0x2100, 0x214f],
  NumberForms: [0x2150, 0x218f], Arrows: [0x2190, 0x21ff], MathematicalOperators: [0x2200, 0x22ff],
  BoxDrawing: [0x2500, 0x257f], GeometricShapes: [0x25a0, 0x25ff], MiscellaneousSymbols: [0x2600, 0x26ff],
  CJKSymbolsandPunctuation: [0x3000, 0x303f], Hiragana: [0x3040, 0x309f], Katakana: [0x30a0, 0x30ff],
  CJKUnifiedIdeographs: [0x4e00, 0x9fff], PrivateUse: [0xe000, 0xf8ff], HalfwidthandFullwidthForms: [0xff00, 0xffef],
};

const NAME_START = 'A-Z_a-z:\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}';
const NAME_CHAR = `${NAME_START}\\u{2D}\\u{2E}0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}`;

/** Multi-character escapes as v-flag class contents (each usable inside or outside a class). */
const MULTI: Record<string, string> = {
  d: '[\\p{Nd}]', D: '[^\\p{Nd}]',
  s: '[\\u{20}\\u{9}\\u{A}\\u{D}]', S: '[^\\u{20}\\u{9}\\u{A}\\u{D}]',
  w: '[^\\p{P}\\p{Z}\\p{C}]', W: '[\\p{P}\\p{Z}\\p{C}]',
  i: `[${NAME_START}]`, I: `[^${NAME_START}]`,
  c: `[${NAME_CHAR}]`, C: `[^${NAME_CHAR}]`,
};

const SINGLE: Record<string, number> = {
  n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c, '|': 0x7c, '.': 0x2e, '-': 0x2d, '^': 0x5e, '?': 0x3f, '*': 0x2a,
  '+': 0x2b, '{': 0x7b, '}': 0x7d, '(': 0x28, ')': 0x29, '[': 0x5b, ']': 0x5d, $: 0x24,
};

function literal(codePoint: number): string {
  const ch = String.fromCodePoint(codePoint);
  return /[A-Za-z0-9]/.test(ch) ? ch : `\\u{${codePoint.toString(16).toUpperCase()}}`;
}

class Translator {
  private pos = 0;
  private readonly chars: string[];

  constructor(private readonly pattern: string) {
    this.chars = Array.from(pattern);
  }

  translate(): string {
    const body = this.regExp();
    if (this.pos < this.chars.length) this.fail(`unexpected "${this.chars[this.pos]}"`);
    return body;
  }

  private fail(reason: string): never {
    throw new XsdPatternError(this.pattern, reason);
  }

  private peek(): string | undefined {
    return this.chars[this.pos];
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    while (this.pos < this.chars.length && this.peek() !== '|' && this.peek() !== ')') {
      out += this.atom() + this.quantifier();
    }
    return out;
  }

  private quantifier(): string {
    const ch = this.peek();
    let out = '';
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      out = ch;
    } else if (ch === '{') {
      const rest = this.chars.slice(this.pos).join('');
      const match = /^\{(\d+)(,(\d*))?\}/.exec(rest);
      if (!match) this.fail('malformed quantifier');
      if (match[3] !== undefined && match[3] !== '' && Number(match[3]) < Number(match[1])) this.fail('quantifier range is reversed');
      this.pos += Array.from(match[0]).length;
      out = match[0];
    } else {
      return '';
    }
    const next = this.peek();
    if (next === '?' || next === '+' || next === '*' || next === '{') this.fail('lazy, possessive or stacked quantifiers are not XSD');
    return out;
  }

  private atom(): string {
    const ch = this.peek();
    if (ch === undefined) this.fail('unexpected end');
    if (ch === '(') {
      this.pos++;
      if (this.peek() === '?') this.fail('groups with "(?" are not XSD');
      const inner = this.regExp();
      if (this.peek() !== ')') this.fail('missing ")"');
      this.pos++;
      return `(?:${inner})`;
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') this.fail(`quantifier "${ch}" without an atom`);
    if (ch === ']' || ch === '}') this.fail(`unescaped "${ch}"`);
    this.pos++;
    if (ch === '.') return '[^\\u{A}\\u{D}]';
    return literal(ch.codePointAt(0)!);
  }

  /** An escape at `\`; inside a class, single-character escapes return a bare literal. */
  private escape(inClass: boolean): string {
    this.pos++;
    const ch = this.peek();
    if (ch === undefined) this.fail('trailing backslash');
    this.pos++;
    if (ch in SINGLE) return literal(SINGLE[ch]);
    if (ch in MULTI) return inClass ? MULTI[ch] : MULTI[ch];
    if (ch === 'p' || ch === 'P') {
      if (this.peek() !== '{') this.fail(`\\${ch} needs {name}`);
      const end = this.chars.indexOf('}', this.pos);
      if (end < 0) this.fail(`unterminated \\${ch}{`);
      const name = this.chars.slice(this.pos + 1, end).join('');
      this.pos = end + 1;
      return this.property(name, ch === 'P');
    }
    if (/[0-9]/.test(ch)) this.fail('back-references are not XSD');
    // Escaped punctuation outside XSD's list (e.g. `\/`) is read as the character, as common
    // regex engines and IDS tools do; unknown letter escapes stay errors.
    if (!/[A-Za-z]/.test(ch)) return literal(ch.codePointAt(0)!);
    return this.fail(`unknown escape \\${ch}`);
  }

  private property(name: string, negated: boolean): string {
    if (name.startsWith('Is')) {
      const block = BLOCKS[name.slice(2)];
      if (!block) this.fail(`unsupported Unicode block ${name}`);
      return `[${negated ? '^' : ''}\\u{${block[0].toString(16)}}-\\u{${block[1].toString(16)}}]`;
    }
    if (!/^(L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|Z[slp]?|S[mcko]?|C[cfon]?)$/.test(name)) {
      this.fail(`unknown Unicode category ${name}`);
    }
    return `[${negated ? '^' : ''}\\p{${name}}]`;
  }

  /** `[...]`, `[^...]`, with an optional trailing subtraction `-[...]`. */
  private charClass(): string {
    this.pos++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const items: string[] = [];
    let first = true;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail('missing "]"');
      if (ch === ']' && !first) break;
      if (ch === '-' && this.chars[this.pos + 1] === '[') {
        this.pos++;
        const subtracted = this.charClass();
        if (this.peek() !== ']') this.fail('subtraction must end the class');
        this.pos++;
        const base = `[${negated ? '^' : ''}${items.join('')}]`;
        return `[${base}--${subtracted}]`;
      }
      first = false;
      const start = this.classChar();
      if (start.kind === 'set') {
        items.push(start.text);
        continue;
      }
      if (this.peek() === '-' && this.chars[this.pos + 1] !== ']' && this.chars[this.pos + 1] !== '[') {
        this.pos++;
        const end = this.classChar();
        if (end.kind === 'set') this.fail('a range cannot end with a class escape');
        if (end.code < start.code) this.fail('character range is reversed');
        items.push(`${literal(start.code)}-${literal(end.code)}`);
      } else {
        items.push(literal(start.code));
      }
    }
    this.pos++;
    if (items.length === 0) this.fail('empty character class');
    return `[${negated ? '^' : ''}${items.join('')}]`;
  }

  private classChar(): { kind: 'char'; code: number } | { kind: 'set'; text: string } {
    const ch = this.peek()!;
    if (ch === '\\') {
      const next = this.chars[this.pos + 1];
      if (next !== undefined && (next in SINGLE || !/[A-Za-z0-9]/.test(next))) {
        this.pos += 2;
        return { kind: 'char', code: next in SINGLE ? SINGLE[next] : next.codePointAt(0)! };
      }
      return { kind: 'set', text: this.escape(true) };
    }
    if (ch === '[') this.fail('unescaped "[" inside a class');
    this.pos++;
    return { kind: 'char', code: ch.codePointAt(0)! };
  }
}

const cache = new Map<string, RegExp>();

/** Compiles an XSD pattern to an anchored JS RegExp; throws {@link XsdPatternError} when invalid. */
export function compileXsdPattern(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    const source = new Translator(pattern).translate();
    try {
      regex = new RegExp(`^(?:${source})$`, 'v');
    } catch (error) {
      throw new XsdPatternError(pattern, (error as Error).message);
    }
    cache.set(pattern, regex);
  }
  return regex;
}

/** True when `value` matches the XSD pattern as a whole. */
export function matchesXsdPattern(pattern: string, value: string): boolean {
  return compileXsdPattern(pattern).test(value);
}
