import { DataError } from '@cimtwin/schemas';

// EPANET and SWMM share the .inp layout: `[SECTION]` headers, whitespace-separated fields, `;`
// comments, optional double quotes around a field with spaces (EPANET 2.2). Reading the layout
// once keeps both parsers to their sections' meaning and lets every error name its line.

/** One data line of a section: its 1-based line number, fields, and trailing comment. */
export interface InpLine {
  line: number;
  fields: string[];
  /** Text after the first `;`, trimmed; empty when none. */
  comment: string;
  /** The line without its comment, for free-text sections such as [TITLE]. */
  text: string;
}

/** Data lines by upper-case section name; a section that appears twice is concatenated. */
export type InpSections = Map<string, InpLine[]>;

/** Splits .inp text into sections of data lines; comment-only and blank lines are dropped. */
export function readInpSections(text: string): InpSections {
  const sections: InpSections = new Map();
  let current: InpLine[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const trimmed = raw.trim();
    if (trimmed.startsWith('[')) {
      const close = trimmed.indexOf(']');
      const name = (close > 0 ? trimmed.slice(1, close) : trimmed.slice(1)).trim().toUpperCase();
      current = sections.get(name);
      if (!current) sections.set(name, (current = []));
      continue;
    }
    if (!current || trimmed === '' || trimmed.startsWith(';')) continue;
    const parsed = splitFields(raw);
    if (parsed.fields.length === 0 && parsed.text === '') continue;
    current.push({ line: index + 1, ...parsed });
  }
  return sections;
}

function splitFields(raw: string): Omit<InpLine, 'line'> {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let inField = false;
  let end = raw.length;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === ';') {
      end = i;
      break;
    }
    if (ch === '"') {
      quoted = true;
      inField = true;
    } else if (ch === ' ' || ch === '\t') {
      if (inField) fields.push(field);
      field = '';
      inField = false;
    } else {
      field += ch;
      inField = true;
    }
  }
  if (inField) fields.push(field);
  return { fields, comment: end < raw.length ? raw.slice(end + 1).trim() : '', text: raw.slice(0, end).trim() };
}

/** Reads typed fields of one section and throws DataErrors that name the stage, section and line. */
export class InpFieldReader {
  constructor(
    private readonly stage: string,
    private readonly section: string,
  ) {}

  /** `[SECTION] line N`, for messages. */
  where(line: InpLine): string {
    return `${this.stage}: [${this.section}] line ${line.line}`;
  }

  /** A DataError located at `line`. */
  error(line: InpLine, message: string): DataError {
    return new DataError(`${this.where(line)}: ${message}`, { details: { section: this.section, line: line.line } });
  }

  /** Field `index`, or throws naming what was expected there. */
  required(line: InpLine, index: number, what: string): string {
    const value = line.fields[index];
    if (value === undefined) {
      throw this.error(line, `${what} is missing (field ${index + 1}); the line has ${line.fields.length} field(s): "${line.text}"`);
    }
    return value;
  }

  /** Field `index` as a number; undefined when the field is absent, a DataError when it is not numeric. */
  number(line: InpLine, index: number, what: string): number | undefined {
    const value = line.fields[index];
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) throw this.error(line, `${what} "${value}" is not a number`);
    return n;
  }

  /** Field `index` as a number, required. */
  requiredNumber(line: InpLine, index: number, what: string): number {
    this.required(line, index, what);
    return this.number(line, index, what) as number;
  }
}
