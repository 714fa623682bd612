import { Cesium3DTileStyle } from 'cesium';
import { SELECTED_COLOR } from '../layers/layer-style.ts';
import { reviewColourExpression, type ReviewResultColours } from '../review/review-colours.ts';
import { bimShowCondition, globalIdEquals, type BimVisibilityFilter } from './bim-show-condition.ts';

/**
 * The style of a BIM model's tilesets: the visibility filter as `show`, the selected element in
 * the highlight colour, every other element in its own material colour (white multiplies to
 * nothing), or in its review result's colour while the model is coloured by a review. One
 * function builds all, so filtering never drops the highlight or the colouring, or the reverse.
 */
export function styleForBimModel(filter: BimVisibilityFilter, selectedGlobalId?: string, results?: ReviewResultColours): Cesium3DTileStyle {
  const show = bimShowCondition(filter);
  if (results) {
    const style = new Cesium3DTileStyle({ show });
    style.color = reviewColourExpression(results, selectedGlobalId);
    return style;
  }
  const conditions: [string, string][] = [];
  if (selectedGlobalId !== undefined) conditions.push([globalIdEquals(selectedGlobalId), `color('${SELECTED_COLOR}')`]);
  conditions.push(['true', "color('white')"]);
  return new Cesium3DTileStyle({ show, color: { conditions } });
}
