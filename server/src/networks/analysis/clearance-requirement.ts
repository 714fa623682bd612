import { formatClause, type ClearanceEntry, type ClearanceSide } from '@cimtwin/schemas';
import type { ClearanceSubject } from './clearance-subject.ts';

// Finding the table cell for a pair of pipes. A side of a cell fits a pipe when every condition
// it sets holds; a condition on an attribute the pipe does not give (pressure class, diameter,
// burial form) is taken to hold, and said so. Of all cells that fit, the strictest (largest
// distance) applies: with an attribute missing, that is the safe reading of the table.

/** Horizontal (表4.1.9) or vertical (表4.1.14). */
export type ClearanceKind = 'horizontal' | 'vertical';

/** The distance a pair of pipes must keep, and from which cell. */
export interface ClearanceRequirement {
  required: number;
  entry: ClearanceEntry;
  /** e.g. "GB 50289-2016 表4.1.9". */
  clause: string;
  /** Attributes that were missing, e.g. "pressure class of the RQ pipe". */
  assumed: string[];
  /** What was assumed, and the entry's own note; null when nothing to say. */
  note: string | null;
}

const TOLERANCE = 1e-9;

/** Attributes assumed for `side` to describe `subject`, or null when it cannot. */
export function sideFits(side: ClearanceSide, subject: ClearanceSubject): string[] | null {
  if (side.party !== subject.pipeType) return null;
  if (side.subtypes && !(subject.subtype !== null && side.subtypes.includes(subject.subtype))) return null;
  if (side.excludeSubtypes && subject.subtype !== null && side.excludeSubtypes.includes(subject.subtype)) return null;
  const assumed: string[] = [];
  if (side.pressureClasses) {
    if (subject.pressureClasses === null) assumed.push('pressure class');
    else if (!subject.pressureClasses.some((name) => side.pressureClasses!.includes(name))) return null;
    else if (!subject.pressureClasses.every((name) => side.pressureClasses!.includes(name))) assumed.push(`pressure class (${subject.pressureClasses.join(' or ')})`);
  }
  if (side.diameter) {
    const { above, upTo } = side.diameter;
    if (subject.diameter === null) assumed.push('diameter');
    else if ((above !== null && subject.diameter <= above + TOLERANCE) || (upTo !== null && subject.diameter > upTo + TOLERANCE)) return null;
  }
  if (side.burial) {
    if (subject.burial === null) assumed.push('burial method');
    else if (!side.burial.includes(subject.burial)) return null;
  }
  return assumed;
}

/** The strictest cell of `table` for pipes a and b, or null when the table has none. */
export function findClearanceRequirement(a: ClearanceSubject, b: ClearanceSubject, kind: ClearanceKind, table: readonly ClearanceEntry[]): ClearanceRequirement | null {
  let best: { value: number; entry: ClearanceEntry } | null = null;
  const assumed = new Set<string>();
  let fits = 0;
  for (const entry of table) {
    const value = entry[kind];
    if (value === null) continue;
    const assumptions = orientedFit(entry, a, b) ?? orientedFit(entry, b, a);
    if (!assumptions) continue;
    fits++;
    for (const text of assumptions) assumed.add(text);
    if (!best || value > best.value) best = { value, entry };
  }
  if (!best) return null;
  const notes: string[] = [];
  if (assumed.size > 0) notes.push(`${[...assumed].join(', ')} unknown: the strictest of ${fits} matching row(s) is taken (${best.entry.between[0].label} / ${best.entry.between[1].label})`);
  if (best.entry.note) notes.push(best.entry.note);
  return { required: best.value, entry: best.entry, clause: formatClause(best.entry.clause), assumed: [...assumed], note: notes.length > 0 ? notes.join('; ') : null };
}

function orientedFit(entry: ClearanceEntry, first: ClearanceSubject, second: ClearanceSubject): string[] | null {
  const one = sideFits(entry.between[0], first);
  if (!one) return null;
  const two = sideFits(entry.between[1], second);
  if (!two) return null;
  const label = (subject: ClearanceSubject) => `the ${subject.pipeType}${subject.subtype ? `/${subject.subtype}` : ''} pipe`;
  return [...one.map((text) => `${text} of ${label(first)}`), ...two.map((text) => `${text} of ${label(second)}`)];
}
