/**
 * Resolves where a model's coordinates (metres) lie on Earth, in this order:
 *  1. a user placement when it is asked to override the file,
 *  2. IfcMapConversion + IfcProjectedCRS (IFC4+): a similarity transform into the projected CRS,
 *     then proj4 to longitude/latitude,
 *  3. IfcSite RefLatitude/RefLongitude/RefElevation with the context's TrueNorth,
 *  4. a user placement given as a fallback.
 * Cases 3 and 4 place the model on a local transverse Mercator plane centred on the origin, which
 * is exact to millimetres over a building's extent; a plain metres-per-degree approximation was
 * rejected because it drifts by decimetres a few hundred metres out.
 *
 * IfcMapConversion.Scale is used inconsistently by exporters: IFC 4.3 defines it as map units per
 * model unit, others write a pure distortion factor, others its inverse (model units per map
 * unit). The reading that gives a combined factor near 1 (0.9..1.1) wins.
 */
import proj4 from 'proj4';
import { DataError } from '@cimtwin/schemas';
import { compoundPlaneAngleToDegrees } from './compound-plane-angle.ts';
import type { IfcGeoreferenceInput } from './ifc-records.ts';

/** A placement given by the user, e.g. from `--origin lon,lat,height --rotation deg`. */
export interface UserPlacement {
  /** Longitude, latitude (degrees, WGS84) and ellipsoidal height (m) of the model origin. */
  origin: [number, number, number];
  /** Counter-clockwise angle from east to the model +X axis, degrees. */
  rotationDeg: number;
}

/** Options for {@link resolveGeoreference}. */
export interface ResolveGeoreferenceOptions {
  /** proj4 definition of an EPSG code, e.g. PostGIS `spatial_ref_sys.proj4text`. */
  crsDefinition: (epsg: number) => Promise<string | undefined>;
  userPlacement?: UserPlacement;
  /** Use `userPlacement` even when the file is georeferenced. */
  overrideFile?: boolean;
}

/** Where the model sits; `toGeographic` maps model metres to `[lon, lat, height]`. */
export interface Georeference {
  method: 'map-conversion' | 'site-reference' | 'user';
  crs?: string;
  origin: { lon: number; lat: number; height: number };
  /** Counter-clockwise angle from east (grid east for map conversions) to model +X, degrees. */
  rotationDeg: number;
  /** Map metres per model metre actually used (map conversion only). */
  scale?: number;
  warnings: string[];
  toGeographic(x: number, y: number, z: number): [number, number, number];
}

const WGS84 = 'EPSG:4326';

/** Resolves the georeference of a model; DataError when there is none and no user placement. */
export async function resolveGeoreference(input: IfcGeoreferenceInput, options: ResolveGeoreferenceOptions): Promise<Georeference> {
  const { userPlacement } = options;
  if (userPlacement && options.overrideFile) return placeByUser(userPlacement);
  if (input.mapConversion) return placeByMapConversion(input, options);
  const site = placeBySite(input);
  if (site) return site;
  if (userPlacement) return placeByUser(userPlacement);
  throw new DataError(
    'ifc-import: the model has no georeference (no IfcMapConversion, no IfcSite RefLatitude/RefLongitude); ' +
      'pass --origin lon,lat,height (and --rotation degrees) to place it',
  );
}

/** Local transverse Mercator placement around a geographic origin, rotated by `rotationDeg`. */
function localPlacement(method: 'site-reference' | 'user', lon: number, lat: number, height: number, rotationDeg: number): Georeference {
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && Number.isFinite(height))) {
    throw new DataError(`ifc-import: origin (${lon}, ${lat}, ${height}) is not longitude, latitude, height in degrees and metres`);
  }
  const local = proj4(`+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`, WGS84);
  const cos = Math.cos((rotationDeg * Math.PI) / 180);
  const sin = Math.sin((rotationDeg * Math.PI) / 180);
  return {
    method,
    origin: { lon, lat, height },
    rotationDeg,
    warnings: [],
    toGeographic(x, y, z) {
      const [outLon, outLat] = local.forward([cos * x - sin * y, sin * x + cos * y]);
      return [outLon, outLat, height + z];
    },
  };
}

function placeByUser(placement: UserPlacement): Georeference {
  const [lon, lat, height] = placement.origin;
  return localPlacement('user', lon, lat, height, placement.rotationDeg);
}

/** Model +X angle from east, degrees, given TrueNorth in model XY. */
export function rotationFromTrueNorth(trueNorth: [number, number] | undefined): number {
  if (!trueNorth || (trueNorth[0] === 0 && trueNorth[1] === 0)) return 0;
  const deg = 90 - (Math.atan2(trueNorth[1], trueNorth[0]) * 180) / Math.PI;
  return ((deg + 540) % 360) - 180;
}

function placeBySite(input: IfcGeoreferenceInput): Georeference | null {
  const site = input.site;
  if (!site?.refLatitude || !site.refLongitude) return null;
  const lat = compoundPlaneAngleToDegrees(site.refLatitude, 'IfcSite.RefLatitude');
  const lon = compoundPlaneAngleToDegrees(site.refLongitude, 'IfcSite.RefLongitude');
  if (lat === 0 && lon === 0) return null;
  const height = (site.refElevation ?? 0) * input.lengthUnitScale;
  return localPlacement('site-reference', lon, lat, height, rotationFromTrueNorth(input.trueNorth));
}

/** EPSG code from `EPSG:25832`, `urn:ogc:def:crs:EPSG::25832` or a bare number; null otherwise. */
export function parseEpsgName(name: string | null): number | null {
  if (!name) return null;
  const match = /^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/\d+\/)?(\d{4,6})$/i.exec(name.trim());
  return match ? Number(match[1]) : null;
}

async function placeByMapConversion(input: IfcGeoreferenceInput, options: ResolveGeoreferenceOptions): Promise<Georeference> {
  const map = input.mapConversion!;
  const warnings: string[] = [];
  const epsg = parseEpsgName(map.crsName);
  if (epsg === null) {
    throw new DataError(`ifc-import: IfcProjectedCRS name '${map.crsName ?? ''}' is not an EPSG code; write it as EPSG:n, or pass --origin to place the model`);
  }
  const definition = await options.crsDefinition(epsg);
  if (!definition) throw new DataError(`ifc-import: IfcMapConversion refers to EPSG:${epsg}, which is unknown; check the code or pass --origin`);
  let projection: proj4.Converter;
  try {
    projection = proj4(definition, WGS84);
  } catch (error) {
    throw new DataError(`ifc-import: the definition of EPSG:${epsg} cannot be used (${(error as Error).message})`, { cause: error });
  }
  const mapUnit = map.mapUnitScale ?? 1;
  if (map.mapUnitScale === null) warnings.push('IfcProjectedCRS has no MapUnit; metres assumed');
  const scale = chooseScale(map.scale, input.lengthUnitScale, mapUnit, warnings);
  let a = map.xAxisAbscissa ?? 1;
  let b = map.xAxisOrdinate ?? 0;
  const norm = Math.hypot(a, b);
  if (norm === 0) throw new DataError('ifc-import: IfcMapConversion XAxisAbscissa and XAxisOrdinate are both 0; fix the rotation in the file');
  a /= norm;
  b /= norm;
  const perMetre = scale / mapUnit;
  const toGeographic = (x: number, y: number, z: number): [number, number, number] => {
    const e = map.eastings + perMetre * (a * x - b * y);
    const n = map.northings + perMetre * (b * x + a * y);
    const [lon, lat] = projection.forward([e, n]);
    return [lon, lat, map.orthogonalHeight * mapUnit + z];
  };
  const [lon, lat, height] = toGeographic(0, 0, 0);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new DataError(`ifc-import: IfcMapConversion (${map.eastings}, ${map.northings}) does not lie in EPSG:${epsg}; check the eastings, northings and CRS`);
  }
  return { method: 'map-conversion', crs: `EPSG:${epsg}`, origin: { lon, lat, height }, rotationDeg: (Math.atan2(b, a) * 180) / Math.PI, scale, warnings, toGeographic };
}

/** Map metres per model metre from IfcMapConversion.Scale, under the readings exporters use. */
export function chooseScale(fileScale: number | null, lengthUnitScale: number, mapUnitScale: number, warnings: string[] = []): number {
  const s = fileScale ?? 1;
  const unitRatio = mapUnitScale / lengthUnitScale;
  const readings: Array<[number, string]> = [
    [s * unitRatio, 'map units per model unit (IFC 4.3)'],
    [s, 'a distortion factor with units converted implicitly'],
    [unitRatio / s, 'model units per map unit'],
  ];
  for (const [index, [factor, meaning]] of readings.entries()) {
    if (factor > 0.9 && factor < 1.1) {
      if (index > 0 && fileScale !== null) warnings.push(`IfcMapConversion.Scale ${fileScale} read as ${meaning}`);
      return factor;
    }
  }
  warnings.push(`IfcMapConversion.Scale ${fileScale} fits no known reading; 1 used`);
  return 1;
}
