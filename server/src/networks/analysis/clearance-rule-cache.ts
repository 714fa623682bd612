import type { ClearanceEntry, Network } from '@cimtwin/schemas';
import type { PlacedNetwork } from '../geometry/place-network.ts';
import { findClearanceRequirement, type ClearanceRequirement } from './clearance-requirement.ts';
import { clearanceSubject, subjectKey, type ClearanceSubject } from './clearance-subject.ts';

// Looking up the table for every pair of nearby pipes would dominate a large check; pipes that
// read the table alike share a subject number, and a pair of subject numbers is looked up once.

/** The horizontal and vertical cells of one pair of pipes (null where the table has none). */
export interface PairRules {
  horizontal: ClearanceRequirement | null;
  vertical: ClearanceRequirement | null;
}

/** Table lookups for the links of one placed network, cached by subject. */
export interface ClearanceRuleCache {
  /** The subject of link `link` (index in placed.links); null when it has no pipe type. */
  subjectOf(link: number): ClearanceSubject | null;
  /** The cells for links `a` and `b`. */
  between(a: number, b: number): PairRules;
}

/** Builds the subjects of every placed link and a lookup cache over `table`. */
export function clearanceRuleCache(placed: PlacedNetwork, network: Network, table: readonly ClearanceEntry[]): ClearanceRuleCache {
  const networkLinks = new Map(network.links.map((link) => [link.id, link]));
  const numbers = new Map<string, number>();
  const distinct: ClearanceSubject[] = [];
  const subjects = new Int32Array(placed.links.length).fill(-1);
  placed.links.forEach((link, i) => {
    const subject = clearanceSubject(link, networkLinks.get(link.id));
    if (!subject) return;
    const key = subjectKey(subject);
    let number = numbers.get(key);
    if (number === undefined) {
      number = distinct.length;
      numbers.set(key, number);
      distinct.push(subject);
    }
    subjects[i] = number;
  });
  // A dense K × K table while K (distinct subjects) is small, else a map.
  const count = distinct.length;
  const dense: (PairRules | undefined)[] | null = count <= 2048 ? new Array(count * count) : null;
  const sparse = new Map<number, PairRules>();
  return {
    subjectOf: (link) => (subjects[link] < 0 ? null : distinct[subjects[link]]),
    between(a, b) {
      const [x, y] = subjects[a] <= subjects[b] ? [subjects[a], subjects[b]] : [subjects[b], subjects[a]];
      const key = x * count + y;
      let rules = dense ? dense[key] : sparse.get(key);
      if (!rules) {
        rules = { horizontal: findClearanceRequirement(distinct[x], distinct[y], 'horizontal', table), vertical: findClearanceRequirement(distinct[x], distinct[y], 'vertical', table) };
        if (dense) dense[key] = rules;
        else sparse.set(key, rules);
      }
      return rules;
    },
  };
}
