import { DataError } from '@cimtwin/schemas';
import type { Point } from './polyline-geometry.ts';

// Tilezen road features are tile-cut: one OSM way appears once per tile, split at the tile edge
// with identical coordinates at the cut. Pieces of one OSM id are chained end to start again
// here; the graph builder then nodes the chains against each other.

/** Road classes the generator lays pipes by; `link` are ramps and turning lanes. */
export type RoadClass = 'primary' | 'secondary' | 'tertiary' | 'minor' | 'link';

/** One OSM way, its tile-cut pieces merged, in projected metres. */
export interface RoadLine {
  osmId: number;
  name: string | null;
  roadClass: RoadClass;
  oneway: boolean;
  bridge: boolean;
  points: Point[];
}

/** A GeoJSON feature as far as the generator reads it. */
export interface InputFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/** A GeoJSON FeatureCollection as far as the generator reads it. */
export interface InputFeatureCollection {
  type: 'FeatureCollection';
  features: InputFeature[];
}

const CLASS_BY_DETAIL: Record<string, RoadClass> = {
  trunk: 'primary',
  primary: 'primary',
  secondary: 'secondary',
  tertiary: 'tertiary',
  residential: 'minor',
  unclassified: 'minor',
  trunk_link: 'link',
  primary_link: 'link',
  secondary_link: 'link',
  tertiary_link: 'link',
};

/**
 * The streets of a Tilezen roads layer with pipes under them: major_road and minor_road kinds
 * (trunk to tertiary and links; residential and unclassified), without service roads, paths,
 * rail, ferries, road tunnels (no pipes run through river tunnels) and elevated trunk roads.
 */
export function readRoadLines(roads: InputFeatureCollection, project: (lon: number, lat: number) => Point): RoadLine[] {
  if (roads?.type !== 'FeatureCollection' || !Array.isArray(roads.features)) {
    throw new DataError('sample-networks: roads is not a GeoJSON FeatureCollection; give the Tilezen roads layer (roads.geojson)');
  }
  const groups = new Map<number, { line: Omit<RoadLine, 'points'>; pieces: Point[][] }>();
  for (const feature of roads.features) {
    const p = feature.properties ?? {};
    const roadClass = CLASS_BY_DETAIL[String(p.kind_detail)];
    if ((p.kind !== 'major_road' && p.kind !== 'minor_road') || !roadClass) continue;
    const name = typeof p.name === 'string' ? p.name : null;
    if (p.is_tunnel || (name && /隧道|地道/.test(name))) continue;
    if (p.is_bridge && (p.kind_detail === 'trunk' || p.kind_detail === 'trunk_link' || (name && name.includes('高架')))) continue;
    const osmId = Number(p.id);
    let group = groups.get(osmId);
    if (!group) {
      group = { line: { osmId, name, roadClass, oneway: p.oneway === 'yes', bridge: Boolean(p.is_bridge) }, pieces: [] };
      groups.set(osmId, group);
    }
    for (const part of lineParts(feature.geometry)) group.pieces.push(part.map(([lon, lat]) => project(lon, lat)));
  }
  const lines: RoadLine[] = [];
  for (const osmId of [...groups.keys()].sort((a, b) => a - b)) {
    const { line, pieces } = groups.get(osmId)!;
    for (const points of chainPieces(pieces)) if (points.length >= 2) lines.push({ ...line, points });
  }
  return lines;
}

function lineParts(geometry: InputFeature['geometry']): [number, number][][] {
  if (geometry?.type === 'LineString') return [geometry.coordinates as [number, number][]];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates as [number, number][][];
  return [];
}

const key = (p: Point): string => `${p[0].toFixed(2)},${p[1].toFixed(2)}`;

/** Joins pieces whose end is another piece's start into continuous lines. */
export function chainPieces(pieces: readonly Point[][]): Point[][] {
  const byStart = new Map<string, number[]>();
  const ends = new Set<string>();
  pieces.forEach((piece, i) => {
    const list = byStart.get(key(piece[0]));
    if (list) list.push(i);
    else byStart.set(key(piece[0]), [i]);
    ends.add(key(piece[piece.length - 1]));
  });
  const used = new Uint8Array(pieces.length);
  const chains: Point[][] = [];
  const follow = (first: number): void => {
    const chain = pieces[first].slice();
    used[first] = 1;
    for (;;) {
      const next = byStart.get(key(chain[chain.length - 1]))?.find((i) => !used[i]);
      if (next === undefined) break;
      used[next] = 1;
      chain.push(...pieces[next].slice(1));
    }
    chains.push(chain);
  };
  // Start where no piece ends first, so a way is not cut in two; then whatever is left (rings).
  pieces.forEach((piece, i) => {
    if (!used[i] && !ends.has(key(piece[0]))) follow(i);
  });
  pieces.forEach((_, i) => {
    if (!used[i]) follow(i);
  });
  return chains;
}
