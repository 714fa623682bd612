/**
 * Which component code each source element gets on an import. An element that already has a
 * code of its class keeps it; a new element, or one whose class changed, gets the next free
 * sequence number of its class in the division (numbers are never reused, so a retired code
 * does not come back on another element); a code whose element is gone is retired.
 */
import { formatComponentCode } from '@cimtwin/schemas';

/** An element to code: its stable key in the source (e.g. a network node id) and its class. */
export interface ComponentCandidate {
  key: string;
  classCode: string;
}

/** A component stored from the same source. */
export interface StoredComponent {
  key: string;
  code: string;
  classCode: string;
}

/** The plan of an import. */
export interface ComponentCodePlan {
  /** Key to code, for every candidate. */
  codes: Map<string, string>;
  /** Keys whose stored code stays. */
  kept: string[];
  /** Keys that get a new code (new elements, and elements whose class changed). */
  added: string[];
  /** Stored codes whose element is no longer a candidate. */
  retired: string[];
}

/**
 * Plans the codes of `candidates` in `divisionCode`. `highestSequence` is the highest sequence
 * number in use per class code in the division, from any source. Candidates are numbered in
 * key order, so the same import twice gives the same codes.
 */
export function planComponentCodes(divisionCode: string, candidates: readonly ComponentCandidate[], stored: readonly StoredComponent[], highestSequence: ReadonlyMap<string, number>): ComponentCodePlan {
  const storedByKey = new Map(stored.map((component) => [component.key, component]));
  const next = new Map(highestSequence);
  const plan: ComponentCodePlan = { codes: new Map(), kept: [], added: [], retired: [] };
  const sorted = [...candidates].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const candidate of sorted) {
    const existing = storedByKey.get(candidate.key);
    if (existing && existing.classCode === candidate.classCode) {
      plan.codes.set(candidate.key, existing.code);
      plan.kept.push(candidate.key);
      continue;
    }
    const sequence = (next.get(candidate.classCode) ?? 0) + 1;
    next.set(candidate.classCode, sequence);
    plan.codes.set(candidate.key, formatComponentCode({ countyCode: divisionCode, majorCode: candidate.classCode.slice(0, 2), minorCode: candidate.classCode.slice(2, 4), sequence }));
    plan.added.push(candidate.key);
  }
  const wanted = new Set(candidates.map((candidate) => candidate.key));
  for (const component of stored) if (!wanted.has(component.key)) plan.retired.push(component.code);
  return plan;
}
