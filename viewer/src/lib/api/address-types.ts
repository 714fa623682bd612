// The standard address answers of the API (`/api/addresses`), as the viewer reads them; the
// zod schemas in @cimtwin/schemas (addresses/) and the server's address routes are the reference.

/**
 * The element levels of a standard address (标准地址) in written order, after GA/T 2000.32:
 * divisions, the street network, then the building and what is inside it. A copy of the
 * schemas' `ADDRESS_LEVELS`, kept here because the viewer orders elements by it at run time.
 */
export const ADDRESS_LEVELS = [
  'province',
  'city',
  'district',
  'town',
  'community',
  'devzone',
  'road',
  'roadNo',
  'poi',
  'building',
  'unit',
  'floor',
  'room',
] as const;

/** One element level of a standard address: `roadNo` for a door plate, `room` for a flat. */
export type AddressLevel = (typeof ADDRESS_LEVELS)[number];

/** The elements of an address by level, in their normalised written form (上海市, 中山东一路, 18号). */
export type AddressElements = Partial<Record<AddressLevel, string>>;

/** The building feature an address belongs to: its layer and database row id. */
export interface AddressBuilding {
  layerId: string;
  featureId: number;
}

/** A standard address of the library (`GET /api/addresses/{code}`). */
export interface StandardAddress {
  /** GB/T 39609 区划式 code. */
  code: string;
  /** The deepest element. */
  level: AddressLevel;
  /** Every element from the province down, written together. */
  fullText: string;
  /** The part people say: from the road (or the POI) down, e.g. 中山东一路18号. */
  label: string;
  elements: AddressElements;
  /** Other ways of writing it: old names, names of the building, English. */
  aliases: string[];
  /** The address one level up (the door plate of a building, the building of a unit). */
  parentCode: string | null;
  /** Door-plate position, `[lon, lat]` WGS 84. */
  point: [number, number] | null;
  building: AddressBuilding | null;
  /** Where it came from: an import file, osm, generated. */
  source: string;
}

/** One suggestion of `GET /api/addresses/search`, best first. */
export interface AddressSuggestion {
  code: string;
  level: AddressLevel;
  fullText: string;
  /** The part people say, from the road down (中山东一路18号). */
  label: string;
  point: [number, number] | null;
  building: AddressBuilding | null;
  score: number;
}

/** Body of `GET /api/addresses/search?q=&limit=`. */
export interface AddressSearchResult {
  query: string;
  results: AddressSuggestion[];
}

/** Body of `GET /api/addresses?layerId=&featureId=`: door plates, POIs and buildings listed; every level counted. */
export interface FeatureAddresses {
  addresses: StandardAddress[];
  counts: Partial<Record<AddressLevel, number>>;
}

/** Body of `GET /api/addresses/reverse?lon=&lat=&radius=`. */
export interface ReverseGeocodeResult {
  address: StandardAddress;
  /** Metres from the point asked about to the address. */
  distance: number;
  building: (AddressBuilding & { contains: boolean }) | null;
}

/** One element of a parse, with where it stands in the input. */
export interface ParsedAddressElement {
  level: AddressLevel;
  value: string;
  text: string;
  start: number;
  end: number;
  source: 'text' | 'alias' | 'inferred' | 'corrected';
  confidence: number;
}

/** The parse of a free-text address that `geocode` answers with. */
export interface ParsedAddress {
  input: string;
  normalized: string;
  elements: AddressElements;
  codes: Partial<Record<'province' | 'city' | 'district' | 'town' | 'community', string>>;
  details: ParsedAddressElement[];
  unparsed: string[];
  level: AddressLevel | null;
  confidence: number;
}

/** Body of `GET /api/addresses/geocode?q=`. */
export interface GeocodeResult {
  query: string;
  parsed: ParsedAddress;
  /** The best matching standard address, or null without one. */
  match: StandardAddress | null;
  matchLevel: AddressLevel | null;
  confidence: number;
  candidates: StandardAddress[];
}
