import shp from 'shpjs';
import { DataError, type NetworkAttributes } from '@cimtwin/schemas';
import type { SnapPoint } from './snap-points-to-links.ts';

/** Options of {@link readShapefilePoints}. */
export interface ShapefilePointsOptions {
  /** Attribute holding a unique point id; when absent, empty or repeated, ids are `<idPrefix><index>`. */
  idField?: string;
  /** Prefix of generated ids; default `point-`. */
  idPrefix?: string;
}

/**
 * Reads the points of a Point or MultiPoint shapefile (.shp with its .dbf) as snap points, in the
 * file's own CRS: no .prj is passed to shpjs, so nothing is reprojected. Scalar attributes are
 * kept; a non-point geometry is a DataError.
 */
export async function readShapefilePoints(shpBytes: Uint8Array, dbfBytes: Uint8Array | undefined, options: ShapefilePointsOptions = {}): Promise<SnapPoint[]> {
  let parsed: Awaited<ReturnType<typeof shp>>;
  try {
    parsed = await shp({ shp: shpBytes, ...(dbfBytes ? { dbf: dbfBytes } : {}) });
  } catch (error) {
    throw new DataError(`shapefile-points: cannot read the shapefile (${(error as Error).message})`, { cause: error });
  }
  const collection = Array.isArray(parsed) ? parsed[0] : parsed;
  const features = collection.features as { geometry: { type: string; coordinates: unknown } | null; properties: Record<string, unknown> | null }[];
  const prefix = options.idPrefix ?? 'point-';
  const fieldIds = options.idField ? features.map((feature) => feature.properties?.[options.idField!]) : [];
  const usable = options.idField !== undefined && fieldIds.every((id) => (typeof id === 'string' && id !== '') || typeof id === 'number') && new Set(fieldIds).size === fieldIds.length;
  const points: SnapPoint[] = [];
  features.forEach((feature, index) => {
    const geometry = feature.geometry;
    if (!geometry) return;
    const coordinates = geometry.type === 'Point' ? [geometry.coordinates as number[]] : geometry.type === 'MultiPoint' ? (geometry.coordinates as number[][]) : null;
    if (!coordinates) throw new DataError(`shapefile-points: feature ${index} is a ${geometry.type}; give a Point or MultiPoint shapefile`);
    const attributes: NetworkAttributes = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) attributes[key] = value as string | number | boolean | null;
    }
    const base = usable ? String(fieldIds[index]) : `${prefix}${index}`;
    coordinates.forEach(([x, y], part) => points.push({ id: coordinates.length === 1 ? base : `${base}.${part}`, x, y, attributes }));
  });
  return points;
}
