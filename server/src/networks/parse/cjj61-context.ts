import type { WarningCollector } from '../warning-collector.ts';
import type { Cjj61DefaultedOptions, Cjj61Options } from './cjj61-options.ts';
import { cellText, firstCell, type Cjj61Row, type Cjj61Table } from './cjj61-table.ts';
import { readNumberCell } from './cjj61-cell-values.ts';

/** Options with defaults applied. */
export type ResolvedCjj61Options = Cjj61Options & Cjj61DefaultedOptions;

/** State shared by the table readers of one import. */
export interface Cjj61Context {
  options: ResolvedCjj61Options;
  warnings: WarningCollector;
  /** Node and link ids given so far, to keep them unique across tables. */
  nodeIds: Set<string>;
  linkIds: Set<string>;
}

/** `file line 5`, `file feature 3`: where a row is, for messages. */
export function rowPlace(table: Cjj61Table, row: Cjj61Row): string {
  return `${table.file} ${row.where}`;
}

/** The file name without directory and extension, for generated ids. */
export function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/**
 * Reads a number column of a row; text that is not a number is a warning (grouped per column)
 * and reads as null. Data problems never stop the import.
 */
export function numberAt(context: Cjj61Context, table: Cjj61Table, row: Cjj61Row, columns: string | readonly string[] | undefined): number | null {
  const cell = firstCell(row, typeof columns === 'string' ? [columns] : columns);
  if (!cell) return null;
  const value = readNumberCell(cell.value);
  if (value !== 'invalid') return value;
  context.warnings.add(`cjj61: ${rowPlace(table, row)}: ${cell.column} "${cellText(cell.value)}" is not a number; read as unknown`, `cjj61: ${table.file}: ${cell.column} values that are not numbers`);
  return null;
}

/** A unique id: `wanted` if free, else `wanted#2`, `wanted#3` ... with a warning. */
export function claimId(context: Cjj61Context, ids: Set<string>, wanted: string, what: string, place: string): string {
  let id = wanted;
  for (let n = 2; ids.has(id); n++) id = `${wanted}#${n}`;
  if (id !== wanted) context.warnings.add(`cjj61: ${place}: ${what} "${wanted}" is already used; this one is "${id}"`, `cjj61: repeated ${what}s`);
  ids.add(id);
  return id;
}
