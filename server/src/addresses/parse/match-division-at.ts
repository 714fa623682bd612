// Choosing the division a name at one position stands for. The gazetteer gives every name
// starting there, longest first; the first length with an acceptable division wins. A division
// is acceptable when it is deeper than the divisions already found and lies below them (see
// division-chain.ts), and when its written form is safe where it stands:
// - a short form followed by a road continuation is the start of a road (北京东路, 浦东南路,
//   中山东一路, 陆家嘴环路), and one followed by 村, 社区, 小区 or a zone word the start of that
//   name (刘胡兰村, 平潭综合实验区), not the division; a full name (芙蓉区 before 八一路) is
//   the division whatever follows;
// - a one-character abbreviation (沪, 京) only opens an address and only when another division
//   follows it (沪黄浦区), since 沪 or 京 inside a name is far more common;
// - a town's or community's short form (陆家嘴, 银闸) needs its district found first: thousands
//   of towns share their stems (朝阳, 城关, 新华).
// Among several acceptable divisions of one name, full names beat short forms and the shallowest
// level wins (上海 the province before 上海街道); those left are the link's candidates, narrowed
// by the context division when one is given.
import { addressLevelRank, type DivisionLevel } from '@cimtwin/schemas';
import type { AddressGazetteer, DivisionEntry, GazetteerMatch, NameForm } from './address-gazetteer.ts';
import type { DivisionChain, DivisionLink } from './division-chain.ts';
import { continuesIntoName } from './match-street-elements.ts';

/** What a division name at a position turned out to be. */
export type DivisionAtResult = { kind: 'link'; link: DivisionLink } | { kind: 'repeat'; end: number };

const FORM_CONFIDENCE: Record<NameForm, number> = { name: 1, shortForm: 0.92, abbreviation: 0.88 };

interface Candidate {
  entry: DivisionEntry;
  form: NameForm;
}

function inContext(entry: DivisionEntry, contextCode: string | undefined): boolean {
  return contextCode !== undefined && (entry.code.startsWith(contextCode) || contextCode.startsWith(entry.code));
}

function opensWithDivision(gazetteer: AddressGazetteer, text: string, start: number, province: DivisionEntry): boolean {
  return gazetteer
    .matchesAt(text, start)
    .some((match) => match.target.kind === 'division' && match.form !== 'abbreviation' && match.target.entry.code.startsWith(province.code) && match.target.entry !== province);
}

/** True when a division's full name starts at `start` (上海 + 宝山区: the short form repeats a division). */
function opensWithName(gazetteer: AddressGazetteer, text: string, start: number): boolean {
  return gazetteer.matchesAt(text, start).some((match) => match.target.kind === 'division' && match.form === 'name');
}

function acceptable(candidate: Candidate, match: GazetteerMatch, chain: DivisionChain, gazetteer: AddressGazetteer, text: string): boolean {
  const { entry, form } = candidate;
  if (addressLevelRank(entry.level) <= chain.deepestRank || !chain.accepts(entry)) return false;
  if (form === 'abbreviation') return chain.links.length === 0 && opensWithDivision(gazetteer, text, match.end, entry);
  if (form === 'shortForm' && entry.level === 'town') return chain.link('district') !== undefined;
  if (form === 'shortForm' && entry.level === 'community') return chain.link('district') !== undefined || chain.link('town') !== undefined;
  return true;
}

/**
 * The division named at `start`, given the gazetteer's `matches` there; a `repeat` when the
 * name is one already found (上海市上海市, or a short form before another division: 上海上海宝山区);
 * `null` when no division fits.
 */
export function matchDivisionAt(
  text: string,
  matches: readonly GazetteerMatch[],
  chain: DivisionChain,
  gazetteer: AddressGazetteer,
  contextCode: string | undefined,
): DivisionAtResult | null {
  let repeatEnd = -1;
  for (let i = 0; i < matches.length; ) {
    const end = matches[i].end;
    const group: GazetteerMatch[] = [];
    for (; i < matches.length && matches[i].end === end; i++) if (matches[i].target.kind === 'division') group.push(matches[i]);
    if (group.length === 0) continue;
    const shortFormContinues = continuesIntoName(text, end);
    let candidates: Candidate[] = [];
    for (const match of group) {
      const entry = match.target.entry as DivisionEntry;
      const candidate = { entry, form: match.form };
      if (match.form !== 'name' && shortFormContinues) continue;
      if (acceptable(candidate, match, chain, gazetteer, text)) candidates.push(candidate);
      else if (repeatEnd < 0 && chain.contains(entry) && (match.form === 'name' || (match.form === 'shortForm' && opensWithName(gazetteer, text, end)))) repeatEnd = end;
    }
    if (candidates.length === 0) continue;
    if (candidates.some((c) => c.form === 'name')) candidates = candidates.filter((c) => c.form === 'name');
    const shallowest = Math.min(...candidates.map((c) => addressLevelRank(c.entry.level)));
    candidates = candidates.filter((c) => addressLevelRank(c.entry.level) === shallowest);
    if (candidates.length > 1 && candidates.some((c) => inContext(c.entry, contextCode))) candidates = candidates.filter((c) => inContext(c.entry, contextCode));
    const form = candidates[0].form;
    const link: DivisionLink = {
      level: candidates[0].entry.level as DivisionLevel,
      candidates: candidates.map((c) => c.entry),
      start: matches[0].start,
      end,
      source: form === 'name' ? 'text' : 'alias',
      confidence: FORM_CONFIDENCE[form],
    };
    return { kind: 'link', link };
  }
  return repeatEnd >= 0 ? { kind: 'repeat', end: repeatEnd } : null;
}
