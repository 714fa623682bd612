import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';

/** Geographic CRSs stored as they come: WGS84 and CGCS2000 differ by centimetres. */
const GEOGRAPHIC_EPSG = new Set([4326, 4490, 4610, 4214]);

/** Reads `EPSG:4547`, `epsg:4547`, `4547` or an OGC URN into an EPSG code. */
export function parseCrs(text: string): number {
  const match = /^(?:(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\d.]*:))?(\d{4,6})$/i.exec(text.trim());
  if (!match) throw new DataError(`import: cannot read CRS "${text}"; write it as EPSG:n, e.g. EPSG:4547`);
  return Number(match[1]);
}

/** Checks that PostGIS knows the CRS (its spatial_ref_sys); returns the code. */
export async function requireKnownCrs(knex: Knex, epsg: number): Promise<number> {
  const row = await knex('spatial_ref_sys').where({ auth_name: 'EPSG', auth_srid: epsg }).first('srid');
  if (!row) throw new DataError(`import: EPSG:${epsg} is not a coordinate reference system PostGIS knows; check the code`);
  return Number(row.srid);
}

/** True when coordinates in this CRS are longitude/latitude degrees. */
export function isGeographic(epsg: number): boolean {
  return GEOGRAPHIC_EPSG.has(epsg);
}

/**
 * Guards against the commonest import mistake: projected metres read as degrees, or degrees
 * declared as a projected CRS.
 */
export function checkCoordinateRange(range: [number, number, number, number], epsg: number, file: string): void {
  const [minX, minY, maxX, maxY] = range;
  const looksGeographic = minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
  if (isGeographic(epsg) && !looksGeographic) {
    throw new DataError(
      `import: ${file}: coordinates reach (${maxX.toFixed(1)}, ${maxY.toFixed(1)}), which is not longitude/latitude; ` +
        `the file is projected: give its CRS with --crs EPSG:n (e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger CM 114E)`,
    );
  }
  if (!isGeographic(epsg) && looksGeographic && Math.abs(maxX - minX) < 10 && Math.abs(maxX) > 1 && Math.abs(maxY) > 1) {
    throw new DataError(
      `import: ${file}: coordinates look like longitude/latitude degrees but the CRS is EPSG:${epsg}; drop --crs or give EPSG:4326`,
    );
  }
}
