// Division names written one character off (浦冬新区 for 浦东新区, 黄埔区 for 黄浦区 in 上海): an
// edit distance of 1 (one character replaced, missing or extra), on names of three or more
// characters, among the divisions just below what the address already named. The administrative
// suffix (区, 县, 镇, 新区, 街道) must be written right and the typo must lie in the name before
// it: the suffix is what makes the written word a division at all; without the rule 徐汇路 would
// become 徐汇区 and the road 蠡湖大道 the subdistrict 蠡湖街道.
// Rejected: a search over all 45,000 names (short names are so dense that almost any word is one
// edit from some division somewhere) and phonetic matching with pinyin-pro (the usual typos,
// homophones such as 黄埔/黄浦 or 浦冬/浦东, are one character apart anyway).
import type { AddressGazetteer, DivisionEntry } from './address-gazetteer.ts';

/** True when `a` and `b` differ by one replaced, inserted or deleted character (not when equal). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (shorter.length === longer.length) return shorter.slice(i + 1) === longer.slice(i + 1);
  return shorter.slice(i) === longer.slice(i + 1);
}

const CHINESE = /^[\u3400-\u9fff]+$/;
const SUFFIX = /(?:街道|新区|自治州|自治县|自治旗|地区|[区县市镇乡旗州盟])$/;

/** A division of `candidates` written with one typo at `start`; `null` when none or more than one fits. */
export function findCorrectedDivision(text: string, start: number, candidates: readonly DivisionEntry[]): { entry: DivisionEntry; end: number } | null {
  let best: { entry: DivisionEntry; end: number } | null = null;
  let tie = false;
  for (const entry of candidates) {
    const name = entry.name;
    const suffix = SUFFIX.exec(name)?.[0];
    if (name.length < 3 || entry.placeholder || suffix === undefined) continue;
    for (const length of [name.length + 1, name.length, name.length - 1]) {
      if (length < 3 || start + length > text.length) continue;
      const written = text.slice(start, start + length);
      if (!written.endsWith(suffix) || !CHINESE.test(written) || !withinOneEdit(written.slice(0, -suffix.length), name.slice(0, -suffix.length))) continue;
      const end = start + length;
      if (!best || end > best.end) {
        best = { entry, end };
        tie = false;
      } else if (end === best.end && best.entry !== entry) tie = true;
      break;
    }
  }
  return tie ? null : best;
}

/**
 * The divisions a typo below `parent` may stand for: a province's cities and districts (the city
 * is often not written), a city's districts, a district's towns, a town's communities.
 * Placeholder levels (省直辖县级行政区划, 东莞市's one district) are looked through.
 */
export function typoCandidatesBelow(gazetteer: AddressGazetteer, parent: DivisionEntry): DivisionEntry[] {
  const candidates: DivisionEntry[] = [];
  const visit = (entry: DivisionEntry, depth: number): void => {
    for (const child of gazetteer.childrenOf(entry.code)) {
      if (!child.placeholder) candidates.push(child);
      if (child.placeholder || (depth === 0 && child.level === 'city')) visit(child, depth + 1);
    }
  };
  visit(parent, 0);
  return candidates;
}
