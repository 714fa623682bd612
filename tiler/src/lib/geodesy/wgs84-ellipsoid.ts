/**
 * WGS84 geodetic to Earth-centred, Earth-fixed (ECEF) coordinates.
 *
 * The closed form: N = a / sqrt(1 - e² sin²φ), then
 * x = (N + h) cosφ cosλ, y = (N + h) cosφ sinλ, z = (N (1 - e²) + h) sinφ.
 */

/** WGS84 semi-major axis, metres. */
export const WGS84_SEMI_MAJOR_AXIS = 6378137;
/** WGS84 flattening. */
export const WGS84_FLATTENING = 1 / 298.257223563;
/** WGS84 first eccentricity squared, e² = f (2 - f). */
export const WGS84_ECCENTRICITY_SQUARED = WGS84_FLATTENING * (2 - WGS84_FLATTENING);

const DEGREES_TO_RADIANS = Math.PI / 180;

/**
 * Converts a geodetic position to ECEF metres, writing into `out` at `offset` (no allocation).
 * @returns `out`
 */
export function geodeticToEcef(
  longitude: number,
  latitude: number,
  height: number,
  out: Float64Array | number[] = new Float64Array(3),
  offset = 0,
): Float64Array | number[] {
  const lambda = longitude * DEGREES_TO_RADIANS;
  const phi = latitude * DEGREES_TO_RADIANS;
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const primeVerticalRadius =
    WGS84_SEMI_MAJOR_AXIS / Math.sqrt(1 - WGS84_ECCENTRICITY_SQUARED * sinPhi * sinPhi);
  const horizontal = (primeVerticalRadius + height) * cosPhi;
  out[offset] = horizontal * Math.cos(lambda);
  out[offset + 1] = horizontal * Math.sin(lambda);
  out[offset + 2] = (primeVerticalRadius * (1 - WGS84_ECCENTRICITY_SQUARED) + height) * sinPhi;
  return out;
}
