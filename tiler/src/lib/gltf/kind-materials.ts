/**
 * One material per kind of feature, so a tile's features of the same kind share one primitive.
 * Colours are picked in sRGB and converted to the linear factors glTF expects.
 */
import type { TilingKind } from '../../types.ts';
import type { TileMaterial } from './tile-material.ts';

/** How features of one kind look. */
export interface MaterialStyle {
  /** Material name, also the key that groups features into primitives. */
  name: string;
  /** sRGB colour, 0..1. */
  color: [number, number, number];
  roughness: number;
  doubleSided: boolean;
}

const BUILDING: MaterialStyle = { name: 'building', color: [0.86, 0.86, 0.84], roughness: 0.9, doubleSided: false };
const ROAD: MaterialStyle = { name: 'road', color: [0.3, 0.3, 0.32], roughness: 0.95, doubleSided: false };
const PATH: MaterialStyle = { name: 'path', color: [0.62, 0.58, 0.52], roughness: 0.95, doubleSided: false };
const RAIL: MaterialStyle = { name: 'rail', color: [0.45, 0.4, 0.38], roughness: 0.9, doubleSided: false };
const WATER: MaterialStyle = { name: 'water', color: [0.25, 0.5, 0.8], roughness: 0.3, doubleSided: false };
const LANDUSE: MaterialStyle = { name: 'landuse', color: [0.6, 0.75, 0.5], roughness: 1, doubleSided: false };

const WATER_KINDS = new Set([
  'water', 'river', 'riverbank', 'stream', 'canal', 'lake', 'pond', 'reservoir', 'basin', 'sea', 'ocean', 'bay',
]);
const PATH_KINDS = new Set(['path', 'footway', 'cycleway', 'pedestrian', 'track', 'steps']);
const RAIL_KINDS = new Set(['rail', 'railway', 'tram', 'subway', 'light_rail']);

/** Material style of a feature of `kind` tiled as `tilingKind`. */
export function styleForKind(tilingKind: TilingKind, kind: string | null | undefined): MaterialStyle {
  const key = (kind ?? '').toLowerCase();
  if (tilingKind === 'extrusion') return BUILDING;
  if (WATER_KINDS.has(key)) return WATER;
  if (tilingKind === 'surface') return LANDUSE;
  if (PATH_KINDS.has(key)) return PATH;
  if (RAIL_KINDS.has(key)) return RAIL;
  return ROAD;
}

/** Linear RGBA base colour factor of a style, for glTF `baseColorFactor`. */
export function linearColorFactor(style: MaterialStyle): [number, number, number, number] {
  const [r, g, b] = style.color.map(srgbToLinear);
  return [r, g, b, 1];
}

/** The glTF material of a style: opaque, linear base colour. */
export function styleMaterial(style: MaterialStyle): TileMaterial {
  return {
    name: style.name,
    baseColorFactor: linearColorFactor(style),
    roughness: style.roughness,
    doubleSided: style.doubleSided,
    alphaMode: 'OPAQUE',
  };
}

function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
}
