import type { Point } from '../snap/polyline.ts';
import type { WarningCollector } from '../warning-collector.ts';
import type { Cjj61Geometry } from './cjj61-table.ts';

// GeoJSON and shpjs both give GeoJSON geometries. A pipe point is one Point; a pipe segment one
// LineString. A MultiLineString whose parts join end to start (ArcGIS multipart lines often do)
// is one segment; parts that do not join are still joined, with a warning, because a row is one
// segment with one set of attributes. Z and M values are dropped.

/** A GeoJSON geometry as the readers see it. */
export interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
}

/** The row geometry of a GeoJSON geometry; null (with a warning) when it is empty or not a point or line. */
export function toCjj61Geometry(geometry: GeoJsonGeometry | null | undefined, where: string, warnings: WarningCollector): Cjj61Geometry | null {
  if (!geometry) return null;
  const position = (value: unknown): Point | null => {
    if (!Array.isArray(value) || typeof value[0] !== 'number' || typeof value[1] !== 'number' || !Number.isFinite(value[0]) || !Number.isFinite(value[1])) return null;
    return [value[0], value[1]];
  };
  const line = (value: unknown): Point[] | null => {
    if (!Array.isArray(value)) return null;
    const points = value.map(position);
    return points.every((point) => point !== null) ? (points as Point[]) : null;
  };
  switch (geometry.type) {
    case 'Point': {
      const point = position(geometry.coordinates);
      if (!point) warnings.add(`${where}: the Point has no valid coordinates; the row is read without geometry`, 'cjj61: invalid coordinates');
      return point ? { type: 'point', x: point[0], y: point[1] } : null;
    }
    case 'MultiPoint': {
      const points = line(geometry.coordinates);
      if (!points || points.length === 0) return null;
      if (points.length > 1) warnings.add(`${where}: a MultiPoint of ${points.length} points; the first is used`, 'cjj61: MultiPoint with several points');
      return { type: 'point', x: points[0][0], y: points[0][1] };
    }
    case 'LineString': {
      const points = line(geometry.coordinates);
      if (!points || points.length < 2) {
        warnings.add(`${where}: the LineString has fewer than 2 valid positions; the row is read without geometry`, 'cjj61: invalid coordinates');
        return null;
      }
      return { type: 'line', points };
    }
    case 'MultiLineString': {
      const parts = Array.isArray(geometry.coordinates) ? geometry.coordinates.map(line) : [];
      if (parts.length === 0 || parts.some((part) => !part || part.length < 2)) {
        warnings.add(`${where}: the MultiLineString has an invalid part; the row is read without geometry`, 'cjj61: invalid coordinates');
        return null;
      }
      const points: Point[] = [...parts[0]!];
      let gaps = 0;
      for (const part of parts.slice(1) as Point[][]) {
        const last = points[points.length - 1];
        if (last[0] === part[0][0] && last[1] === part[0][1]) points.push(...part.slice(1));
        else (gaps++, points.push(...part));
      }
      if (gaps > 0) warnings.add(`${where}: a MultiLineString of ${parts.length} parts that do not join end to start; read as one line through all parts`, 'cjj61: disjoint MultiLineString');
      return { type: 'line', points };
    }
    default:
      warnings.add(`${where}: a ${geometry.type} is neither a point nor a line; the row is read without geometry`, 'cjj61: unsupported geometry');
      return null;
  }
}
