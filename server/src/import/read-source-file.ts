import fs from 'node:fs/promises';
import path from 'node:path';
import shp from 'shpjs';
import { DataError } from '@cimtwin/schemas';

/** What a source file holds before validation: raw features and what it says of its CRS. */
export interface SourceFile {
  name: string;
  format: 'geojson' | 'shapefile';
  features: unknown[];
  /** CRS named inside the file (GeoJSON `crs` member), as `EPSG:n`; undefined when silent. */
  declaredCrs?: string;
  /** The file was reprojected to EPSG:4326 while reading (a Shapefile with a .prj). */
  reprojectedFrom?: string;
  bytes: Uint8Array;
}

const SHAPEFILE_SIBLINGS = ['dbf', 'prj', 'cpg'] as const;

/**
 * Reads GeoJSON (.geojson/.json), a zipped Shapefile (.zip) or a .shp with its siblings.
 * Throws a DataError that names the file and the problem when the file is not what it claims.
 */
export async function readSourceFile(filePath: string): Promise<SourceFile> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw new DataError(`import: cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseSourceBytes(name, bytes, async (ext) => {
    const sibling = filePath.replace(/\.shp$/i, `.${ext}`);
    return fs.readFile(sibling).catch(() => fs.readFile(filePath.replace(/\.shp$/i, `.${ext.toUpperCase()}`))).catch(() => undefined);
  });
}

/** Parses a file already in memory; `sibling` fetches .dbf/.prj/.cpg beside a .shp. */
export async function parseSourceBytes(
  name: string,
  bytes: Uint8Array,
  sibling: (ext: string) => Promise<Uint8Array | undefined> = async () => undefined,
): Promise<SourceFile> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.zip' || ext === '.shp') return parseShapefile(name, bytes, ext, sibling);
  if (ext === '.geojson' || ext === '.json' || bytes[0] === 0x7b /* { */) return parseGeoJson(name, bytes);
  throw new DataError(`import: ${name}: unsupported file type "${ext || 'none'}"; give GeoJSON (.geojson, .json) or a Shapefile (.zip, or .shp with .dbf/.prj beside it)`);
}

function parseGeoJson(name: string, bytes: Uint8Array): SourceFile {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch (error) {
    throw new DataError(`import: ${name} is not valid JSON (${(error as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new DataError(`import: ${name} is JSON but not GeoJSON: expected an object with "type": "FeatureCollection" or "Feature"`);
  }
  const record = doc as Record<string, unknown>;
  let features: unknown[];
  if (record.type === 'FeatureCollection') {
    if (!Array.isArray(record.features)) throw new DataError(`import: ${name}: the FeatureCollection has no "features" array`);
    features = record.features;
  } else if (record.type === 'Feature') {
    features = [record];
  } else {
    throw new DataError(`import: ${name} is JSON but not GeoJSON: "type" is ${JSON.stringify(record.type ?? null)}, expected "FeatureCollection" or "Feature"`);
  }
  return { name, format: 'geojson', features, declaredCrs: readCrsMember(name, record.crs), bytes };
}

/** The legacy GeoJSON 2008 `crs` member, still written by many GIS exports. */
function readCrsMember(name: string, crs: unknown): string | undefined {
  if (crs === undefined || crs === null) return undefined;
  const crsName = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof crsName !== 'string') throw new DataError(`import: ${name}: the "crs" member has no properties.name`);
  if (/CRS84$/i.test(crsName)) return 'EPSG:4326';
  const match = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(crsName);
  if (!match) throw new DataError(`import: ${name}: cannot read CRS "${crsName}"; give --crs EPSG:n`);
  return `EPSG:${match[1]}`;
}

async function parseShapefile(
  name: string,
  bytes: Uint8Array,
  ext: string,
  sibling: (ext: string) => Promise<Uint8Array | undefined>,
): Promise<SourceFile> {
  let parsed;
  let prj: string | undefined;
  try {
    if (ext === '.zip') {
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a zip archive');
      parsed = await shp(bytes);
    } else {
      const parts: { shp: Uint8Array; dbf?: Uint8Array; prj?: string; cpg?: string } = { shp: bytes };
      for (const s of SHAPEFILE_SIBLINGS) {
        const data = await sibling(s);
        if (!data) continue;
        if (s === 'dbf') parts.dbf = data;
        else parts[s] = new TextDecoder().decode(data);
      }
      if (!parts.dbf) throw new DataError(`import: ${name}: the .dbf beside the .shp is missing; attributes live there`);
      prj = parts.prj;
      parsed = await shp(parts);
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`import: ${name} is not a readable Shapefile (${(error as Error).message})`);
  }
  const collections = Array.isArray(parsed) ? parsed : [parsed];
  if (collections.length !== 1) {
    const names = collections.map((c) => c.fileName).join(', ');
    throw new DataError(`import: ${name} holds ${collections.length} shapefiles (${names}); zip one shapefile per layer`);
  }
  const prjName = prj ? (/^\s*\w+\["([^"]+)"/.exec(prj)?.[1] ?? 'WKT in .prj') : ext === '.zip' ? 'from .prj in the zip, if any' : undefined;
  return { name, format: 'shapefile', features: collections[0].features, reprojectedFrom: prjName, bytes };
}
