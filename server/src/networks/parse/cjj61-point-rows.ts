import { DataError, type NetworkAttributes, type NetworkNode } from '@cimtwin/schemas';
import { createNode } from '../network-elements.ts';
import { decideAxisOrder } from './cjj61-axes.ts';
import { readStatusCell, readTextCell } from './cjj61-cell-values.ts';
import { CJJ61_POINT_ALIASES, type Cjj61PointField } from './cjj61-column-aliases.ts';
import { resolveColumns } from './cjj61-columns.ts';
import { claimId, fileStem, numberAt, rowPlace, type Cjj61Context } from './cjj61-context.ts';
import { nodeKindOf } from './cjj61-node-kind.ts';
import { firstCell, hasValue, type Cjj61Table } from './cjj61-table.ts';
import { readPipeType, type PipeTypeSource } from './cjj61-type-columns.ts';

/** A node read from a point table, with where its type came from. */
export interface Cjj61Point {
  node: NetworkNode;
  place: string;
  typeSource: PipeTypeSource | null;
}

/** What a point table held besides its points. */
export interface Cjj61PointTable {
  points: Cjj61Point[];
  /** True when the table has a point-number column (a CJJ 61 成果表 rather than a plain GIS layer). */
  hasPointNumbers: boolean;
  /** True when coordinates came from 经度/纬度 (longitude/latitude) columns. */
  lonLatColumns: boolean;
}

/**
 * Reads the rows of a point table (管线点成果表) into nodes: id = 物探点号 when there is one, kind
 * from 附属物/特征, coordinates from the geometry or the X/Y columns (axis order decided and
 * reported), elevations and depth in metres, CJJ 61 type, and every other column as attributes.
 */
export function readPointRows(context: Cjj61Context, table: Cjj61Table): Cjj61PointTable {
  if (table.geometryType === 'line') throw new DataError(`cjj61: ${table.file} has LineString geometries; give it as a line table (管线段表), not a point table`);
  const { byField, allByField, unknown } = resolveColumns<Cjj61PointField>(table.file, table.columns, CJJ61_POINT_ALIASES, context.options.columns?.points);
  const coordinates = coordinateColumns(context, table, byField);
  const text = (row: Row, field: Cjj61PointField) => readTextCell(firstCell(row, allByField[field])?.value);
  const idColumnUnique = byField.id !== undefined && isUniqueColumn(table, byField.id);
  const points: Cjj61Point[] = [];
  for (const row of table.rows) {
    const place = rowPlace(table, row);
    const pointNumber = text(row, 'pointNumber');
    const attachment = text(row, 'attachment') ?? table.attachment;
    const feature = text(row, 'feature');
    const kind = nodeKindOf(attachment, feature);
    const wantedId = pointNumber ?? (idColumnUnique ? text(row, 'id') : null) ?? `${fileStem(table.file)}-${row.number}`;
    const id = claimId(context, context.nodeIds, wantedId, 'point id', place);
    const [x, y] = coordinates.read(row);
    if (x === null || y === null) context.warnings.add(`cjj61: ${place}: point ${id} has no coordinates`, `cjj61: ${table.file}: points without coordinates`);
    const at = (field: Cjj61PointField) => firstCell(row, allByField[field])?.value ?? null;
    const typing = readPipeType(context, place, { type: at('pipeType'), subtype: at('pipeSubtype'), featureCode: at('featureCode') }, [pointNumber], 'point');
    const status = readStatusCell(at('status'));
    if (status === 'invalid') context.warnings.add(`cjj61: ${place}: status "${text(row, 'status')}" is not 开/关 (open/closed); read as unknown`, `cjj61: ${table.file}: unknown valve statuses`);
    const ground = numberAt(context, table, row, allByField.groundElevation);
    const invert = numberAt(context, table, row, allByField.invertElevation);
    const attributes: NetworkAttributes = { source: place };
    const top = numberAt(context, table, row, allByField.topElevation);
    if (top !== null) attributes.topElevation = top;
    if (typing.invalidFeatureCode) attributes.featureCode = typing.invalidFeatureCode;
    if (kind !== 'valve' && status !== null && status !== 'invalid') attributes.status = status;
    if (pointNumber !== null && text(row, 'id') !== null) attributes.id = text(row, 'id');
    for (const column of unknown) if (hasValue(row.cells[column])) attributes[column] = row.cells[column];
    const node = createNode(id, kind, {
      x,
      y,
      groundElevation: ground,
      invertElevation: invert,
      elevation: invert ?? ground,
      depth: numberAt(context, table, row, allByField.depth),
      status: kind === 'valve' && status !== 'invalid' ? status : null,
      pointNumber,
      featureCode: typing.featureCode,
      pipeType: typing.guess?.pipeType ?? null,
      pipeSubtype: typing.guess?.pipeSubtype ?? null,
      feature,
      attachment,
      attributes,
    });
    points.push({ node, place, typeSource: typing.source });
  }
  return { points, hasPointNumbers: byField.pointNumber !== undefined, lonLatColumns: coordinates.lonLat };
}

function isUniqueColumn(table: Cjj61Table, column: string): boolean {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const value = readTextCell(row.cells[column]);
    if (value === null || seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}

type Row = Cjj61Table['rows'][number];
type CoordinateReader = { read: (row: Row) => [number | null, number | null]; lonLat: boolean };

/** How to get (easting, northing) from a row: the geometry, 东/北 columns, or X/Y in the decided order. */
function coordinateColumns(context: Cjj61Context, table: Cjj61Table, byField: Partial<Record<Cjj61PointField, string>>): CoordinateReader {
  if (table.geometryType === 'point') return { read: (row) => (row.geometry?.type === 'point' ? [row.geometry.x, row.geometry.y] : [null, null]), lonLat: false };
  const number = (row: Row, column: string) => numberAt(context, table, row, column);
  if (byField.easting !== undefined || byField.northing !== undefined) {
    if (byField.easting === undefined || byField.northing === undefined) {
      throw new DataError(`cjj61: ${table.file} has ${byField.easting ? `an easting column "${byField.easting}"` : `a northing column "${byField.northing}"`} but no ${byField.easting ? 'northing (北坐标)' : 'easting (东坐标)'}; give both, or name them with the columns option`);
    }
    return { read: (row) => [number(row, byField.easting!), number(row, byField.northing!)], lonLat: /经度|lon/i.test(byField.easting) };
  }
  if (byField.x === undefined || byField.y === undefined) {
    const has = byField.x ?? byField.y;
    throw new DataError(
      `cjj61: ${table.file} ${has ? `has "${has}" but not the other coordinate column` : 'has no point geometry and no coordinate columns'} (X/Y, X坐标/Y坐标, 东坐标/北坐标); name them with the columns option, e.g. { points: { x: "X坐标", y: "Y坐标" } }`,
    );
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of table.rows) {
    const x = Number(row.cells[byField.x]);
    const y = Number(row.cells[byField.y]);
    if (row.cells[byField.x] !== null && row.cells[byField.y] !== null && Number.isFinite(x) && Number.isFinite(y)) (xs.push(x), ys.push(y));
  }
  const decision = decideAxisOrder(context.options.surveyAxes, byField.x, byField.y, table.columns, xs, ys);
  context.warnings.add(
    `cjj61: ${table.file}: ${decision.xIsNorth ? `${byField.x} read as northing and ${byField.y} as easting` : `${byField.x} read as easting and ${byField.y} as northing`}, by ${decision.reason}; pass surveyAxes 'x-north' or 'x-east' to force`,
  );
  const [east, north] = decision.xIsNorth ? [byField.y, byField.x] : [byField.x, byField.y];
  return { read: (row) => [number(row, east), number(row, north)], lonLat: false };
}
