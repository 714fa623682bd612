import type { WarningCollector } from '../warning-collector.ts';
import type { CoordinateUnits } from './cjj61-coordinate-units.ts';
import { unitsOfCrs } from './cjj61-crs.ts';
import type { Cjj61Options } from './cjj61-options.ts';
import type { Cjj61Table } from './cjj61-table.ts';

// The CRS is the crs option, else what a .prj or GeoJSON crs member names. The coordinate unit
// is the coordinateUnits option, else what the files say or the CRS implies, else degrees for longitude/latitude
// columns and for GeoJSON without a crs member whose coordinates all fit longitude/latitude
// (RFC 7946 GeoJSON is WGS 84), else unknown: tolerances then take the coordinates as metres,
// with a warning.

/** The network CRS and coordinate unit; see the file comment. */
export function resolveCrs(tables: readonly Cjj61Table[], options: Cjj61Options, lonLatColumns: boolean, warnings: WarningCollector): { crs: string | null; units: CoordinateUnits | null } {
  const declared = tables.filter((table) => table.declared.crs !== null);
  const named = [...new Set(declared.map((table) => table.declared.crs))];
  if (named.length > 1) warnings.add(`cjj61: the files name different CRSs (${declared.map((table) => `${table.file}: ${table.declared.crs}`).join(', ')}); ${named[0]} is used and nothing is reprojected`);
  for (const table of tables) {
    if (table.declared.note && table.declared.crs === null) warnings.add(`cjj61: ${table.file}: ${table.declared.note} is not a CRS this reader can name by EPSG code; pass the crs option`);
  }
  let crs = options.crs !== undefined ? options.crs : (named[0] ?? null);
  let units: CoordinateUnits | null = options.coordinateUnits ?? tables.find((table) => table.declared.units !== null)?.declared.units ?? null;
  units ??= unitsOfCrs(crs);
  if (units === null && lonLatColumns) units = 'deg';
  if (units === null && tables.some((table) => table.format === 'geojson') && tables.every((table) => table.format !== 'geojson' || (table.declared.note === null && fitsLonLat(table)))) {
    units = 'deg';
    if (options.crs === undefined && crs === null) crs = 'EPSG:4326';
    warnings.add('cjj61: the GeoJSON has no crs member and its coordinates fit longitude/latitude; read as WGS 84 degrees (RFC 7946); pass coordinateUnits and crs if it is a projected CRS');
  }
  if (units === null) warnings.add('cjj61: the files do not say what unit the coordinates are in (no .prj); metres assumed for tolerances and lengths; pass coordinateUnits otherwise');
  if (crs === null) warnings.add('cjj61: the CRS is unknown; pass the crs option, e.g. EPSG:4549 (CGCS2000 3-degree Gauss-Krüger CM 120E)');
  return { crs, units };
}

function fitsLonLat(table: Cjj61Table): boolean {
  let any = false;
  for (const row of table.rows) {
    const points = row.geometry?.type === 'point' ? [[row.geometry.x, row.geometry.y]] : row.geometry?.type === 'line' ? row.geometry.points : [];
    for (const [x, y] of points) {
      if (Math.abs(x) > 180 || Math.abs(y) > 90) return false;
      any = true;
    }
  }
  return any;
}
