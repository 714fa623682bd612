import { DataError } from '@cimtwin/schemas';
import type { WarningCollector } from '../warning-collector.ts';
import { readGeoJsonCrs } from './cjj61-crs.ts';
import { decodeUtf8Text } from './cjj61-decode-text.ts';
import { toCjj61Geometry, type GeoJsonGeometry } from './cjj61-geometry.ts';
import { tableGeometryType } from './cjj61-table-geometry-type.ts';
import type { Cjj61Cell, Cjj61Row, Cjj61Table } from './cjj61-table.ts';

interface GeoJsonFeature {
  type: 'Feature';
  geometry: GeoJsonGeometry | null;
  properties: Record<string, unknown> | null;
}

/** Reads a GeoJSON FeatureCollection (or one Feature) of pipe points or pipe segments. */
export function readGeoJsonTable(name: string, data: string | Uint8Array, warnings: WarningCollector): Omit<Cjj61Table, 'attachment'> {
  const text = decodeUtf8Text(data, name);
  let json: { type?: unknown; features?: unknown; crs?: unknown };
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`cjj61: ${name} is not JSON (${(error as Error).message}); give a GeoJSON FeatureCollection`, { cause: error });
  }
  const features = json?.type === 'FeatureCollection' && Array.isArray(json.features) ? (json.features as GeoJsonFeature[]) : json?.type === 'Feature' ? [json as unknown as GeoJsonFeature] : null;
  if (!features) throw new DataError(`cjj61: ${name} is ${json?.type === undefined ? 'JSON without a GeoJSON "type"' : `a GeoJSON ${String(json.type)}`}; give a FeatureCollection of Point or LineString features`);
  const columns: string[] = [];
  const known = new Set<string>();
  const rows: Cjj61Row[] = features.map((feature, index) => {
    const where = `cjj61: ${name} feature ${index + 1}`;
    if (feature?.type !== 'Feature') throw new DataError(`${where} is ${feature?.type === undefined ? 'not a GeoJSON object' : `a ${String(feature.type)}`}; every member of "features" must be a Feature`);
    const cells: Record<string, Cjj61Cell> = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      if (!known.has(key)) (known.add(key), columns.push(key));
      cells[key] = value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value) ? ((value ?? null) as Cjj61Cell) : JSON.stringify(value);
    }
    return { where: `feature ${index + 1}`, number: index + 1, cells, geometry: toCjj61Geometry(feature.geometry, where, warnings) };
  });
  return { file: name, format: 'geojson', columns, rows, geometryType: tableGeometryType(name, rows), declared: readGeoJsonCrs(json.crs) };
}
