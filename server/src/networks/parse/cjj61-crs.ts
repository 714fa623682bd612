import type { Cjj61DeclaredCrs } from './cjj61-table.ts';

// Chinese survey shapefiles usually come with an ESRI .prj that names the CRS without an EPSG
// code, e.g. PROJCS["CGCS2000_3_Degree_GK_CM_120E", ...]. The CGCS2000 3-degree Gauss-Krüger
// family is numbered regularly in the EPSG register (checked against published EPSG entries:
// 4528 zone 40, 4540 CM 93E, 4545 CM 108E, 4551 CM 126E), so those names map to codes; anything
// else keeps its name in the note and gives no code. Nothing is reprojected.

/** The EPSG code of a CGCS2000 3-degree Gauss-Krüger name (ESRI or EPSG spelling), or null. */
export function cgcs2000GaussKrugerEpsg(name: string): string | null {
  const text = name.replace(/[_\s]+/g, ' ');
  if (!/CGCS\s*2000/i.test(text) || !/3[ -]Degree/i.test(text)) return null;
  const cm = /CM\s*(\d{2,3})\s*E/i.exec(text);
  if (cm) {
    const meridian = Number(cm[1]);
    if (meridian >= 75 && meridian <= 135 && meridian % 3 === 0) return `EPSG:${4534 + (meridian - 75) / 3}`;
  }
  const zone = /Zone\s*(\d{2})/i.exec(text);
  if (zone) {
    const number = Number(zone[1]);
    if (number >= 25 && number <= 45) return `EPSG:${4513 + number - 25}`;
  }
  return null;
}

/** The coordinate unit of the CRSs this reader can name: degrees for 4326/4490, metres for CGCS2000 Gauss-Krüger and UTM. */
export function unitsOfCrs(crs: string | null): 'm' | 'deg' | null {
  const code = Number(/^EPSG:(\d+)$/.exec(crs ?? '')?.[1]);
  if (code === 4326 || code === 4490) return 'deg';
  if ((code >= 4513 && code <= 4554) || (code >= 32601 && code <= 32660) || (code >= 32701 && code <= 32760)) return 'm';
  return null;
}

/** What a .prj says: an EPSG code (AUTHORITY, or a known CGCS2000 name), the unit, and the name. */
export function readPrj(prj: string): Cjj61DeclaredCrs {
  const projected = /^\s*PROJCS\s*\[\s*"([^"]*)"/i.exec(prj);
  const geographic = /^\s*GEOGCS\s*\[\s*"([^"]*)"/i.exec(prj);
  const name = projected?.[1] ?? geographic?.[1] ?? null;
  const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(prj.trim());
  let crs = authority ? `EPSG:${authority[1]}` : name ? cgcs2000GaussKrugerEpsg(name) : null;
  if (!crs && geographic && /GCS[ _]China[ _]Geodetic[ _]Coordinate[ _]System[ _]2000|China Geodetic Coordinate System 2000/i.test(name ?? '')) crs = 'EPSG:4490';
  if (!crs && geographic && /^GCS[ _]WGS[ _]1984$|^WGS 84$/i.test(name ?? '')) crs = 'EPSG:4326';
  let units: Cjj61DeclaredCrs['units'] = null;
  if (geographic) units = 'deg';
  else if (projected) {
    // The projected unit is the last UNIT of the PROJCS (the GEOGCS one comes first).
    const unitNames = [...prj.matchAll(/UNIT\s*\[\s*"([^"]+)"/gi)].map((match) => match[1].toLowerCase());
    const last = unitNames.at(-1) ?? '';
    units = /foot|feet/.test(last) ? 'ft' : /met/.test(last) ? 'm' : null;
  }
  return { crs, units, note: name === null ? 'a .prj without PROJCS or GEOGCS' : `.prj ${projected ? 'PROJCS' : 'GEOGCS'} "${name}"` };
}

/** What a GeoJSON `crs` member (GeoJSON 2008) says; absent means RFC 7946 longitude/latitude. */
export function readGeoJsonCrs(member: unknown): Cjj61DeclaredCrs {
  if (member === undefined || member === null) return { crs: null, units: null, note: null };
  const name = (member as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') return { crs: null, units: null, note: 'a crs member without properties.name' };
  if (/CRS84$/i.test(name)) return { crs: 'EPSG:4326', units: 'deg', note: `crs "${name}"` };
  const epsg = /EPSG:+(?:[\d.]*:)?(\d{4,6})$/i.exec(name);
  const crs = epsg ? `EPSG:${epsg[1]}` : cgcs2000GaussKrugerEpsg(name);
  return { crs, units: unitsOfCrs(crs), note: `crs "${name}"` };
}
