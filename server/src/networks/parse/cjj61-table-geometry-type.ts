import { DataError } from '@cimtwin/schemas';
import type { Cjj61Row } from './cjj61-table.ts';

/**
 * `point` or `line` from the rows' geometries; null when no row has one. A table mixing points and
 * lines is a DataError: CJJ 61 delivers points and segments as separate tables, and a mixed file
 * is more likely a wrong export than something to guess about.
 */
export function tableGeometryType(fileName: string, rows: readonly Cjj61Row[]): 'point' | 'line' | null {
  let points = 0;
  let lines = 0;
  for (const row of rows) {
    if (row.geometry?.type === 'point') points++;
    else if (row.geometry?.type === 'line') lines++;
  }
  if (points > 0 && lines > 0) {
    throw new DataError(`cjj61: ${fileName} has ${points} point and ${lines} line feature(s); give pipe points and pipe segments as separate files`);
  }
  return points > 0 ? 'point' : lines > 0 ? 'line' : null;
}
