/**
 * Reads an address table: CSV (UTF-8, a header row) or GeoJSON (Point features), one standard
 * address a row at any level, elements in the columns named after the levels
 * (province … room), with optional `code`, `aliases` (separated by `|`), `lon`/`lat` (or the
 * GeoJSON point), and `building_layer` + `building_id` (the building feature's source id).
 * Column names are matched without regard to case, `_` or `-` (road_no, roadNo, ROADNO).
 * Malformed input is a DataError naming the row and what to fix.
 */
import { parse } from 'csv-parse/sync';
import { ADDRESS_LEVELS, DataError, type AddressElements, type AddressLevel } from '@cimtwin/schemas';

/** One row of an address table, as read. */
export interface AddressTableRow {
  /** 1-based row number in the file (CSV: counting the header as row 1; GeoJSON: feature index + 1). */
  row: number;
  code: string | null;
  elements: AddressElements;
  aliases: string[];
  point: [number, number] | null;
  building: { layerId: string; sourceId: string } | null;
}

const LEVEL_BY_KEY = new Map<string, AddressLevel>(ADDRESS_LEVELS.map((level) => [columnKey(level), level]));
const OTHER_COLUMNS = new Set(['code', 'aliases', 'lon', 'lat', 'longitude', 'latitude', 'x', 'y', 'buildinglayer', 'buildingid']);

function columnKey(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

/** Reads a table from its bytes; `fileName` picks the format (.csv, .geojson/.json). */
export function readAddressTable(bytes: Uint8Array, fileName: string): { rows: AddressTableRow[]; ignoredColumns: string[] } {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(text, fileName);
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return readGeoJson(text, fileName);
  throw new DataError(`address-import: ${fileName} is neither .csv nor .geojson; give a CSV table with a header row or a GeoJSON FeatureCollection of points`);
}

function readCsv(text: string, fileName: string) {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    throw new DataError(`address-import: ${fileName} is not a readable CSV table: ${(error as Error).message}`);
  }
  const header = records.length > 0 ? Object.keys(records[0]) : parse(text.split(/\r?\n/)[0] ?? '', {})[0] ?? [];
  checkHeader(header, fileName);
  return {
    rows: records.map((record, index) => toRow(record, index + 2, fileName, null)),
    ignoredColumns: header.filter((name: string) => !LEVEL_BY_KEY.has(columnKey(name)) && !OTHER_COLUMNS.has(columnKey(name))),
  };
}

function readGeoJson(text: string, fileName: string) {
  let json: { type?: string; features?: Array<{ geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null }> };
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`address-import: ${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(`address-import: ${fileName} is not a GeoJSON FeatureCollection; give one Point feature per address`);
  }
  const names = new Set<string>();
  for (const feature of json.features) for (const name of Object.keys(feature?.properties ?? {})) names.add(name);
  checkHeader([...names], fileName);
  const rows = json.features.map((feature, index) => {
    const properties = Object.fromEntries(Object.entries(feature?.properties ?? {}).map(([name, value]) => [name, value === null || value === undefined ? '' : String(value)]));
    let point: [number, number] | null = null;
    if (feature?.geometry) {
      const coordinates = feature.geometry.coordinates as number[] | undefined;
      if (feature.geometry.type !== 'Point' || !Array.isArray(coordinates) || coordinates.length < 2) {
        throw new DataError(`address-import: ${fileName} feature ${index + 1} has a ${feature.geometry.type} geometry; a door plate is a Point`);
      }
      point = [Number(coordinates[0]), Number(coordinates[1])];
    }
    return toRow(properties, index + 1, fileName, point);
  });
  return { rows, ignoredColumns: [...names].filter((name) => !LEVEL_BY_KEY.has(columnKey(name)) && !OTHER_COLUMNS.has(columnKey(name))) };
}

function checkHeader(names: string[], fileName: string): void {
  const levels = names.filter((name) => LEVEL_BY_KEY.has(columnKey(name)));
  if (!levels.some((name) => ['road', 'roadno', 'poi', 'devzone', 'community'].includes(columnKey(name)))) {
    throw new DataError(
      `address-import: ${fileName} has no road, roadNo, poi, devzone or community column; name the columns after the address levels (${ADDRESS_LEVELS.join(', ')})`,
    );
  }
}

function toRow(record: Record<string, string>, row: number, fileName: string, geometryPoint: [number, number] | null): AddressTableRow {
  const elements: AddressElements = {};
  const other: Record<string, string> = {};
  for (const [name, raw] of Object.entries(record)) {
    const value = (raw ?? '').trim();
    const key = columnKey(name);
    const level = LEVEL_BY_KEY.get(key);
    if (level) {
      if (value) elements[level] = value.normalize('NFKC').replace(/\s+/g, '');
    } else other[key] = value;
  }
  if (!elements.road && !elements.poi && !elements.devzone && !elements.community) {
    throw new DataError(`address-import: ${fileName} row ${row} has no road, poi, devzone or community; every address needs one of them`);
  }
  if (elements.roadNo && !elements.road) throw new DataError(`address-import: ${fileName} row ${row} has a door plate (${elements.roadNo}) but no road`);
  const lonText = other.lon || other.longitude || other.x || '';
  const latText = other.lat || other.latitude || other.y || '';
  let point = geometryPoint;
  if (lonText || latText) {
    const lon = Number(lonText);
    const lat = Number(latText);
    point = [lon, lat];
  }
  if (point) {
    const [lon, lat] = point;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new DataError(`address-import: ${fileName} row ${row} has lon ${point[0]}, lat ${point[1]}, which is not a WGS 84 position; give degrees (lon, lat) or transform the table first`);
    }
  }
  const buildingId = other.buildingid ?? '';
  return {
    row,
    code: other.code || null,
    elements,
    aliases: (other.aliases ?? '').split('|').map((alias) => alias.trim()).filter(Boolean),
    point,
    building: buildingId ? { layerId: other.buildinglayer || 'buildings', sourceId: buildingId } : null,
  };
}
