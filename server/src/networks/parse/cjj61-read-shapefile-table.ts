import { parseDbf, parseShp } from 'shpjs';
import { DataError } from '@cimtwin/schemas';
import type { WarningCollector } from '../warning-collector.ts';
import { readPrj } from './cjj61-crs.ts';
import { toCjj61Geometry } from './cjj61-geometry.ts';
import { tableGeometryType } from './cjj61-table-geometry-type.ts';
import { NO_DECLARED_CRS, type Cjj61Cell, type Cjj61Row, type Cjj61Table } from './cjj61-table.ts';

// The .prj is read for its CRS name only and never passed to shpjs, which would reproject to
// WGS 84: the network stays in the survey's projected CRS, where tolerances are in metres.
// Chinese DBFs are often GBK. The encoding is, in order: the .cpg, the DBF language driver byte
// (0x4D and 0x7A are code page 936), else UTF-8 when the text bytes are valid UTF-8, else GB18030
// with a warning.

const GBK_LANGUAGE_DRIVERS = new Set([0x4d, 0x7a]);

/** Reads a Point or PolyLine shapefile with its .dbf (and optional .prj, .cpg) into a table. */
export function readShapefileTable(name: string, parts: { shp: Uint8Array; dbf?: Uint8Array; prj?: string; cpg?: string }, warnings: WarningCollector): Omit<Cjj61Table, 'attachment'> {
  let geometries: ReturnType<typeof parseShp>;
  let records: Record<string, unknown>[] = [];
  let encoding: string | undefined;
  try {
    geometries = parseShp(parts.shp);
    if (parts.dbf) {
      encoding = dbfEncoding(parts.dbf, parts.cpg, name, warnings);
      records = parseDbf(parts.dbf, encoding);
    }
  } catch (error) {
    throw new DataError(`cjj61: ${name} cannot be read as a shapefile (${(error as Error).message}); give the .shp with its .dbf from the same export`, { cause: error });
  }
  if (!parts.dbf) warnings.add(`cjj61: ${name}: no .dbf; the ${geometries.length} shape(s) have no attributes`);
  else if (records.length !== geometries.length) warnings.add(`cjj61: ${name}: the .shp has ${geometries.length} shapes but the .dbf ${records.length} records; they are paired in order`);
  const columns = records.length > 0 ? Object.keys(records[0]) : [];
  const rows: Cjj61Row[] = geometries.map((geometry, index) => {
    const cells: Record<string, Cjj61Cell> = {};
    for (const [key, value] of Object.entries(records[index] ?? {})) cells[key] = dbfCell(value);
    return { where: `record ${index + 1}`, number: index + 1, cells, geometry: toCjj61Geometry(geometry, `cjj61: ${name} record ${index + 1}`, warnings) };
  });
  return { file: name, format: 'shapefile', columns, rows, geometryType: tableGeometryType(name, rows), declared: parts.prj ? readPrj(parts.prj) : NO_DECLARED_CRS };
}

/** A DBF value as a cell: empty numbers (NaN) become null, dates ISO dates, text trimmed. */
function dbfCell(value: unknown): Cjj61Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function dbfEncoding(dbf: Uint8Array, cpg: string | undefined, name: string, warnings: WarningCollector): string | undefined {
  if (cpg?.trim()) {
    const label = cpg.trim();
    const known = /^\d+$/.test(label) ? (label === '936' ? 'gbk' : `windows-${label}`) : label;
    try {
      new TextDecoder(known);
      return known;
    } catch {
      warnings.add(`cjj61: ${name}: the .cpg names "${label}", an encoding this reader does not know; the .dbf is read as UTF-8`);
      return undefined;
    }
  }
  if (GBK_LANGUAGE_DRIVERS.has(dbf[29])) return 'gbk';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return undefined;
  } catch {
    warnings.add(`cjj61: ${name}: no .cpg and the .dbf text is not UTF-8; read as GB18030 (GBK). Add a .cpg naming the encoding if the attributes look wrong`);
    return 'gb18030';
  }
}
