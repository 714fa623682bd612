import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import { ADDRESS_LEVELS, DataError, type AddressElements, type AddressLevel } from '@cimtwin/schemas';
import type { Logger } from '../../logger.ts';
import { assignAddressCodes } from '../code/assign-address-codes.ts';
import type { AddressRecord } from '../store/address-record.ts';
import { replaceAddressSource } from '../store/write-addresses.ts';
import { readAddressTable, type AddressTableRow } from './read-address-table.ts';

/** Fills in the administrative divisions of an address and finds their codes. */
export type DivisionResolver = (elements: AddressElements) => { elements: AddressElements; divisionCode: string | null; warning?: string };

export interface ImportAddressesOptions {
  /** Name of the import (address_sources.id); the file name without extension by default. */
  sourceId?: string;
  /** Link door plates to the nearest building of this layer within 10 m when a row names none. */
  linkLayerId?: string;
  resolveDivisions: DivisionResolver;
  logger?: Logger;
}

/** What an import did. */
export interface AddressImportReport {
  sourceId: string;
  files: { name: string; sha256: string; rows: number; ignoredColumns: string[] }[];
  stored: number;
  byLevel: Partial<Record<AddressLevel, number>>;
  linkedToBuildings: number;
  codesAssigned: number;
  warnings: string[];
}

/**
 * Imports address tables (CSV or GeoJSON; see read-address-table.ts) as one source of the
 * library, replacing what that source held before, in one transaction. Units and rooms without
 * a point take their door plate's; a row's parent is the address with its elements less the
 * deepest one.
 */
export async function importAddresses(knex: Knex, files: readonly string[], options: ImportAddressesOptions): Promise<AddressImportReport> {
  if (files.length === 0) throw new DataError('address-import: no files given; give one or more .csv or .geojson address tables');
  const rows: AddressTableRow[] = [];
  const reportFiles: AddressImportReport['files'] = [];
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new DataError(`address-import: cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
    hash.update(bytes);
    const table = readAddressTable(bytes, path.basename(file));
    rows.push(...table.rows);
    reportFiles.push({ name: path.basename(file), sha256: crypto.createHash('sha256').update(bytes).digest('hex'), rows: table.rows.length, ignoredColumns: table.ignoredColumns });
  }
  const sourceId = options.sourceId ?? path.basename(files[0]).replace(/\.[^.]+$/, '');
  const records = buildRecords(rows, options.resolveDivisions);
  const report: AddressImportReport = {
    sourceId,
    files: reportFiles,
    stored: 0,
    byLevel: {},
    linkedToBuildings: 0,
    codesAssigned: records.codesAssigned,
    warnings: records.warnings,
  };
  for (const record of records.records) report.byLevel[record.level] = (report.byLevel[record.level] ?? 0) + 1;
  const result = await replaceAddressSource(knex, { id: sourceId, sha256: hash.digest('hex'), report: { ...report } }, records.records, { linkLayerId: options.linkLayerId });
  report.stored = result.stored;
  report.linkedToBuildings = result.linked;
  await knex('address_sources').where({ id: sourceId }).update({ report: JSON.stringify(report) });
  options.logger?.info({ source: sourceId, stored: report.stored, linked: report.linkedToBuildings }, 'addresses imported');
  return report;
}

/** Levels, divisions, inherited points, codes and parents of the rows read. */
export function buildRecords(rows: readonly AddressTableRow[], resolveDivisions: DivisionResolver): { records: AddressRecord[]; codesAssigned: number; warnings: string[] } {
  const warnings: string[] = [];
  const resolved = rows.map((row) => {
    const divisions = resolveDivisions(row.elements);
    if (divisions.warning && warnings.length < 100) warnings.push(`row ${row.row}: ${divisions.warning}`);
    return { ...row, elements: divisions.elements, divisionCode: divisions.divisionCode, level: deepestLevel(divisions.elements) };
  });
  const generated = assignAddressCodes(resolved);
  let codesAssigned = 0;
  const byKey = new Map<string, { code: string; point: [number, number] | null; building: AddressTableRow['building'] }>();
  const keyOf = (elements: AddressElements) => ADDRESS_LEVELS.map((level) => elements[level] ?? '').join('|');
  const records = resolved.map((row, index) => {
    const code = row.code ?? generated[index];
    if (!row.code) codesAssigned++;
    byKey.set(keyOf(row.elements), { code, point: row.point, building: row.building });
    return { ...row, code };
  });
  return {
    codesAssigned,
    warnings,
    records: records.map((row): AddressRecord => {
      // The nearest ancestor in the table gives the parent code and, when the row has none, its point and building.
      let parent: { code: string; point: [number, number] | null; building: AddressTableRow['building'] } | undefined;
      const elements = { ...row.elements };
      let point = row.point;
      let building = row.building;
      for (let rank = ADDRESS_LEVELS.indexOf(row.level) ; rank > ADDRESS_LEVELS.indexOf('road'); rank--) {
        delete elements[ADDRESS_LEVELS[rank]];
        const found = byKey.get(keyOf(elements));
        if (!found) continue;
        parent ??= found;
        point ??= found.point;
        building ??= found.building;
        if (point && building) break;
      }
      return {
        code: row.code,
        level: row.level,
        elements: row.elements,
        aliases: row.aliases,
        parentCode: parent?.code ?? null,
        divisionCode: row.divisionCode,
        point,
        building,
      };
    }),
  };
}

function deepestLevel(elements: AddressElements): AddressLevel {
  for (let index = ADDRESS_LEVELS.length - 1; index >= 0; index--) if (elements[ADDRESS_LEVELS[index]]) return ADDRESS_LEVELS[index];
  throw new DataError('address-import: an address has no elements');
}
