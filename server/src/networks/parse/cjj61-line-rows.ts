import { DataError, type NetworkAttributes, type NetworkLink } from '@cimtwin/schemas';
import { createLink } from '../network-elements.ts';
import type { Point } from '../snap/polyline.ts';
import { readNumberCell, readTextCell, readYearCell } from './cjj61-cell-values.ts';
import { CJJ61_LINE_ALIASES, type Cjj61LineField } from './cjj61-column-aliases.ts';
import { resolveColumns, type HeaderUnit } from './cjj61-columns.ts';
import { claimId, fileStem, numberAt, rowPlace, type Cjj61Context } from './cjj61-context.ts';
import { parseSectionSize, type SectionSize } from './cjj61-section-size.ts';
import { cellText, firstCell, hasValue, type Cjj61Row, type Cjj61Table } from './cjj61-table.ts';
import { readPipeType, type PipeTypeSource } from './cjj61-type-columns.ts';

/** A segment read from a line table, before its ends are resolved to nodes. */
export interface Cjj61Line {
  /** The link, with `from` and `to` still empty. */
  link: NetworkLink;
  startPoint: string | null;
  endPoint: string | null;
  /** The drawn line, when the table has geometry. */
  points: Point[] | null;
  /** The line table's file name. */
  file: string;
  place: string;
  typeSource: PipeTypeSource | null;
}

/** What a line table held besides its segments. */
export interface Cjj61LineTable {
  lines: Cjj61Line[];
  /** True when the table has start and end point-number columns. */
  hasPointNumbers: boolean;
}

/**
 * Reads the rows of a line table (管线段成果表): start and end point numbers, geometry, depths and
 * inverts at both ends, section size, material, burial, pressure, year, owner, cable and duct
 * counts, CJJ 61 type; every other column as attributes. A table that can say neither where a
 * segment starts nor where it runs is a DataError; a row with neither is skipped with a warning.
 */
export function readLineRows(context: Cjj61Context, table: Cjj61Table): Cjj61LineTable {
  if (table.geometryType === 'point') throw new DataError(`cjj61: ${table.file} has Point geometries; give it as a point table (管线点表), not a line table`);
  const { byField, allByField, unitOf, unknown } = resolveColumns<Cjj61LineField>(table.file, table.columns, CJJ61_LINE_ALIASES, context.options.columns?.lines);
  const hasNumbers = byField.startPoint !== undefined && byField.endPoint !== undefined;
  if ((byField.startPoint === undefined) !== (byField.endPoint === undefined)) {
    throw new DataError(`cjj61: ${table.file} has a ${byField.startPoint ? `start point column "${byField.startPoint}" but no end point column (终点点号)` : `end point column "${byField.endPoint}" but no start point column (起点点号)`}; give both, or name them with the columns option`);
  }
  if (!hasNumbers && table.geometryType !== 'line') {
    throw new DataError(
      `cjj61: ${table.file} has no start and end point numbers (起点点号, 终点点号) and no line geometry, so its segments cannot be placed; name the point-number columns with the columns option (e.g. { lines: { startPoint: "起点", endPoint: "连接点" } }) or give a Shapefile or GeoJSON of LineStrings`,
    );
  }
  const text = (row: Cjj61Row, field: Cjj61LineField) => readTextCell(firstCell(row, allByField[field])?.value);
  const idsUnique = byField.id !== undefined && new Set(table.rows.map((row) => text(row, 'id'))).size === table.rows.length && table.rows.every((row) => text(row, 'id') !== null);
  const lines: Cjj61Line[] = [];
  for (const row of table.rows) {
    const place = rowPlace(table, row);
    const startPoint = text(row, 'startPoint');
    const endPoint = text(row, 'endPoint');
    const points = row.geometry?.type === 'line' ? row.geometry.points : null;
    if (!points && (startPoint === null || endPoint === null)) {
      context.warnings.add(`cjj61: ${place}: the segment has no ${startPoint === null ? 'start' : 'end'} point number and no geometry; skipped`, `cjj61: ${table.file}: segments that cannot be placed`);
      continue;
    }
    const id = claimId(context, context.linkIds, (idsUnique ? text(row, 'id') : null) ?? `${fileStem(table.file)}-${row.number}`, 'segment id', place);
    const at = (field: Cjj61LineField) => firstCell(row, allByField[field])?.value ?? null;
    const typing = readPipeType(context, place, { type: at('pipeType'), subtype: at('pipeSubtype'), featureCode: at('featureCode') }, [startPoint, endPoint], 'line');
    const size = readSize(context, table, row, allByField, unitOf);
    const attributes: NetworkAttributes = { source: place };
    const tops = [numberAt(context, table, row, allByField.startTop), numberAt(context, table, row, allByField.endTop)];
    const crossHeight = size.height ?? size.diameter;
    const inverts = [numberAt(context, table, row, allByField.startInvert), numberAt(context, table, row, allByField.endInvert)].map((invert, end) => {
      if (invert !== null || tops[end] === null) return invert;
      if (crossHeight !== null) return tops[end]! - crossHeight;
      attributes[end === 0 ? 'startTopElevation' : 'endTopElevation'] = tops[end];
      return null;
    });
    const yearCell = firstCell(row, allByField.yearBuilt);
    const year = yearCell ? readYearCell(yearCell.value) : null;
    if (year === 'invalid') {
      context.warnings.add(`cjj61: ${place}: ${yearCell!.column} "${cellText(yearCell!.value)}" is not a year or date; kept as an attribute`, `cjj61: ${table.file}: years that are not years`);
      attributes.yearBuilt = cellText(yearCell!.value);
    }
    for (const [field, name] of [['cableCount', 'cableCount'], ['ductCount', 'ductCount'], ['usedDuctCount', 'usedDuctCount'], ['voltage', 'voltage']] as const) {
      const value = at(field);
      if (readTextCell(value) === null) continue;
      const n = readNumberCell(value);
      attributes[name] = typeof n === 'number' ? n : readTextCell(value);
    }
    if (typing.invalidFeatureCode) attributes.featureCode = typing.invalidFeatureCode;
    if (typing.featureCode) attributes.featureCode = typing.featureCode;
    for (const column of unknown) if (hasValue(row.cells[column])) attributes[column] = row.cells[column];
    const length = numberAt(context, table, row, allByField.length);
    const link = createLink(id, 'pipe', '', '', {
      length,
      diameter: size.diameter,
      width: size.width,
      height: size.height,
      shape: size.diameter !== null ? 'CIRCULAR' : size.width !== null && size.height !== null ? 'RECT_CLOSED' : null,
      material: text(row, 'material'),
      startDepth: numberAt(context, table, row, allByField.startDepth),
      endDepth: numberAt(context, table, row, allByField.endDepth),
      startInvertElevation: inverts[0],
      endInvertElevation: inverts[1],
      pipeType: typing.guess?.pipeType ?? null,
      pipeSubtype: typing.guess?.pipeSubtype ?? null,
      burialMethod: text(row, 'burialMethod'),
      pressureClass: text(row, 'pressure'),
      yearBuilt: typeof year === 'number' ? year : null,
      owner: text(row, 'owner'),
      attributes,
    });
    lines.push({ link, startPoint, endPoint, points, file: table.file, place, typeSource: typing.source });
  }
  return { lines, hasPointNumbers: hasNumbers };
}

/** Diameter or width × height from the size column, then separate width and height columns. */
function readSize(context: Cjj61Context, table: Cjj61Table, row: Cjj61Row, allByField: Partial<Record<Cjj61LineField, string[]>>, unitOf: Partial<Record<Cjj61LineField, HeaderUnit>>): SectionSize {
  const size: SectionSize = { diameter: null, width: null, height: null, note: null };
  const read = (field: 'size' | 'width' | 'height'): SectionSize | null => {
    const cell = firstCell(row, allByField[field]);
    if (!cell || readTextCell(cell.value) === null) return null;
    const column = cell.column;
    const parsed = parseSectionSize(cell.value, context.options.sizeUnit, unitOf[field] ?? null);
    if (typeof parsed === 'string') {
      context.warnings.add(`cjj61: ${rowPlace(table, row)}: ${column} ${parsed}; read as unknown`, `cjj61: ${table.file}: ${column} values not read as sizes`);
      return null;
    }
    if (parsed.note) context.warnings.add(`cjj61: ${rowPlace(table, row)}: ${column} ${parsed.note}`, `cjj61: ${table.file}: ${column} values read as metres`);
    return parsed;
  };
  const main = read('size');
  if (main) Object.assign(size, main);
  if (size.diameter === null && size.width === null) {
    size.width = read('width')?.diameter ?? null;
    size.height = read('height')?.diameter ?? null;
  }
  return size;
}
