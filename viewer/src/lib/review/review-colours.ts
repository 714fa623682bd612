import { Color, type Cesium3DTileFeature, type StyleExpression } from 'cesium';
import type { ReviewElementStatus } from '../api/review-types.ts';
import { SELECTED_COLOR } from '../layers/layer-style.ts';

/** CSS colours of the review results: failing red, passing green, not applicable faint grey. */
export const REVIEW_COLOURS: Readonly<Record<ReviewElementStatus, string>> = Object.freeze({
  fail: '#e53935',
  pass: '#43a047',
  'not-applicable': 'rgba(190, 190, 190, 0.25)',
});

/** Pass or fail by GlobalId; elements left out are not applicable. */
export type ReviewResultColours = ReadonlyMap<string, 'pass' | 'fail'>;

const COLOURS: Record<ReviewElementStatus, Color> = {
  fail: Color.fromCssColorString(REVIEW_COLOURS.fail),
  pass: Color.fromCssColorString(REVIEW_COLOURS.pass),
  'not-applicable': Color.fromCssColorString(REVIEW_COLOURS['not-applicable']),
};
const SELECTED = Color.fromCssColorString(SELECTED_COLOR);

/**
 * A tile style colour expression that looks each feature's `globalId` up in the results. A
 * function rather than a style condition per element: a review of a large model names tens of
 * thousands of elements, far too many for conditions that Cesium tests one after another. The
 * style is applied to every tile as it loads, so tiles loaded later are coloured too.
 */
export function reviewColourExpression(results: ReviewResultColours, selectedGlobalId?: string): StyleExpression {
  const colourOf = (feature: Cesium3DTileFeature): Color => {
    const globalId: unknown = feature.getProperty('globalId');
    if (typeof globalId !== 'string') return COLOURS['not-applicable'];
    if (globalId === selectedGlobalId) return SELECTED;
    return COLOURS[results.get(globalId) ?? 'not-applicable'];
  };
  return {
    evaluate: (feature) => colourOf(feature),
    evaluateColor: (feature, result) => Color.clone(colourOf(feature), result),
  };
}
