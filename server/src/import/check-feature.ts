import type { LayerKind } from '@cimtwin/schemas';

/** A GeoJSON geometry after the structural check. */
export interface CheckedGeometry {
  type: string;
  coordinates: unknown;
}

/** A feature that passed the structural check. */
export interface CheckedFeature {
  index: number;
  sourceId: string | null;
  properties: Record<string, unknown>;
  geometry: CheckedGeometry;
}

/** Result of checking one feature: a feature, a rejection (unsuitable data) or malformed input. */
export type FeatureCheck =
  | { ok: true; feature: CheckedFeature }
  | { ok: false; malformed: boolean; reason: string; sourceId: string | null };

const POSITION_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Geometry types each layer kind accepts; others are rejected with a reason, not an error. */
const ACCEPTED_TYPES: Record<LayerKind, ReadonlySet<string>> = {
  buildings: new Set(['Polygon', 'MultiPolygon']),
  roads: new Set(['LineString', 'MultiLineString']),
  landuse: new Set(['Polygon', 'MultiPolygon']),
  water: new Set(['Polygon', 'MultiPolygon']),
  generic: new Set(Object.keys(POSITION_DEPTH)),
};

/**
 * Checks one GeoJSON feature. Malformed structure (not a Feature, coordinates that are not
 * numbers, unclosed rings) makes the file bad; a well-formed feature of a kind the layer does
 * not hold (a label point in a buildings layer) is only rejected.
 */
export function checkFeature(raw: unknown, index: number, kind: LayerKind): FeatureCheck {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'Feature') {
    return { ok: false, malformed: true, sourceId: null, reason: 'not a GeoJSON Feature object' };
  }
  const feature = raw as { id?: unknown; properties?: unknown; geometry?: unknown };
  const properties = feature.properties ?? {};
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return { ok: false, malformed: true, sourceId: null, reason: '"properties" is not an object' };
  }
  const props = properties as Record<string, unknown>;
  const rawId = props.id ?? props.osm_id ?? feature.id;
  const sourceId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (geometry === null || geometry === undefined) {
    return { ok: false, malformed: false, sourceId, reason: 'no geometry' };
  }
  const type = geometry.type;
  if (typeof type !== 'string' || !(type in POSITION_DEPTH)) {
    return { ok: false, malformed: true, sourceId, reason: `unknown geometry type ${JSON.stringify(type)}` };
  }
  const problem = checkCoordinates(geometry.coordinates, POSITION_DEPTH[type], type);
  if (problem) return { ok: false, malformed: true, sourceId, reason: `${type}: ${problem}` };
  if (!ACCEPTED_TYPES[kind].has(type)) {
    const expected = [...ACCEPTED_TYPES[kind]].join(' or ');
    return { ok: false, malformed: false, sourceId, reason: `${type} in a ${kind} layer, which holds ${expected}` };
  }
  if (isEmpty(geometry.coordinates, POSITION_DEPTH[type])) {
    return { ok: false, malformed: false, sourceId, reason: 'empty geometry' };
  }
  return { ok: true, feature: { index, sourceId, properties: props, geometry: { type, coordinates: geometry.coordinates } } };
}

function checkCoordinates(coords: unknown, depth: number, type: string): string | undefined {
  if (depth === 0) {
    if (!Array.isArray(coords) || coords.length < 2 || coords.length > 4) return 'a position is not [x, y] or [x, y, z]';
    for (const n of coords) if (typeof n !== 'number' || !Number.isFinite(n)) return `coordinate ${JSON.stringify(n)} is not a finite number`;
    return undefined;
  }
  if (!Array.isArray(coords)) return 'coordinates are not an array';
  const isRing = (type === 'Polygon' && depth === 1) || (type === 'MultiPolygon' && depth === 1);
  if (isRing) {
    if (coords.length < 4) return `a ring has ${coords.length} positions; at least 4 are needed`;
  }
  for (const child of coords) {
    const problem = checkCoordinates(child, depth - 1, type);
    if (problem) return problem;
  }
  if (isRing) {
    const first = coords[0] as number[];
    const last = coords[coords.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed (first and last positions differ)';
  }
  if (type === 'LineString' && depth === 1 && coords.length < 2) return 'a line has fewer than 2 positions';
  return undefined;
}

function isEmpty(coords: unknown, depth: number): boolean {
  if (depth === 0) return false;
  const list = coords as unknown[];
  return list.length === 0 || (depth > 1 && list.every((c) => isEmpty(c, depth - 1)));
}

/** Smallest and largest x and y over all positions, for the projected-or-not check. */
export function coordinateRange(features: CheckedFeature[]): [number, number, number, number] | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (typeof (c as unknown[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return;
    }
    for (const child of c as unknown[]) visit(child);
  };
  for (const f of features) visit(f.geometry.coordinates);
  return minX === Infinity ? undefined : [minX, minY, maxX, maxY];
}
