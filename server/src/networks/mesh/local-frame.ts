/**
 * The model frame of a pipe network's tileset: east, north, up metres tangent to the WGS84
 * ellipsoid at the network's centre, and the column-major matrix that takes it to ECEF (the
 * tileset root transform).
 *
 * A network point goes projected CRS → longitude/latitude (proj4, which also turns feet into
 * metres) → ECEF → ENU exactly, so a district's pipes keep their true lengths and sit where the
 * curved earth puts them (about 0.7 m below the tangent plane 3 km out). Fitting one affine map
 * to the projection at the centre (as BIM models do, model-to-ecef.ts) was rejected here: it is
 * exact to millimetres over a building, but grid scale and convergence drift by decimetres over a
 * city's network.
 */
import proj4 from 'proj4';
import { DataError } from '@cimtwin/schemas';
import { createEnuFrame, enuToEcefTransform, lonLatToEnu } from '@cimtwin/tiler';
import type { ToLocal } from './pipe-mesh-options.ts';

/** A network's model frame. */
export interface LocalFrame {
  /** Network point (x, y in the CRS, z elevation in metres) to east, north, up metres. */
  toLocal: ToLocal;
  /** Column-major 4x4 from the model frame to ECEF, for `tileMeshes`. */
  modelToEcef: number[];
  /** Where the model origin is: degrees and metres above the ellipsoid. */
  origin: { longitude: number; latitude: number; height: number };
}

const WGS84 = 'EPSG:4326';

/**
 * The model frame at `centre` of a network in `crs` (a proj4 definition, e.g. PostGIS
 * `spatial_ref_sys.proj4text`, or a name proj4 knows). `centre` is x, y in the CRS and
 * optionally the elevation (m) the origin sits at (default 0); `heightOffset` is the height
 * above the ellipsoid of elevation 0 (the geoid undulation of the height datum, m).
 */
export function localFrame(crs: string, centre: readonly [number, number] | readonly [number, number, number], heightOffset = 0): LocalFrame {
  let converter: proj4.Converter;
  try {
    converter = proj4(crs, WGS84);
  } catch (error) {
    throw new DataError(`pipe-mesh: the CRS "${crs}" is unknown to proj4 or cannot be used; pass its proj4 definition (e.g. spatial_ref_sys.proj4text)`, { cause: error });
  }
  const [longitude, latitude] = converter.forward([centre[0], centre[1]]);
  if (!(Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90)) {
    throw new DataError(`pipe-mesh: the network centre (${centre[0]}, ${centre[1]}) does not lie in the CRS "${crs}"; check the CRS of the network`);
  }
  const height = (centre[2] ?? 0) + heightOffset;
  const frame = createEnuFrame(longitude, latitude, height);
  const toLocal: ToLocal = (x, y, z) => {
    const [lon, lat] = converter.forward([x, y]);
    const out = lonLatToEnu(frame, lon, lat, z + heightOffset, [0, 0, 0]) as number[];
    return [out[0], out[1], out[2]];
  };
  return { toLocal, modelToEcef: enuToEcefTransform(longitude, latitude, height), origin: { longitude, latitude, height } };
}

/** Centre of the plan box of a placed network's nodes and axes, x and y in its CRS. */
export function networkPlanCentre(placed: { nodes: ReadonlyArray<{ x: number; y: number }>; links: ReadonlyArray<{ axis: ReadonlyArray<readonly number[]> }> }): [number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const include = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const node of placed.nodes) include(node.x, node.y);
  for (const link of placed.links) for (const point of link.axis) include(point[0], point[1]);
  if (minX === Infinity) throw new DataError('pipe-mesh: the network has no placed node or link; nothing to centre on');
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}
