/**
 * The outcome of one facet on one element: whether it holds and, when it does not, what was found.
 */

/** Result of evaluating a facet on an element. */
export interface FacetOutcome {
  pass: boolean;
  /** The value found in the model (null when missing), for reports. */
  actual: string | number | boolean | null;
  /** Why it failed, in words; empty when it passed. */
  reason: string;
}

/** A passing outcome. */
export const PASS: FacetOutcome = { pass: true, actual: null, reason: '' };

/** A failing outcome. */
export function fail(reason: string, actual: string | number | boolean | null = null): FacetOutcome {
  return { pass: false, actual, reason };
}
