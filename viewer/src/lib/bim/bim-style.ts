import { Cesium3DTileStyle } from 'cesium';
import { SELECTED_COLOR } from '../layers/layer-style.ts';
import { bimShowCondition, globalIdEquals, type BimVisibilityFilter } from './bim-show-condition.ts';

/**
 * The style of a BIM model's tilesets: the visibility filter as `show`, the selected element in
 * the highlight colour, every other element in its own material colour (white multiplies to
 * nothing). One function builds both, so filtering never drops the highlight or the reverse.
 */
export function styleForBimModel(filter: BimVisibilityFilter, selectedGlobalId?: string): Cesium3DTileStyle {
  const conditions: [string, string][] = [];
  if (selectedGlobalId !== undefined) conditions.push([globalIdEquals(selectedGlobalId), `color('${SELECTED_COLOR}')`]);
  conditions.push(['true', "color('white')"]);
  return new Cesium3DTileStyle({ show: bimShowCondition(filter), color: { conditions } });
}
