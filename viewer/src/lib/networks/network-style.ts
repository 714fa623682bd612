import { Cesium3DTileStyle, Color, type Cesium3DTileFeature, type StyleExpression } from 'cesium';
import { SELECTED_COLOR } from '../layers/layer-style.ts';
import { featureIdOfProperty } from './network-feature-id.ts';
import type { NetworkLayer } from './network-layer.ts';
import { pipeTypeShowCondition } from './pipe-show-condition.ts';

/** Style colour of features no analysis names: white keeps the tiles' CJJ 61 material colours. */
export const UNTOUCHED_COLOUR = '#ffffff';

/** The CSS colour the style gives a feature of a network: selected, analysis role, or untouched. */
export function networkFeatureColourOf(layer: Pick<NetworkLayer, 'colours' | 'selectedIds'>, featureId: number): string {
  if (layer.selectedIds.has(featureId)) return SELECTED_COLOR;
  return layer.colours?.get(featureId) ?? UNTOUCHED_COLOUR;
}

/**
 * The style of a network tileset: hidden pipe types through `show`, and the colour of each
 * feature looked up by its `id` in the analysis colours. A function rather than conditions, as
 * the BIM review colouring does: results name thousands of features, and Cesium applies the
 * style to tiles loaded later too.
 */
export function styleForNetwork(layer: Pick<NetworkLayer, 'colours' | 'selectedIds' | 'hiddenTypes'>): Cesium3DTileStyle {
  const cache = new Map<string, Color>();
  const colourOf = (feature: Cesium3DTileFeature): Color => {
    const id = featureIdOfProperty(feature.getProperty('id'));
    const css = id === undefined ? UNTOUCHED_COLOUR : networkFeatureColourOf(layer, id);
    let colour = cache.get(css);
    if (!colour) cache.set(css, (colour = Color.fromCssColorString(css)));
    return colour;
  };
  const color: StyleExpression = {
    evaluate: (feature) => colourOf(feature),
    evaluateColor: (feature, result) => Color.clone(colourOf(feature), result),
  };
  const style = new Cesium3DTileStyle({ show: pipeTypeShowCondition(layer.hiddenTypes) });
  style.color = color;
  return style;
}
