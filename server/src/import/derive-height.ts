/**
 * Building heights for LOD1 extrusion. OpenStreetMap tags `height` on about half the buildings;
 * the rest get one from the storey count, or a default by building type, and `height_source`
 * says which, so a planner can tell measured from guessed heights.
 */

/** Metres per storey when only levels are known (typical Chinese floor-to-floor height). */
export const METRES_PER_LEVEL = 3.0;

/** Default heights (metres) by building type, used when neither height nor levels is known. */
export const DEFAULT_HEIGHT_BY_TYPE: Readonly<Record<string, number>> = {
  house: 7,
  detached: 7,
  residential: 18,
  apartments: 30,
  commercial: 15,
  retail: 9,
  office: 30,
  hotel: 36,
  industrial: 10,
  warehouse: 9,
  school: 15,
  hospital: 24,
  church: 15,
  place_of_worship: 12,
  transportation: 12,
  train_station: 15,
  garage: 4,
  roof: 4,
  kiosk: 3,
  construction: 10,
};
/** Default for a building of unknown type. */
export const DEFAULT_HEIGHT = 10;

export type HeightSource = 'height' | 'levels' | 'type-default' | 'default';

export interface DerivedHeight {
  height: number;
  minHeight: number;
  source: HeightSource;
}

/** Reads a height-like tag: a number, or a string such as "12", "12.5 m", "40'" (feet). */
export function parseLength(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(m|metres?|meters?|ft|feet|'|)?\s*$/i.exec(value);
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  return unit === 'ft' || unit === 'feet' || unit === "'" ? n * 0.3048 : n;
}

/** Derives top and bottom of a building (part) from its attributes. */
export function deriveHeight(properties: Record<string, unknown>): DerivedHeight {
  const levels = parseLength(properties['building:levels'] ?? properties.levels ?? properties.floors);
  const minLevel = parseLength(properties['building:min_level'] ?? properties.min_level);
  let minHeight = parseLength(properties.min_height) ?? (minLevel !== undefined ? minLevel * METRES_PER_LEVEL : 0);
  if (minHeight < 0) minHeight = 0;
  const height = parseLength(properties.height ?? properties['building:height']);
  if (height !== undefined && height > minHeight) return { height, minHeight, source: 'height' };
  if (levels !== undefined && levels > 0) {
    // building:levels counts storeys from the ground, building:min_level those left out below.
    return { height: Math.max(levels * METRES_PER_LEVEL, minHeight + METRES_PER_LEVEL), minHeight, source: 'levels' };
  }
  const type = String(properties.kind_detail ?? properties.building ?? properties.type ?? '');
  const typeHeight = DEFAULT_HEIGHT_BY_TYPE[type];
  if (typeHeight !== undefined) return { height: Math.max(typeHeight, minHeight + METRES_PER_LEVEL), minHeight, source: 'type-default' };
  return { height: Math.max(DEFAULT_HEIGHT, minHeight + METRES_PER_LEVEL), minHeight, source: 'default' };
}
