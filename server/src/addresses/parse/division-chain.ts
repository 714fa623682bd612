// The administrative divisions an address names, as a chain of links from the province down,
// each link holding every division its written name may stand for (朝阳区: 110105 in 北京 and
// 220104 in 长春). A new link keeps only candidates below a candidate of every earlier link,
// and narrows the earlier links to the ancestors of what it kept, so 鼓楼区 after 南京市 is
// 320106 and 湖南路街道 after 鼓楼区 picks the 鼓楼区 it lies in. Codes nest by prefix
// (31 ⊃ 3101 ⊃ 310115 ⊃ 310115005), which makes "is below" a string test.
import { addressLevelRank, type DivisionLevel, type ElementSource } from '@cimtwin/schemas';
import type { DivisionEntry } from './address-gazetteer.ts';

/** One division level of an address, with the divisions it may still be. */
export interface DivisionLink {
  level: DivisionLevel;
  candidates: DivisionEntry[];
  /** Offsets in the normalised text; -1 for a link inferred from a named place. */
  start: number;
  end: number;
  source: ElementSource;
  /** Confidence of how it was found (a full name 1, a short form less, a typo less again). */
  confidence: number;
}

/** True when `entry` lies below `ancestor`. */
export function isBelow(entry: DivisionEntry, ancestor: DivisionEntry): boolean {
  return entry.code.length > ancestor.code.length && entry.code.startsWith(ancestor.code);
}

/** The divisions found so far, see the file note. */
export class DivisionChain {
  readonly links: DivisionLink[] = [];

  /** The deepest link, if any. */
  get deepest(): DivisionLink | undefined {
    return this.links[this.links.length - 1];
  }

  /** Rank of the deepest level found, -1 when none. */
  get deepestRank(): number {
    const deepest = this.deepest;
    return deepest ? addressLevelRank(deepest.level) : -1;
  }

  /** The link of a level. */
  link(level: DivisionLevel): DivisionLink | undefined {
    return this.links.find((link) => link.level === level);
  }

  /** True when `entry` is a candidate of some link already (the name is written twice). */
  contains(entry: DivisionEntry): boolean {
    return this.links.some((link) => link.candidates.includes(entry));
  }

  /** True when `entry` lies below a candidate of every link (links are shallower than it). */
  accepts(entry: DivisionEntry): boolean {
    return this.links.every((link) => link.candidates.some((candidate) => isBelow(entry, candidate)));
  }

  /** True when a place of district `code` (or any place, without a code) fits every link. */
  acceptsDistrictCode(code: string | undefined): boolean {
    if (code === undefined) return true;
    return this.links.every((link) => link.candidates.some((candidate) => code.startsWith(candidate.code) || candidate.code.startsWith(code)));
  }

  /** Appends a link whose candidates all pass {@link accepts}, and narrows the earlier links. */
  add(link: DivisionLink): void {
    const rank = addressLevelRank(link.level);
    for (const other of this.links) {
      const above = addressLevelRank(other.level) < rank;
      other.candidates = other.candidates.filter((candidate) => link.candidates.some((entry) => (above ? isBelow(entry, candidate) : isBelow(candidate, entry))));
    }
    this.links.push(link);
    this.links.sort((a, b) => addressLevelRank(a.level) - addressLevelRank(b.level));
  }

  /** Narrows every link to the divisions containing district `code` (a named place's district). */
  narrowToDistrict(code: string): void {
    for (const link of this.links) {
      const kept = link.candidates.filter((candidate) => code.startsWith(candidate.code) || candidate.code.startsWith(code));
      if (kept.length > 0) link.candidates = kept;
    }
  }
}
