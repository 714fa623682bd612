/**
 * IfcCompoundPlaneAngleMeasure to decimal degrees. The four components (degrees, minutes,
 * seconds, millionths of a second) should share one sign, but exporters often sign only the
 * degrees, so the sign is taken from the first non-zero component and applied to the sum of the
 * absolute values.
 */
import { DataError } from '@cimtwin/schemas';

/** Decimal degrees from `[degrees, minutes, seconds, millionthsOfSecond?]`. */
export function compoundPlaneAngleToDegrees(parts: readonly number[], what = 'angle'): number {
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => !Number.isFinite(p))) {
    throw new DataError(`ifc-import: ${what} (${parts.join(', ')}) is not an IfcCompoundPlaneAngleMeasure of 1 to 4 numbers`);
  }
  const [degrees = 0, minutes = 0, seconds = 0, millionths = 0] = parts.map(Number);
  if (Math.abs(minutes) >= 60 || Math.abs(seconds) >= 60 || Math.abs(millionths) >= 1_000_000) {
    throw new DataError(`ifc-import: ${what} (${parts.join(', ')}) has minutes, seconds or millionths out of range`);
  }
  const sign = Math.sign([degrees, minutes, seconds, millionths].find((p) => p !== 0) ?? 0);
  return sign * (Math.abs(degrees) + Math.abs(minutes) / 60 + Math.abs(seconds) / 3600 + Math.abs(millionths) / 3.6e9);
}
