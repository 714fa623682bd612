/**
 * The glTF material of one tile primitive, in the linear colour space glTF stores. Both the city
 * styles (by feature kind) and building-model colours (per IFC surface style) end up here.
 */

/** A metallic-roughness material with no textures. */
export interface TileMaterial {
  /** Material name, also the key that groups meshes into primitives. */
  name: string;
  /** Linear RGBA, 0..1. */
  baseColorFactor: [number, number, number, number];
  roughness: number;
  doubleSided: boolean;
  /** BLEND for transparent colours. */
  alphaMode: 'OPAQUE' | 'BLEND';
}

/** Options of {@link colorMaterial}. */
export interface ColorMaterialOptions {
  roughness: number;
  doubleSided: boolean;
}

/** Defaults of {@link ColorMaterialOptions}: matte and two-sided, since IFC winding is unreliable. */
export const COLOR_MATERIAL_DEFAULTS: ColorMaterialOptions = { roughness: 0.9, doubleSided: true };

/** Grey used for colours that are not four finite numbers. */
const FALLBACK_COLOR: [number, number, number, number] = [0.6, 0.6, 0.6, 1];

/**
 * The material of a linear RGBA colour. Channels are clamped to 0..1 and rounded to 1/1000, so
 * colours that differ only by float noise share one material; the name is the rounded colour.
 */
export function colorMaterial(
  color: readonly number[],
  options: ColorMaterialOptions = COLOR_MATERIAL_DEFAULTS,
): TileMaterial {
  const source = color.length === 4 && color.every(Number.isFinite) ? color : FALLBACK_COLOR;
  const [r, g, b, a] = source.map((value) => Math.round(Math.min(Math.max(value, 0), 1) * 1000) / 1000);
  const transparent = a < 1;
  return {
    name: `color-${[r, g, b, a].map((value) => Math.round(value * 1000).toString().padStart(4, '0')).join('-')}`,
    baseColorFactor: [r, g, b, a],
    roughness: options.roughness,
    doubleSided: options.doubleSided,
    alphaMode: transparent ? 'BLEND' : 'OPAQUE',
  };
}
