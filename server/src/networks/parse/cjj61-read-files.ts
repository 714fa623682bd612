import fs from 'node:fs/promises';
import path from 'node:path';
import { DataError, type Network } from '@cimtwin/schemas';
import { WarningCollector } from '../warning-collector.ts';
import { buildCjj61Network } from './cjj61-build-network.ts';
import { CJJ61_LINE_ALIASES, type Cjj61LineField } from './cjj61-column-aliases.ts';
import { resolveColumns } from './cjj61-columns.ts';
import type { Cjj61Options } from './cjj61-options.ts';
import { readCjj61Table } from './cjj61-read-table.ts';
import type { Cjj61Table, Cjj61TableSource } from './cjj61-table.ts';

// The I/O edge of the CJJ 61 reader, for a CLI given the files a user names: each file becomes a
// source by extension (a .shp takes its .dbf, .prj and .cpg from the list or from beside it), and
// each table is sorted into points or lines by what it holds: LineString geometry or start/end
// point-number columns (起点点号/终点点号) make a line table, anything else a point table. A
// point layer named like valves, hydrants, manholes or meters gives its rows that 附属物 when
// they have none, because GIS layers of one device type rarely repeat it in a column.

const CSV = new Set(['.csv', '.txt', '.tsv']);
const GEOJSON = new Set(['.geojson', '.json']);
const SIDECARS = new Set(['.dbf', '.prj', '.cpg', '.shx', '.sbn', '.sbx', '.qix', '.xml', '.qmd']);
const LAYER_ATTACHMENTS: [RegExp, string][] = [
  [/valve|阀门|阀/i, '阀门'],
  [/hydrant|消火栓|消防栓/i, '消火栓'],
  [/manhole|检查井|检修井|窨井/i, '检查井'],
  [/meter|水表/i, '水表'],
];

/**
 * Reads the named CJJ 61 point and line files (CSV, GeoJSON, Shapefile) into one Network.
 * Unsupported or unreadable files are DataErrors naming the file.
 */
export async function readCjj61Files(paths: readonly string[], options: Cjj61Options = {}): Promise<Network> {
  if (paths.length === 0) throw new DataError('cjj61: no files given; name the point and line tables (CSV, GeoJSON or Shapefile)');
  const warnings = new WarningCollector();
  const sources = await sourcesOf(paths);
  const points: Cjj61Table[] = [];
  const lines: Cjj61Table[] = [];
  for (const source of sources) {
    const table = readCjj61Table(source, warnings);
    if (isLineTable(table, options)) {
      lines.push(table);
      continue;
    }
    const attachment = LAYER_ATTACHMENTS.find(([pattern]) => pattern.test(path.basename(source.name)))?.[1];
    if (attachment) warnings.add(`cjj61: ${source.name}: points without 附属物 are taken as ${attachment}, from the file name`);
    points.push({ ...table, attachment: attachment ?? null });
  }
  if (lines.length === 0) {
    throw new DataError(`cjj61: none of ${sources.map((source) => source.name).join(', ')} is a line table; give the pipe segments too (LineStrings, or a table with 起点点号 and 终点点号)`);
  }
  return buildCjj61Network({ points, lines }, options, warnings);
}

function isLineTable(table: Cjj61Table, options: Cjj61Options): boolean {
  if (table.geometryType !== null) return table.geometryType === 'line';
  const { byField } = resolveColumns<Cjj61LineField>(table.file, table.columns, CJJ61_LINE_ALIASES, options.columns?.lines);
  return byField.startPoint !== undefined && byField.endPoint !== undefined;
}

async function sourcesOf(paths: readonly string[]): Promise<Cjj61TableSource[]> {
  const given = new Map(paths.map((file) => [file.toLowerCase(), file]));
  const shapefileStems = new Set(paths.filter((file) => path.extname(file).toLowerCase() === '.shp').map((file) => stem(file).toLowerCase()));
  const sources: Cjj61TableSource[] = [];
  for (const file of paths) {
    const extension = path.extname(file).toLowerCase();
    const name = path.basename(file);
    if (CSV.has(extension)) sources.push({ format: 'csv', name, data: await readBytes(file) });
    else if (GEOJSON.has(extension)) sources.push({ format: 'geojson', name, data: await readBytes(file) });
    else if (extension === '.shp') sources.push(await shapefileSource(file, given));
    else if (SIDECARS.has(extension) || file.toLowerCase().endsWith('.shp.xml')) {
      if (!shapefileStems.has(stem(file).toLowerCase())) throw new DataError(`cjj61: ${name} is part of a shapefile, but ${path.basename(stem(file))}.shp is not among the files; name the .shp`);
    } else if (extension === '.xls' || extension === '.xlsx') {
      throw new DataError(`cjj61: ${name} is an Excel workbook, which this reader does not open; save the point and line sheets each as "CSV UTF-8 (逗号分隔)" and name those`);
    } else if (extension === '.zip') {
      throw new DataError(`cjj61: ${name} is a zip archive; unzip it and name the .shp, .csv or .geojson files inside`);
    } else {
      throw new DataError(`cjj61: ${name} has the extension "${extension || '(none)'}"; give .csv, .geojson or .shp (with its .dbf) files`);
    }
  }
  return sources;
}

async function shapefileSource(file: string, given: Map<string, string>): Promise<Cjj61TableSource> {
  const sibling = async (extension: string): Promise<Uint8Array | undefined> => {
    const base = stem(file);
    for (const candidate of [given.get(`${base}${extension}`.toLowerCase()), `${base}${extension}`, `${base}${extension.toUpperCase()}`]) {
      if (candidate === undefined) continue;
      try {
        return await fs.readFile(candidate);
      } catch {
        // Not there under this spelling; try the next.
      }
    }
    return undefined;
  };
  const [shp, dbf, prj, cpg] = await Promise.all([readBytes(file), sibling('.dbf'), sibling('.prj'), sibling('.cpg')]);
  const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);
  return { format: 'shapefile', name: path.basename(file), shp, dbf, prj: text(prj), cpg: text(cpg) };
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new DataError(`cjj61: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path`, { cause: error });
  }
}

function stem(file: string): string {
  return file.toLowerCase().endsWith('.shp.xml') ? file.slice(0, -8) : file.slice(0, file.length - path.extname(file).length);
}
