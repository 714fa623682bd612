import { DataError } from '@cimtwin/schemas';
import type { WarningCollector } from '../warning-collector.ts';
import { CJJ61_LINE_ALIASES, CJJ61_POINT_ALIASES } from './cjj61-column-aliases.ts';
import { countRecognisedColumns } from './cjj61-columns.ts';
import { decodeUtf8Text } from './cjj61-decode-text.ts';
import { readCsvRecords } from './cjj61-read-csv.ts';
import { NO_DECLARED_CRS, type Cjj61Row, type Cjj61Table } from './cjj61-table.ts';

// Excel exports of 成果表 often carry a title row ("XX市地下管线点成果表") and sometimes a
// units row above or below the header; the header is taken as the first of the first five
// records in which at least two columns are recognised, and earlier records are skipped with a
// warning.

const HEADER_SEARCH_ROWS = 5;

/** Reads a CSV point or line table. Cells stay text; rows have no geometry. */
export function readCsvTable(name: string, data: string | Uint8Array, warnings: WarningCollector): Omit<Cjj61Table, 'attachment'> {
  const { records } = readCsvRecords(decodeUtf8Text(data, name), name);
  if (records.length === 0) throw new DataError(`cjj61: ${name} is empty; give a table whose first row names the columns (点号, X, Y, ... or 起点点号, 终点点号, ...)`);
  let headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((record) => countRecognisedColumns(record.fields, CJJ61_POINT_ALIASES, CJJ61_LINE_ALIASES) >= 2);
  if (headerIndex < 0) headerIndex = 0;
  if (headerIndex > 0) warnings.add(`cjj61: ${name}: line(s) ${records.slice(0, headerIndex).map((r) => r.line).join(', ')} above the header skipped as a title`);
  const header = records[headerIndex];
  const columns = uniqueColumnNames(header.fields);
  const rows: Cjj61Row[] = [];
  for (const record of records.slice(headerIndex + 1)) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    if (record.fields.length > columns.length && record.fields.slice(columns.length).some((field) => field.trim() !== '')) {
      warnings.add(`cjj61: ${name} line ${record.line}: ${record.fields.length} fields but the header has ${columns.length}; the extra fields are ignored`, `cjj61: ${name}: rows longer than the header`);
    }
    const cells: Cjj61Row['cells'] = {};
    columns.forEach((column, index) => (cells[column] = record.fields[index] ?? null));
    rows.push({ where: `line ${record.line}`, number: rows.length + 1, cells, geometry: null });
  }
  return { file: name, format: 'csv', columns, rows, geometryType: null, declared: NO_DECLARED_CRS };
}

/** Trimmed header names; an empty one becomes `column N`, a repeated one gets ` (2)`, ` (3)`. */
function uniqueColumnNames(fields: string[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((field, index) => {
    const base = field.trim() || `column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
