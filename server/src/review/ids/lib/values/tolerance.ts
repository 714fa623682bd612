/**
 * The IDS floating-point tolerance (IDS tolerance.md): equality uses a relative and an absolute
 * component, `v - |v|ε - ε ≤ x ≤ v + |v|ε + ε` with ε = 1e-6; inclusive bounds are stretched and
 * exclusive bounds shrunk by the same margin, so a value near a bound is never both in and out.
 * The equality range is taken as closed, with a few units in the last place of slack, because a
 * model value written with the same digits as the bound (e.g. -1.000002 against -1) must compare
 * equal even though the bound itself is computed with rounding.
 */

/** The IDS comparison tolerance ε. */
export const IDS_TOLERANCE = 1e-6;

/** Rounding slack of a computed bound: four units in the last place. */
function slack(bound: number): number {
  return Math.abs(bound) * 4 * Number.EPSILON;
}

/** `v - |v|ε - ε`, in the order the IDS documentation writes it. */
function lower(v: number): number {
  return v - Math.abs(v) * IDS_TOLERANCE - IDS_TOLERANCE;
}

/** `v + |v|ε + ε`. */
function upper(v: number): number {
  return v + Math.abs(v) * IDS_TOLERANCE + IDS_TOLERANCE;
}

/** True when the model value `actual` equals the IDS value `expected` within tolerance. */
export function equalsWithTolerance(actual: number, expected: number): boolean {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  return atLeast(actual, expected) && atMost(actual, expected);
}

/** `actual >= min`, the bound stretched by the tolerance. */
export function atLeast(actual: number, min: number): boolean {
  const bound = lower(min);
  return actual >= bound - slack(bound);
}

/** `actual > min`, the bound shrunk (moved up) by the tolerance. */
export function greaterThan(actual: number, min: number): boolean {
  return actual > upper(min);
}

/** `actual <= max`, the bound stretched by the tolerance. */
export function atMost(actual: number, max: number): boolean {
  const bound = upper(max);
  return actual <= bound + slack(bound);
}

/** `actual < max`, the bound shrunk (moved down) by the tolerance. */
export function lessThan(actual: number, max: number): boolean {
  return actual < lower(max);
}
