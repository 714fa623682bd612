/**
 * A local east-north-up (ENU) frame tangent to the WGS84 ellipsoid at an origin.
 *
 * Points are converted exactly: geodetic -> ECEF -> subtract the origin -> rotate into ENU. No
 * map projection is involved, so a point 20 km from the origin keeps its true distance and sits
 * about 31 m below the tangent plane (the earth's curvature), where the ellipsoid really is.
 * A flat projection with up = height was rejected: far buildings would float above the terrain.
 */
import { geodeticToEcef } from './wgs84-ellipsoid.ts';

const DEGREES_TO_RADIANS = Math.PI / 180;

/** A tangent frame with its rotation precomputed, for converting many points. */
export interface EnuFrame {
  readonly longitude: number;
  readonly latitude: number;
  readonly height: number;
  /** Origin in ECEF metres. */
  readonly origin: Float64Array;
  /** Rows of the ECEF-to-ENU rotation: east (0..2), north (3..5), up (6..8). */
  readonly rotation: Float64Array;
}

/** Creates the ENU frame at a geodetic origin (degrees, metres above the ellipsoid). */
export function createEnuFrame(longitude: number, latitude: number, height = 0): EnuFrame {
  const lambda = longitude * DEGREES_TO_RADIANS;
  const phi = latitude * DEGREES_TO_RADIANS;
  const sinLambda = Math.sin(lambda);
  const cosLambda = Math.cos(lambda);
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const rotation = new Float64Array([
    -sinLambda, cosLambda, 0,
    -sinPhi * cosLambda, -sinPhi * sinLambda, cosPhi,
    cosPhi * cosLambda, cosPhi * sinLambda, sinPhi,
  ]);
  const origin = geodeticToEcef(longitude, latitude, height, new Float64Array(3)) as Float64Array;
  return { longitude, latitude, height, origin, rotation };
}

/**
 * ENU-to-ECEF transform at a geodetic origin as a column-major 4x4 matrix, the form of a
 * 3D Tiles tile `transform`.
 */
export function enuToEcefTransform(longitude: number, latitude: number, height = 0): number[] {
  return enuFrameTransform(createEnuFrame(longitude, latitude, height));
}

/** The column-major ENU-to-ECEF matrix of a frame: columns east, north, up, origin. */
export function enuFrameTransform(frame: EnuFrame): number[] {
  const r = frame.rotation;
  const o = frame.origin;
  return [r[0], r[1], r[2], 0, r[3], r[4], r[5], 0, r[6], r[7], r[8], 0, o[0], o[1], o[2], 1];
}

const scratchEcef = new Float64Array(3);

/**
 * Converts a geodetic position to east, north, up metres in `frame`, writing into `out` at
 * `offset` so hot loops allocate nothing.
 * @returns `out`
 */
export function lonLatToEnu(
  frame: EnuFrame,
  longitude: number,
  latitude: number,
  height: number,
  out: Float64Array | number[] = new Float64Array(3),
  offset = 0,
): Float64Array | number[] {
  geodeticToEcef(longitude, latitude, height, scratchEcef, 0);
  const dx = scratchEcef[0] - frame.origin[0];
  const dy = scratchEcef[1] - frame.origin[1];
  const dz = scratchEcef[2] - frame.origin[2];
  const r = frame.rotation;
  out[offset] = r[0] * dx + r[1] * dy + r[2] * dz;
  out[offset + 1] = r[3] * dx + r[4] * dy + r[5] * dz;
  out[offset + 2] = r[6] * dx + r[7] * dy + r[8] * dz;
  return out;
}
