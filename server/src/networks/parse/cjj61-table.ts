import type { Point } from '../snap/polyline.ts';

// Every source format (CSV, GeoJSON, Shapefile) is first read into the same small table model:
// column names, rows of scalar cells, and an optional point or line geometry per row. The
// network builder then only deals with tables, and every message can name the file and row.

/** What every source may add: the 附属物 of rows that give none, e.g. 阀门 for a layer of valves. */
export interface Cjj61SourceDefaults {
  attachment?: string;
}

/** One table as given: CSV or GeoJSON text or bytes, or the parts of a shapefile. */
export type Cjj61TableSource = Cjj61SourceDefaults &
  (
    | { format: 'csv'; name: string; data: string | Uint8Array }
    | { format: 'geojson'; name: string; data: string | Uint8Array }
    | { format: 'shapefile'; name: string; shp: Uint8Array; dbf?: Uint8Array; prj?: string; cpg?: string }
  );

/** A cell value as read; GeoJSON objects and arrays are not kept. */
export type Cjj61Cell = string | number | boolean | null;

/** The geometry of a row: a point, or a line's points in drawing order. */
export type Cjj61Geometry = { type: 'point'; x: number; y: number } | { type: 'line'; points: Point[] };

/** One row of a table. */
export interface Cjj61Row {
  /** Where the row is, for messages: `line 12` (CSV), `feature 3` (GeoJSON), `record 3` (Shapefile). */
  where: string;
  /** 1-based row number among the data rows, used in generated ids. */
  number: number;
  cells: Record<string, Cjj61Cell>;
  geometry: Cjj61Geometry | null;
}

/** What the file says about its coordinates. */
export interface Cjj61DeclaredCrs {
  /** `EPSG:n` when the file names one. */
  crs: string | null;
  /** Coordinate unit when the file says (a .prj UNIT, a geographic CRS). */
  units: 'm' | 'ft' | 'deg' | null;
  /** How the CRS was found, for warnings, e.g. `.prj PROJCS "CGCS2000_3_Degree_GK_CM_120E"`. */
  note: string | null;
}

/** A table read from one source. */
export interface Cjj61Table {
  file: string;
  format: Cjj61TableSource['format'];
  columns: string[];
  rows: Cjj61Row[];
  /** `point` or `line` when rows have geometry, else null (CSV). */
  geometryType: 'point' | 'line' | null;
  declared: Cjj61DeclaredCrs;
  /** 附属物 of rows without one (from the source), or null. */
  attachment: string | null;
}

/** A declared CRS that says nothing. */
export const NO_DECLARED_CRS: Cjj61DeclaredCrs = { crs: null, units: null, note: null };

/** A cell as trimmed text; null when empty. */
export function cellText(value: Cjj61Cell | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** The first non-empty cell of a row among `columns`, with its column; the first column when all are empty. */
export function firstCell(row: Cjj61Row, columns: readonly string[] | undefined): { column: string; value: Cjj61Cell } | null {
  if (!columns || columns.length === 0) return null;
  const column = columns.find((name) => cellText(row.cells[name]) !== null) ?? columns[0];
  return { column, value: row.cells[column] ?? null };
}

/** True when a cell holds something worth keeping as an attribute. */
export function hasValue(value: Cjj61Cell | undefined): value is string | number | boolean {
  return cellText(value) !== null;
}
