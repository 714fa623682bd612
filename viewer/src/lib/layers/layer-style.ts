import { Cesium3DTileStyle } from 'cesium';
import { heightRampConditions } from './height-ramp.ts';

/** Colour of the selected feature. */
export const SELECTED_COLOR = '#00e5ff';

/** Colour of the feature under the mouse. */
export const HOVERED_COLOR = '#a8f4ff';

/** Feature ids (the `id` metadata property) to draw highlighted in one layer. */
export interface LayerHighlight {
  selectedId?: string | number;
  hoveredId?: string | number;
}

/**
 * The tileset style of a layer: buildings by height, other kinds in their tiler material
 * colours (style colours multiply the material's, so white changes nothing), and the selected
 * and hovered features on top. Highlighting through the style rather than by setting
 * `feature.color` keeps it when Cesium reloads a tile or swaps in another level of detail.
 */
export function styleForLayer(kind: string, highlight: LayerHighlight = {}, opacity = 1): Cesium3DTileStyle {
  const highlights: [string, string][] = [];
  if (highlight.selectedId !== undefined) {
    highlights.push([idEquals(highlight.selectedId), `color('${SELECTED_COLOR}')`]);
  }
  if (highlight.hoveredId !== undefined) {
    highlights.push([idEquals(highlight.hoveredId), `color('${HOVERED_COLOR}')`]);
  }
  const base: [string, string][] = kind === 'buildings' ? heightRampConditions() : [['true', "color('white')"]];
  return new Cesium3DTileStyle({ color: { conditions: withOpacity([...highlights, ...base], opacity) } });
}

/** Style conditions whose `color('…')` results get an alpha, e.g. faint buildings in underground mode. */
export function withOpacity(conditions: [string, string][], opacity: number): [string, string][] {
  if (opacity >= 1) return conditions;
  return conditions.map(([test, colour]) => [test, colour.replace(/^color\('([^']*)'\)$/, `color('$1', ${opacity})`)]);
}

/** A style condition that holds for the feature whose `id` property is `id`. */
export function idEquals(id: string | number): string {
  if (typeof id === 'number' && Number.isFinite(id)) return `Number(\${id}) === ${id}`;
  const quoted = String(id).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `String(\${id}) === '${quoted}'`;
}
