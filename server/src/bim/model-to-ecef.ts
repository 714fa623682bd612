/**
 * The tileset root transform of a BIM model: an affine map from model metres to ECEF, fitted to
 * the georeference at the centre of the model. The georeference itself may be a projection
 * (map conversion) and so not affine; over a building's extent the tangent map is exact to
 * millimetres, and taking it at the model's centre (not at the IFC origin, which exporters put
 * anywhere) keeps the error smallest where the geometry is. It carries rotation, map scale and
 * grid convergence at once, which composing angles by hand would not.
 */
import { geodeticToEcef } from '@cimtwin/tiler';
import type { Georeference } from './resolve-georeference.ts';

/** Step (metres) of the finite differences that measure the local basis. */
const STEP = 10;

/** Column-major 4x4 from model metres (z up) to ECEF, tangent to the georeference at `centre`. */
export function modelToEcefTransform(georeference: Georeference, centre: [number, number, number]): number[] {
  const [cx, cy, cz] = centre;
  const at = (x: number, y: number, z: number): Float64Array => {
    const [lon, lat, h] = georeference.toGeographic(x, y, z);
    return geodeticToEcef(lon, lat, h, new Float64Array(3)) as Float64Array;
  };
  const c = at(cx, cy, cz);
  const ex = at(cx + STEP, cy, cz);
  const ey = at(cx, cy + STEP, cz);
  const ez = at(cx, cy, cz + STEP);
  const basis = [ex, ey, ez].map((p) => [(p[0] - c[0]) / STEP, (p[1] - c[1]) / STEP, (p[2] - c[2]) / STEP]);
  const translation = [0, 1, 2].map((row) => c[row] - (basis[0][row] * cx + basis[1][row] * cy + basis[2][row] * cz));
  return [...basis[0], 0, ...basis[1], 0, ...basis[2], 0, ...translation, 1];
}

/** Applies a column-major 4x4 to a point. */
export function transformPoint(matrix: number[], x: number, y: number, z: number): [number, number, number] {
  return [
    matrix[0] * x + matrix[4] * y + matrix[8] * z + matrix[12],
    matrix[1] * x + matrix[5] * y + matrix[9] * z + matrix[13],
    matrix[2] * x + matrix[6] * y + matrix[10] * z + matrix[14],
  ];
}
