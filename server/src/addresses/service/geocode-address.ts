/**
 * Geocoding: parse the text, then look for the library address whose label is the parse's
 * label (road, door plate, POI, building, unit, room as normalised), dropping levels from the
 * bottom until one matches — "世纪大道100号8层" finds the door plate when the floor is not in
 * the library, and says so by its match level. Within a district or town the parse names,
 * addresses elsewhere are not taken. Without an exact match the best search suggestion of
 * score 0.6 or more stands in, at a lower confidence.
 */
import type { Knex } from 'knex';
import { ADDRESS_LEVELS, addressLevelRank, DataError, type AddressElements, type AddressLevel, type ParsedAddress, type StandardAddress } from '@cimtwin/schemas';
import type { AddressGazetteer } from '../parse/address-gazetteer.ts';
import { parseAddress } from '../parse/parse-address.ts';
import { searchAddresses } from '../search/search-addresses.ts';
import { searchKey } from '../store/address-search-keys.ts';
import { addressLabel } from '../store/address-text.ts';
import { ADDRESS_COLUMNS, readAddress, toStandardAddress, type AddressRow } from '../store/read-addresses.ts';

/** A geocoding result. */
export interface GeocodeResult {
  query: string;
  parsed: ParsedAddress;
  match: StandardAddress | null;
  /** The deepest level at which the match agrees with the text; null without a match. */
  matchLevel: AddressLevel | null;
  confidence: number;
  candidates: StandardAddress[];
}

const STREET_LEVELS: readonly AddressLevel[] = ['room', 'floor', 'unit', 'building', 'poi', 'roadNo', 'road'];

/** Geocodes one text against the library. */
export async function geocodeAddress(knex: Knex, gazetteer: AddressGazetteer, query: string): Promise<GeocodeResult> {
  if (typeof query !== 'string' || !query.trim()) throw new DataError('address-geocode: the text is empty; give an address, e.g. 上海市黄浦区中山东一路18号');
  const parsed = parseAddress(query, gazetteer);
  const division = parsed.codes.district ?? parsed.codes.city ?? parsed.codes.province ?? null;
  const elements: AddressElements = { ...parsed.elements };
  for (const level of STREET_LEVELS) {
    if (!hasStreetPart(elements)) break;
    if (elements[level] === undefined) continue;
    const rows = await exactMatches(knex, searchKey(addressLabel(elements)), division);
    if (rows.length > 0) {
      const match = toStandardAddress(rows[0]);
      const depth = deepestStreetLevel(parsed.elements);
      const completeness = depth ? (addressLevelRank(level) + 1) / (addressLevelRank(depth) + 1) : 1;
      return {
        query,
        parsed,
        match,
        matchLevel: level,
        confidence: round(parsed.confidence * completeness * (rows.length > 1 ? 0.8 : 1)),
        candidates: rows.slice(1).map(toStandardAddress),
      };
    }
    delete elements[level];
  }
  // No exact match: the search's best, when good enough.
  const suggestions = hasStreetPart(parsed.elements) || parsed.unparsed.length > 0 ? await searchAddresses(knex, query, { limit: 5 }) : [];
  const best = suggestions.find((suggestion) => suggestion.score >= 0.6);
  const match = best ? ((await readAddress(knex, best.code)) ?? null) : null;
  const candidates = await Promise.all(suggestions.filter((s) => s !== best).map((s) => readAddress(knex, s.code)));
  return {
    query,
    parsed,
    match,
    matchLevel: match ? match.level : null,
    confidence: match && best ? round(parsed.confidence * best.score * 0.7) : 0,
    candidates: candidates.filter((c): c is StandardAddress => c !== undefined),
  };
}

function hasStreetPart(elements: AddressElements): boolean {
  return Boolean(elements.road || elements.poi || elements.devzone || elements.community);
}

function deepestStreetLevel(elements: AddressElements): AddressLevel | undefined {
  return [...ADDRESS_LEVELS].reverse().find((level) => elements[level] !== undefined && addressLevelRank(level) >= addressLevelRank('road'));
}

async function exactMatches(knex: Knex, labelKey: string, division: string | null): Promise<AddressRow[]> {
  if (!labelKey) return [];
  const result = await knex.raw(
    `SELECT ${ADDRESS_COLUMNS} FROM standard_addresses a WHERE a.label_key = ? ${division ? 'AND a.division_code LIKE ?' : ''} ORDER BY a.level_rank, a.code LIMIT 5`,
    division ? [labelKey, `${division}%`] : [labelKey],
  );
  return result.rows as AddressRow[];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
