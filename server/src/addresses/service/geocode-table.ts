/**
 * Batch geocoding of a CSV table: the address column (named address, 地址 or addr; else the
 * first column) of each row is geocoded, and the row comes back with the match appended:
 * code, full text, match level, confidence, lon, lat. Rows keep their order; a row that
 * matches nothing keeps empty match columns.
 */
import type { Knex } from 'knex';
import { parse } from 'csv-parse/sync';
import { DataError } from '@cimtwin/schemas';
import type { AddressGazetteer } from '../parse/address-gazetteer.ts';
import { geocodeAddress } from './geocode-address.ts';

export const BATCH_LIMITS = { maxRows: 50_000 } as const;

const ADDRESS_COLUMN = /^(address|addr|地址|标准地址|详细地址)$/i;
const RESULT_COLUMNS = ['match_code', 'match_address', 'match_level', 'confidence', 'lon', 'lat'];

/** Geocodes every row of a CSV table; answers the CSV with the match columns and counts. */
export async function geocodeTable(knex: Knex, gazetteer: AddressGazetteer, csv: string): Promise<{ csv: string; rows: number; matched: number }> {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new DataError(`address-batch: the upload is not a readable CSV table: ${(error as Error).message}`);
  }
  if (records.length < 2) throw new DataError('address-batch: the table has no rows; give a header row and one address a row (column "address" or 地址)');
  if (records.length - 1 > BATCH_LIMITS.maxRows) throw new DataError(`address-batch: ${records.length - 1} rows is more than ${BATCH_LIMITS.maxRows}; split the table`);
  const [header, ...rows] = records;
  const column = Math.max(0, header.findIndex((name) => ADDRESS_COLUMN.test(name.trim())));
  const out: string[][] = [[...header, ...RESULT_COLUMNS]];
  let matched = 0;
  for (const row of rows) {
    const text = (row[column] ?? '').trim();
    const result = text ? await geocodeAddress(knex, gazetteer, text) : undefined;
    const match = result?.match;
    if (match) matched++;
    out.push([...row, match?.code ?? '', match?.fullText ?? '', result?.matchLevel ?? '', match ? String(result!.confidence) : '', match?.point ? String(match.point[0]) : '', match?.point ? String(match.point[1]) : '']);
  }
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return { csv: `${out.map((line) => line.map(quote).join(',')).join('\r\n')}\r\n`, rows: rows.length, matched };
}
