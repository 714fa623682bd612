import type { Point } from '../snap/polyline.ts';
import { METRES_PER_FOOT } from './inp-units.ts';

// Tolerances are given in metres and lengths stored in metres, whatever the coordinates are in.
// Projected coordinates in metres or feet scale exactly. Longitude/latitude (a GeoJSON file in
// WGS 84, or 经度/纬度 columns) use the equirectangular approximation, which over a pipe segment
// (metres to a few hundred metres) is off by far less than survey accuracy.

/** Metres per degree of latitude on the mean Earth radius (6 371 008.8 m). */
export const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Unit of x and y. */
export type CoordinateUnits = 'm' | 'ft' | 'deg';

/**
 * Metres per coordinate unit for distance tolerances. For degrees it is the metres of a degree of
 * latitude, so a tolerance in degrees is at most the tolerance in metres along any direction.
 */
export function metresPerCoordinateUnit(units: CoordinateUnits | null): number {
  return units === 'ft' ? METRES_PER_FOOT : units === 'deg' ? METRES_PER_DEGREE : 1;
}

/** Length of a polyline in metres. */
export function polylineMetres(points: readonly Point[], units: CoordinateUnits | null): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    if (units === 'deg') {
      const cos = Math.cos((((ay + by) / 2) * Math.PI) / 180);
      length += Math.hypot((bx - ax) * cos, by - ay) * METRES_PER_DEGREE;
    } else {
      length += Math.hypot(bx - ax, by - ay) * metresPerCoordinateUnit(units);
    }
  }
  return length;
}
