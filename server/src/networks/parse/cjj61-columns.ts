import { DataError } from '@cimtwin/schemas';

/** A length unit written in a header, e.g. `管径(mm)`, `埋深（米）`. */
export type HeaderUnit = 'm' | 'mm' | 'cm' | 'in' | 'ft';

const UNITS: Record<string, HeaderUnit> = { m: 'm', 米: 'm', mm: 'mm', 毫米: 'mm', cm: 'cm', 厘米: 'cm', in: 'in', inch: 'in', 英寸: 'in', ft: 'ft', feet: 'ft', 英尺: 'ft' };

/**
 * The comparison key of a header: NFKC (full-width letters and brackets become ASCII), lower
 * case, without a trailing bracketed part, blanks, `_`, `-`, `.` or `/`; and the unit the
 * bracketed part names, if it is a length unit.
 */
export function normaliseHeader(header: string): { key: string; unit: HeaderUnit | null } {
  let text = header.normalize('NFKC').trim().toLowerCase();
  let unit: HeaderUnit | null = null;
  const bracket = /[([]\s*([^)\]]*?)\s*[)\]]\s*$/.exec(text);
  if (bracket) {
    unit = UNITS[bracket[1]] ?? null;
    text = text.slice(0, bracket.index);
  }
  return { key: text.replace(/[\s_\-./]+/g, ''), unit };
}

/** Which column holds each recognised field, units read from headers, and the columns left over. */
export interface ResolvedColumns<F extends string> {
  byField: Partial<Record<F, string>>;
  /**
   * Every column matching a field, `byField`'s first. GeoJSON features of one file may name the
   * same field differently (管径 in one, 断面 in another); a row uses the first non-empty one.
   */
  allByField: Partial<Record<F, string[]>>;
  unitOf: Partial<Record<F, HeaderUnit>>;
  /** Columns no field took; their values go to attributes under the original header. */
  unknown: string[];
}

/** Column names by field, overriding the guesses; null leaves a field unread even if a column matches. */
export type ColumnMap<F extends string> = Partial<Record<F, string | null>>;

/**
 * Matches columns to fields by alias. An explicit map wins; a column it names must exist. Each
 * column serves one field, the first whose aliases hold it; a field may have several columns.
 */
export function resolveColumns<F extends string>(fileName: string, columns: readonly string[], aliases: Record<F, readonly string[]>, explicit: ColumnMap<F> = {}): ResolvedColumns<F> {
  const byField: Partial<Record<F, string>> = {};
  const allByField: Partial<Record<F, string[]>> = {};
  const unitOf: Partial<Record<F, HeaderUnit>> = {};
  const taken = new Set<string>();
  const keyed = columns.map((column) => ({ column, ...normaliseHeader(column) }));
  for (const [field, name] of Object.entries(explicit) as [F, string | null | undefined][]) {
    if (name === undefined || name === null) continue;
    const wanted = normaliseHeader(name).key;
    const match = keyed.find((entry) => entry.column === name) ?? keyed.find((entry) => entry.key === wanted);
    if (!match) throw new DataError(`cjj61: the column map gives "${name}" for ${field}, but ${fileName} has no such column; its columns are ${columns.map((c) => `"${c}"`).join(', ')}`);
    byField[field] = match.column;
    allByField[field] = [match.column];
    if (match.unit) unitOf[field] = match.unit;
    taken.add(match.column);
  }
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    if (field in explicit) continue;
    const keys = new Set(names.map((name) => normaliseHeader(name).key));
    const matches = keyed.filter((entry) => !taken.has(entry.column) && keys.has(entry.key));
    if (matches.length === 0) continue;
    byField[field] = matches[0].column;
    allByField[field] = matches.map((entry) => entry.column);
    if (matches[0].unit) unitOf[field] = matches[0].unit;
    for (const entry of matches) taken.add(entry.column);
  }
  return { byField, allByField, unitOf, unknown: columns.filter((column) => !taken.has(column)) };
}

/** How many of `columns` some alias recognises; used to find the header row under a title row. */
export function countRecognisedColumns(columns: readonly string[], ...aliasTables: Record<string, readonly string[]>[]): number {
  const keys = new Set(aliasTables.flatMap((table) => Object.values(table).flat().map((name) => normaliseHeader(name).key)));
  return columns.filter((column) => keys.has(normaliseHeader(column).key)).length;
}
