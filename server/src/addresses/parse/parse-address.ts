// Parsing a free-text Chinese address into the standard address levels.
//
// Approach: normalise the text (normalize-address-text.ts), then one left-to-right pass that, at
// each position, tries in turn
//   1. words that are not address text (中国, 地址, 附近, telephone numbers, a postcode);
//   2. the longest gazetteer name there: a division, kept only when consistent with the
//      divisions already found (division-chain.ts, match-division-at.ts), or a road, POI,
//      community or zone the address library added;
//   3. a division name one character off, among the children of the last division found;
//   4. suffix rules for the lower levels (towns and communities not in the gazetteer, zones,
//      roads, door plates, buildings, units, floors, rooms);
//   5. the run up to the next recognisable thing as a POI, or as unparsed text.
// Missing divisions are then inferred upwards (resolve-divisions.ts) and a confidence computed
// from coverage, how each element was found and the consistency of the hierarchy.
// Gazetteer lookups are exact Map lookups and every rule is a sticky regular expression at one
// position; no token list is built. bench-address-parse.ts measures about 30,000 parses per
// second on one core.
//
// Rejected: tokenising first with a general Chinese word segmenter (a segmenter knows words, not
// address levels: it may cut 中山东一路 into 中山/东一路, and the same rules are then needed to
// glue the pieces back); a statistical tagger (CRF) trained on labelled addresses (better on
// unseen POI names, but the labelled set holds a few hundred addresses, far too few to train
// one, and its errors are harder to explain to the people who correct an address library);
// matching the whole gazetteer at every position without the hierarchy (朝阳, 中山, 南京 are
// names of many places and start many road names).
import { ADDRESS_LEVELS, addressLevelRank, DataError, type AddressElements, type ParsedAddress, type ParsedElement } from '@cimtwin/schemas';
import { addressConfidence } from './address-confidence.ts';
import type { AddressGazetteer, DivisionEntry, GazetteerMatch, NamedPlaceEntry } from './address-gazetteer.ts';
import { AddressParseState } from './address-parse-state.ts';
import { applySuffixRules } from './apply-suffix-rules.ts';
import { findCorrectedDivision, typoCandidatesBelow } from './correct-division-typo.ts';
import { matchAddressNoise } from './match-address-noise.ts';
import { matchDivisionAt } from './match-division-at.ts';
import { continuesIntoRoad } from './match-street-elements.ts';
import { normalizeAddressText } from './normalize-address-text.ts';
import { placePoiRun } from './place-poi-run.ts';
import { resolveDivisions } from './resolve-divisions.ts';

/** Options of {@link parseAddress}. */
export interface ParseAddressOptions {
  /**
   * Division code of where the addresses come from (31, 3101, 310115): picks among ambiguous
   * names (朝阳区 with context 11 is 北京's) and allows typo correction below it.
   */
  contextCode?: string;
  /** Fill the divisions not written from the ones that are (default true). */
  inferDivisions?: boolean;
  /** Correct division names written one character off (default true). */
  correctTypos?: boolean;
}

/** Defaults of {@link ParseAddressOptions}. */
export const PARSE_ADDRESS_DEFAULTS: Readonly<{ inferDivisions: boolean; correctTypos: boolean }> = { inferDivisions: true, correctTypos: true };

type ParseSettings = Omit<Required<ParseAddressOptions>, 'contextCode'> & { contextCode: string | undefined };

const CORRECTED_CONFIDENCE = 0.7;

function namedPlaceAt(matches: readonly GazetteerMatch[], state: AddressParseState): { match: GazetteerMatch; entry: NamedPlaceEntry } | null {
  for (const match of matches) {
    if (match.target.kind !== 'named') continue;
    const entry = match.target.entry;
    if (state.canPlace(entry.level) && state.chain.acceptsDistrictCode(entry.districtCode)) return { match, entry };
  }
  return null;
}

function placeNamed(state: AddressParseState, gazetteer: AddressGazetteer, match: GazetteerMatch, entry: NamedPlaceEntry): void {
  const code = entry.districtCode;
  if (code !== undefined) {
    const district = gazetteer.division(code);
    if (state.chain.link('district') || state.chain.link('town')) state.chain.narrowToDistrict(code);
    else if (district && state.chain.accepts(district)) {
      state.chain.add({ level: 'district', candidates: [district], start: -1, end: -1, source: 'inferred', confidence: 0.95 });
    }
  }
  state.place(entry.level, match.start, match.end, entry.name, match.form === 'name' ? 'text' : 'alias', match.form === 'name' ? 1 : 0.92);
}

function correctTypoAt(state: AddressParseState, gazetteer: AddressGazetteer, start: number, contextCode: string | undefined): number {
  const deepest = state.chain.deepest;
  let parent: DivisionEntry | undefined;
  if (state.afterDivision && deepest && deepest.candidates.length === 1) parent = deepest.candidates[0];
  else if (state.placedCount === 0 && contextCode !== undefined) parent = gazetteer.division(contextCode);
  if (!parent) return -1;
  const found = findCorrectedDivision(state.text, start, typoCandidatesBelow(gazetteer, parent));
  if (!found || !state.canLink(found.entry.level) || !state.chain.accepts(found.entry) || continuesIntoRoad(state.text, found.end)) return -1;
  state.addLink({ level: found.entry.level, candidates: [found.entry], start, end: found.end, source: 'corrected', confidence: CORRECTED_CONFIDENCE });
  return found.end;
}

/** One step of the pass at `start` (see the file note); returns the next position. */
function step(state: AddressParseState, gazetteer: AddressGazetteer, start: number, options: ParseSettings): number {
  const text = state.text;
  const noise = matchAddressNoise(text, start, state.placedCount === 0);
  if (noise && noise.end > start) {
    state.aside(noise.kind, start, noise.end);
    return noise.end;
  }
  if (text[start] === '(') {
    const close = text.indexOf(')', start);
    const end = close < 0 ? text.length : close + 1;
    if (gazetteer.matchesAt(text, start).length === 0) {
      state.aside('remark', start, end);
      return end;
    }
  }
  const matches = gazetteer.matchesAt(text, start);
  if (matches.length > 0) {
    const division = matchDivisionAt(text, matches, state.chain, gazetteer, options.contextCode);
    const named = namedPlaceAt(matches, state);
    const divisionEnd = division?.kind === 'link' && state.canLink(division.link.level) ? division.link.end : -1;
    if (named && named.match.end > divisionEnd) {
      placeNamed(state, gazetteer, named.match, named.entry);
      return named.match.end;
    }
    if (division?.kind === 'link' && divisionEnd > 0) {
      state.addLink(division.link);
      return divisionEnd;
    }
    if (division?.kind === 'repeat' && state.afterDivision) {
      state.absorb(start, division.end);
      return division.end;
    }
  }
  if (options.correctTypos) {
    const corrected = correctTypoAt(state, gazetteer, start, options.contextCode);
    if (corrected > 0) return corrected;
  }
  const ruled = applySuffixRules(state, start);
  if (ruled > start) return ruled;
  if (state.canPlace('poi')) return placePoiRun(state, start, gazetteer);
  state.leave(start, start + 1);
  return start + 1;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Parses a free-text address into its standard address elements, division codes and a
 * confidence. An empty or non-address text gives a parse without elements and confidence 0;
 * only a non-string input is a `DataError`.
 */
export function parseAddress(text: string, gazetteer: AddressGazetteer, options: ParseAddressOptions = {}): ParsedAddress {
  if (typeof text !== 'string') throw new DataError(`address-parse: the address must be a string, got ${describe(text)}`);
  const settings: ParseSettings = {
    contextCode: options.contextCode,
    inferDivisions: options.inferDivisions ?? PARSE_ADDRESS_DEFAULTS.inferDivisions,
    correctTypos: options.correctTypos ?? PARSE_ADDRESS_DEFAULTS.correctTypos,
  };
  const normalized = normalizeAddressText(text).text;
  const state = new AddressParseState(normalized);
  for (let position = 0; position < normalized.length; ) position = step(state, gazetteer, position, settings);
  state.flush();
  const divisions = resolveDivisions(state.chain, gazetteer, normalized, settings.inferDivisions);
  const divisionLevels = new Set(divisions.elements.map((element) => element.level));
  const details: ParsedElement[] = [...divisions.elements, ...state.elements.filter((element) => !divisionLevels.has(element.level))];
  details.sort((a, b) => addressLevelRank(a.level) - addressLevelRank(b.level));
  const elements: AddressElements = {};
  for (const element of details) elements[element.level] = element.value;
  const deepest = [...ADDRESS_LEVELS].reverse().find((level) => elements[level] !== undefined) ?? null;
  const confidence = addressConfidence({
    elements: details,
    textLength: normalized.length,
    placedCharacters: state.placedCharacters,
    neutralCharacters: state.neutralCharacters,
    asideCharacters: state.asideCharacters,
    ambiguous: divisions.ambiguous,
  });
  return { input: text, normalized, elements, codes: divisions.codes, details, unparsed: state.unparsed, level: deepest, confidence };
}
