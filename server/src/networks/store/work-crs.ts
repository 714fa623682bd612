import type { Knex } from 'knex';
import proj4 from 'proj4';
import { DataError, type Network } from '@cimtwin/schemas';
import { parseCrs } from '../../import/resolve-crs.ts';

const WGS84 = 'EPSG:4326';

/**
 * The metric CRS a network is measured in, and the ways there and on to WGS 84. A projected
 * source CRS in metres is kept (a CJJ 61 survey in CGCS2000 Gauss-Krüger stays in it); a
 * source in feet (US State Plane) or in degrees is moved to the UTM zone of its centre, so
 * clearances and depths compare in metres. A network without a CRS keeps its local
 * coordinates (srid 0) and has no place in the city.
 */
export interface WorkCrs {
  /** EPSG code of the working CRS; 0 for local coordinates. */
  srid: number;
  /** Source coordinates to working coordinates. */
  toWork: (xy: [number, number]) => [number, number];
  /** Working coordinates to longitude/latitude; undefined for local coordinates. */
  toWgs84: ((xy: [number, number]) => [number, number]) | undefined;
}

/** proj4 text of an EPSG code as PostGIS knows it. */
export async function proj4Definition(knex: Knex, epsg: number): Promise<string> {
  const row = await knex('spatial_ref_sys').where({ auth_name: 'EPSG', auth_srid: epsg }).first('proj4text');
  const text = row?.proj4text?.trim();
  if (!text) throw new DataError(`network import: EPSG:${epsg} is not a coordinate reference system PostGIS knows; check the code`);
  return text;
}

/** True when a proj4 definition is projected in metres. */
export function isMetricProjected(definition: string): boolean {
  if (/\+proj=(longlat|latlong|lonlat|latlon|geocent)\b/.test(definition)) return false;
  const units = /\+units=(\S+)/.exec(definition)?.[1];
  const toMeter = /\+to_meter=(\S+)/.exec(definition)?.[1];
  if (toMeter !== undefined) return Math.abs(Number(toMeter) - 1) < 1e-12;
  return units === undefined || units === 'm';
}

/** UTM zone (WGS 84, EPSG 326xx / 327xx) of a longitude/latitude. */
export function utmEpsg(lon: number, lat: number): number {
  const zone = Math.min(60, Math.max(1, Math.floor((lon + 180) / 6) + 1));
  return (lat >= 0 ? 32600 : 32700) + zone;
}

/** Chooses the working CRS of a network whose coordinates are in `network.crs`. */
export async function chooseWorkCrs(knex: Knex, network: Network): Promise<WorkCrs> {
  if (network.crs === null) return { srid: 0, toWork: (xy) => xy, toWgs84: undefined };
  const sourceEpsg = parseCrs(network.crs);
  const sourceDefinition = await proj4Definition(knex, sourceEpsg);
  if (isMetricProjected(sourceDefinition)) {
    const toWgs84 = proj4(sourceDefinition, WGS84);
    return { srid: sourceEpsg, toWork: (xy) => xy, toWgs84: (xy) => toWgs84.forward(xy) };
  }
  const sourceToWgs84 = proj4(sourceDefinition, WGS84);
  const centre = networkCentre(network);
  if (!centre) return { srid: sourceEpsg, toWork: (xy) => xy, toWgs84: (xy) => sourceToWgs84.forward(xy) };
  const [lon, lat] = sourceToWgs84.forward(centre);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 84) {
    throw new DataError(`network import: the network's centre (${centre.join(', ')}) in ${network.crs} is not a place on earth UTM covers; check --crs`);
  }
  const workEpsg = utmEpsg(lon, lat);
  const workDefinition = await proj4Definition(knex, workEpsg);
  const sourceToWork = proj4(sourceDefinition, workDefinition);
  const workToWgs84 = proj4(workDefinition, WGS84);
  return { srid: workEpsg, toWork: (xy) => sourceToWork.forward(xy), toWgs84: (xy) => workToWgs84.forward(xy) };
}

/** Centre of the node coordinates' bounding box, or undefined when no node has coordinates. */
function networkCentre(network: Network): [number, number] | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of network.nodes) {
    if (node.x === null || node.y === null) continue;
    minX = Math.min(minX, node.x);
    minY = Math.min(minY, node.y);
    maxX = Math.max(maxX, node.x);
    maxY = Math.max(maxY, node.y);
  }
  return minX === Infinity ? undefined : [(minX + maxX) / 2, (minY + maxY) / 2];
}

/**
 * The network moved to its working CRS: coordinates and vertices re-projected, lengths of the
 * source kept (they are model lengths). Returns a new network; the input is not changed.
 */
export function toWorkCoordinates(network: Network, work: WorkCrs, workCrsName: string | null): Network {
  const move = (x: number, y: number): [number, number] => work.toWork([x, y]);
  return {
    ...network,
    crs: workCrsName,
    nodes: network.nodes.map((node) => {
      if (node.x === null || node.y === null) return node;
      const [x, y] = move(node.x, node.y);
      return { ...node, x, y };
    }),
    links: network.links.map((link) => (link.vertices.length === 0 ? link : { ...link, vertices: link.vertices.map(([x, y]) => move(x, y)) })),
  };
}
