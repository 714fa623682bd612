// From the chain of division links to elements and codes. A link with one candidate gives its
// name and code; a link still ambiguous (朝阳区 alone) gives the name with a confidence divided
// among the candidates and no code. Levels not written are inferred upwards from the deepest
// district or city link: a level is filled when every remaining candidate has the same division
// there (浦东新区 gives 上海市 twice; 鼓楼区 alone gives nothing, its four candidates lie in four
// cities). A municipality gives its city without anything below it (上海市 -> city 上海市).
// Nothing is inferred from a town or community alone: town names repeat across China (dozens of
// 朝阳镇 and 朝阳街道), and one written without its district may be an old or informal name that
// happens to match the one town of that name the gazetteer knows.
import { DIVISION_LEVELS, type DivisionCodes, type DivisionLevel, type ParsedElement } from '@cimtwin/schemas';
import type { AddressGazetteer, DivisionEntry } from './address-gazetteer.ts';
import type { DivisionChain, DivisionLink } from './division-chain.ts';

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const INFERRED_CONFIDENCE = 0.95;

/** Division elements and codes of a parse. */
export interface ResolvedDivisions {
  elements: ParsedElement[];
  codes: DivisionCodes;
  /** True when some written division matched more than one division. */
  ambiguous: boolean;
}

function ancestorAt(gazetteer: AddressGazetteer, entry: DivisionEntry, level: DivisionLevel): DivisionEntry | undefined {
  let current: DivisionEntry | undefined = entry;
  while (current && current.level !== level) current = current.parentCode === null ? undefined : gazetteer.division(current.parentCode);
  return current;
}

function linkElement(link: DivisionLink, text: string): ParsedElement {
  const count = link.candidates.length;
  const confidence = count > 1 ? link.confidence / Math.pow(count, 0.7) : link.confidence;
  const written = link.start < 0 ? '' : text.slice(link.start, link.end);
  return { level: link.level, value: link.candidates[0].name, text: written, start: link.start, end: link.end, source: link.source, confidence: round(confidence) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Elements, codes and ambiguity of the chain; `infer` fills the levels not written. */
export function resolveDivisions(chain: DivisionChain, gazetteer: AddressGazetteer, text: string, infer: boolean): ResolvedDivisions {
  const elements: ParsedElement[] = [];
  const codes: DivisionCodes = {};
  const deepestWritten = chain.deepest;
  if (!deepestWritten) return { elements, codes, ambiguous: false };
  const deepest = [...chain.links].reverse().find((link) => link.level === 'district' || link.level === 'city' || link.level === 'province');
  const ambiguous = chain.links.some((link) => link.candidates.length > 1);
  const deepestConfidence = deepest ? linkElement(deepest, text).confidence : 0;
  for (const level of DIVISION_LEVELS) {
    const link = chain.link(level);
    if (link) {
      if (link.source === 'inferred') {
        elements.push({ ...linkElement(link, text), start: -1, end: -1, text: '' });
      } else elements.push(linkElement(link, text));
      if (link.candidates.length === 1) codes[level] = link.candidates[0].code;
      continue;
    }
    if (!infer || !deepest || DIVISION_LEVELS.indexOf(level) > DIVISION_LEVELS.indexOf(deepest.level)) continue;
    const ancestors = new Set(deepest.candidates.map((candidate) => ancestorAt(gazetteer, candidate, level)));
    const [ancestor] = ancestors;
    if (ancestors.size !== 1 || !ancestor || ancestor.placeholder) continue;
    elements.push({ level, value: ancestor.name, text: '', start: -1, end: -1, source: 'inferred', confidence: round(Math.min(INFERRED_CONFIDENCE, deepestConfidence)) });
    codes[level] = ancestor.code;
  }
  const province = chain.link('province');
  if (infer && province && deepest === province && province.candidates.length === 1 && MUNICIPALITIES.has(province.candidates[0].code)) {
    const municipality = province.candidates[0];
    const cities = gazetteer.childrenOf(municipality.code).filter((city) => !city.placeholder);
    elements.push({ level: 'city', value: municipality.name, text: '', start: -1, end: -1, source: 'inferred', confidence: round(Math.min(INFERRED_CONFIDENCE, deepestConfidence)) });
    if (cities.length === 1) codes.city = cities[0].code;
  }
  return { elements, codes, ambiguous };
}
