/**
 * Converts a feature's GeoJSON geometry (lon/lat degrees) into local coordinates for meshing:
 * x/y/z triplets in the tileset's ENU frame, relative to a tile centre so that float32 vertices
 * stay precise. z is the ellipsoid surface (height 0) at that point, i.e. the ground the mesh
 * builders measure heights and offsets from.
 */
import { type EnuFrame, lonLatToEnu } from '../geodesy/enu-frame.ts';
import type { TileGeometry } from '../../types.ts';

/** A geometry ready for the mesh builders, or the reason it cannot be meshed. */
export type ProjectedGeometry =
  | { type: 'polygons'; polygons: Float64Array[][] }
  | { type: 'lines'; lines: Float64Array[] }
  | { type: 'skipped'; reason: string };

const scratch = new Float64Array(3);

/** Projects `geometry` into `frame`, relative to `centre` (x, y, z in the frame). */
export function projectGeometry(geometry: TileGeometry | null | undefined, frame: EnuFrame, centre: ArrayLike<number>): ProjectedGeometry {
  if (!geometry || typeof geometry !== 'object') return { type: 'skipped', reason: 'no geometry' };
  const coordinates = (geometry as { coordinates?: unknown }).coordinates;
  const project = (points: unknown): Float64Array | undefined => projectPoints(points, frame, centre);
  switch (geometry.type) {
    case 'Polygon': {
      const polygon = projectRings(coordinates, project);
      return polygon ? { type: 'polygons', polygons: [polygon] } : invalid(geometry.type);
    }
    case 'MultiPolygon': {
      if (!Array.isArray(coordinates)) return invalid(geometry.type);
      const polygons: Float64Array[][] = [];
      for (const part of coordinates) {
        const polygon = projectRings(part, project);
        if (!polygon) return invalid(geometry.type);
        polygons.push(polygon);
      }
      return { type: 'polygons', polygons };
    }
    case 'LineString': {
      const line = project(coordinates);
      return line ? { type: 'lines', lines: [line] } : invalid(geometry.type);
    }
    case 'MultiLineString': {
      const lines = projectRings(coordinates, project);
      return lines ? { type: 'lines', lines } : invalid(geometry.type);
    }
    default:
      return { type: 'skipped', reason: `unsupported geometry type ${String(geometry.type)}` };
  }
}

function invalid(type: string): ProjectedGeometry {
  return { type: 'skipped', reason: `malformed ${type} coordinates` };
}

function projectRings(rings: unknown, project: (points: unknown) => Float64Array | undefined): Float64Array[] | undefined {
  if (!Array.isArray(rings)) return undefined;
  const projected: Float64Array[] = [];
  for (const ring of rings) {
    const points = project(ring);
    if (!points) return undefined;
    projected.push(points);
  }
  return projected;
}

function projectPoints(points: unknown, frame: EnuFrame, centre: ArrayLike<number>): Float64Array | undefined {
  if (!Array.isArray(points)) return undefined;
  const out = new Float64Array(points.length * 3);
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as unknown;
    if (!Array.isArray(point) || point.length < 2) return undefined;
    const longitude = point[0] as number;
    const latitude = point[1] as number;
    if (typeof longitude !== 'number' || typeof latitude !== 'number') return undefined;
    lonLatToEnu(frame, longitude, latitude, 0, scratch, 0);
    out[i * 3] = scratch[0] - centre[0];
    out[i * 3 + 1] = scratch[1] - centre[1];
    out[i * 3 + 2] = scratch[2] - centre[2];
  }
  return out;
}
