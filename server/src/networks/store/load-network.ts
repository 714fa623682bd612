import type { Knex } from 'knex';
import { HttpError } from '../../api/problem.ts';
import type { Network, NetworkLink, NetworkNode, NetworkUnits } from '@cimtwin/schemas';
import type { NetworkCounts } from './store-network.ts';

/** A network's row, as the API lists it. */
export interface NetworkInfo {
  id: string;
  name: string;
  pipeType: string | null;
  sourceFormat: Network['sourceFormat'];
  sourceCrs: string | null;
  workSrid: number;
  units: NetworkUnits;
  nodeCount: number;
  linkCount: number;
  counts: NetworkCounts;
  /** lon/lat extent, or null for a network with local coordinates. */
  extent: [number, number, number, number] | null;
  contentVersion: number;
  createdAt: string;
  updatedAt: string;
}

/** A stored network read back in its working CRS, with the row ids of its elements. */
export interface LoadedNetwork {
  info: NetworkInfo;
  network: Network;
  nodeRows: Map<string, number>;
  linkRows: Map<string, number>;
}

const INFO_COLUMNS = `id, name, pipe_type, source_format, source_crs, work_srid, units, node_count, link_count, counts, content_version, created_at, updated_at,
  CASE WHEN extent IS NULL THEN NULL ELSE json_build_array(ST_XMin(extent), ST_YMin(extent), ST_XMax(extent), ST_YMax(extent)) END AS extent`;

function infoOf(row: Record<string, any>): NetworkInfo {
  const extent = typeof row.extent === 'string' ? JSON.parse(row.extent) : row.extent;
  return {
    id: row.id,
    name: row.name,
    pipeType: row.pipe_type,
    sourceFormat: row.source_format,
    sourceCrs: row.source_crs,
    workSrid: row.work_srid,
    units: row.units,
    nodeCount: row.node_count,
    linkCount: row.link_count,
    counts: row.counts,
    extent,
    contentVersion: row.content_version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Every stored network's row, by name. */
export async function listNetworks(knex: Knex): Promise<NetworkInfo[]> {
  const result = await knex.raw(`SELECT ${INFO_COLUMNS} FROM networks ORDER BY name, id`);
  return (result.rows as Array<Record<string, unknown>>).map(infoOf);
}

/** One network's row; a 404 HttpError when there is none. */
export async function getNetworkInfo(knex: Knex, id: string): Promise<NetworkInfo> {
  const result = await knex.raw(`SELECT ${INFO_COLUMNS} FROM networks WHERE id = ?`, [id]);
  const row = result.rows[0];
  if (!row) throw new HttpError(404, `no network ${id}; GET /api/networks lists them`);
  return infoOf(row);
}

/** Reads a whole network back from the database, coordinates in its working CRS. */
export async function loadNetwork(knex: Knex, id: string): Promise<LoadedNetwork> {
  const info = await getNetworkInfo(knex, id);
  const nodeResult = await knex.raw(
    `SELECT id, node_id, kind, point_number, feature_code, pipe_type, pipe_subtype, feature, attachment, elevation, ground_elevation,
       invert_elevation, depth, demand, status, attributes, ST_X(work_geom) AS x, ST_Y(work_geom) AS y
     FROM network_nodes WHERE network_id = ? ORDER BY id`,
    [id],
  );
  const nodeRows = new Map<string, number>();
  const nodeIds = new Map<number, string>();
  const nodes: NetworkNode[] = (nodeResult.rows as Array<Record<string, any>>).map((row) => {
    nodeRows.set(row.node_id, Number(row.id));
    nodeIds.set(Number(row.id), row.node_id);
    return {
      id: row.node_id,
      kind: row.kind,
      x: row.x,
      y: row.y,
      elevation: row.elevation,
      groundElevation: row.ground_elevation,
      invertElevation: row.invert_elevation,
      depth: row.depth,
      demand: row.demand,
      status: row.status,
      pointNumber: row.point_number,
      featureCode: row.feature_code,
      pipeType: row.pipe_type,
      pipeSubtype: row.pipe_subtype,
      feature: row.feature,
      attachment: row.attachment,
      attributes: row.attributes,
    };
  });
  const linkResult = await knex.raw(
    `SELECT id, link_id, kind, from_node, to_node, length, diameter, width, height, shape, material, roughness, status, flow_direction,
       valve_type, start_invert_elevation, end_invert_elevation, start_depth, end_depth, pipe_type, pipe_subtype, burial_method,
       pressure_class, year_built, owner, attributes,
       CASE WHEN ST_NPoints(work_geom) > 2 THEN ST_AsGeoJSON(work_geom) END AS line
     FROM network_links WHERE network_id = ? ORDER BY id`,
    [id],
  );
  const linkRows = new Map<string, number>();
  const links: NetworkLink[] = (linkResult.rows as Array<Record<string, any>>).map((row) => {
    linkRows.set(row.link_id, Number(row.id));
    const coordinates: Array<[number, number]> = row.line ? JSON.parse(row.line).coordinates : [];
    return {
      id: row.link_id,
      kind: row.kind,
      from: nodeIds.get(Number(row.from_node))!,
      to: nodeIds.get(Number(row.to_node))!,
      length: row.length,
      diameter: row.diameter,
      width: row.width,
      height: row.height,
      shape: row.shape,
      material: row.material,
      roughness: row.roughness,
      status: row.status,
      flowDirection: row.flow_direction,
      valveType: row.valve_type,
      startInvertElevation: row.start_invert_elevation,
      endInvertElevation: row.end_invert_elevation,
      startDepth: row.start_depth,
      endDepth: row.end_depth,
      pipeType: row.pipe_type,
      pipeSubtype: row.pipe_subtype,
      burialMethod: row.burial_method,
      pressureClass: row.pressure_class,
      yearBuilt: row.year_built,
      owner: row.owner,
      vertices: coordinates.slice(1, -1).map(([x, y]) => [x, y] as [number, number]),
      attributes: row.attributes,
    };
  });
  const network: Network = {
    name: info.name,
    sourceFormat: info.sourceFormat,
    units: info.units,
    crs: info.workSrid === 0 ? null : `EPSG:${info.workSrid}`,
    nodes,
    links,
    warnings: [],
  };
  return { info, network, nodeRows, linkRows };
}
