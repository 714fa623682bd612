import type { Knex } from 'knex';
import type { Network, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import type { WorkCrs } from './work-crs.ts';

/** What goes beside the network's elements in its `networks` row. */
export interface StoredNetworkInfo {
  id: string;
  name: string;
  sourceCrs: string | null;
  qaReport: unknown;
  importReport: Record<string, unknown>;
}

/** Counts of a stored network, as its row keeps them. */
export interface NetworkCounts {
  nodesByKind: Record<string, number>;
  linksByKind: Record<string, number>;
  linksByPipeType: Record<string, number>;
  /** Drawn length of the segments in metres, by pipe type ('none' when unknown). */
  lengthByPipeType: Record<string, number>;
}

/** Rows per insert statement: one JSON parameter each, unpacked in SQL. */
const BATCH = 5000;

/**
 * Stores a network, already in its working CRS, replacing any network with the same id, in one
 * transaction: either the whole network with its topology is there afterwards, or what was
 * there before. Returns the row ids of nodes and links by their ids.
 */
export async function storeNetwork(knex: Knex, network: Network, work: WorkCrs, info: StoredNetworkInfo): Promise<{ nodeRows: Map<string, number>; linkRows: Map<string, number>; contentVersion: number }> {
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const counts = countNetwork(network, nodes);
  const pipeTypes = new Set(network.links.map((link) => link.pipeType));
  const extent = extentOf(network, work);
  return knex.transaction(async (trx) => {
    const previous = await trx('networks').where({ id: info.id }).first('content_version');
    await trx('networks').where({ id: info.id }).delete();
    const contentVersion = (previous?.content_version ?? 0) + 1;
    await trx('networks').insert({
      id: info.id,
      name: info.name,
      pipe_type: pipeTypes.size === 1 ? [...pipeTypes][0] : null,
      source_format: network.sourceFormat,
      source_crs: info.sourceCrs,
      work_srid: work.srid,
      units: JSON.stringify(network.units),
      node_count: network.nodes.length,
      link_count: network.links.length,
      counts: JSON.stringify(counts),
      qa_report: JSON.stringify(info.qaReport),
      import_report: JSON.stringify(info.importReport),
      content_version: contentVersion,
      extent: extent ? trx.raw('ST_MakeEnvelope(?, ?, ?, ?, 4326)', extent) : null,
    });
    const nodeRows = new Map<string, number>();
    for (let start = 0; start < network.nodes.length; start += BATCH) {
      const batch = network.nodes.slice(start, start + BATCH).map((node) => nodeRecord(node, work));
      const result = await trx.raw(
        `INSERT INTO network_nodes (network_id, node_id, kind, point_number, feature_code, pipe_type, pipe_subtype, feature, attachment,
           elevation, ground_elevation, invert_elevation, depth, demand, status, attributes, geom, work_geom)
         SELECT ?, e->>'id', e->>'kind', e->>'pointNumber', e->>'featureCode', e->>'pipeType', e->>'pipeSubtype', e->>'feature', e->>'attachment',
           (e->>'elevation')::float8, (e->>'groundElevation')::float8, (e->>'invertElevation')::float8, (e->>'depth')::float8, (e->>'demand')::float8,
           e->>'status', e->'attributes',
           CASE WHEN e \\? 'lon' THEN ST_SetSRID(ST_MakePoint((e->>'lon')::float8, (e->>'lat')::float8), 4326) END,
           CASE WHEN e \\? 'x' THEN ST_SetSRID(ST_MakePoint((e->>'x')::float8, (e->>'y')::float8), ?::int) END
         FROM jsonb_array_elements(?::jsonb) AS e
         RETURNING id, node_id`,
        [info.id, work.srid, JSON.stringify(batch)],
      );
      for (const row of result.rows as Array<{ id: string | number; node_id: string }>) nodeRows.set(row.node_id, Number(row.id));
    }
    const linkRows = new Map<string, number>();
    for (let start = 0; start < network.links.length; start += BATCH) {
      const batch = network.links.slice(start, start + BATCH).map((link) => linkRecord(link, nodes, nodeRows, work));
      const result = await trx.raw(
        `INSERT INTO network_links (network_id, link_id, kind, from_node, to_node, length, diameter, width, height, shape, material, roughness,
           status, flow_direction, valve_type, start_invert_elevation, end_invert_elevation, start_depth, end_depth,
           pipe_type, pipe_subtype, burial_method, pressure_class, year_built, owner, attributes, geom, work_geom)
         SELECT ?, e->>'id', e->>'kind', (e->>'fromRow')::bigint, (e->>'toRow')::bigint, (e->>'length')::float8, (e->>'diameter')::float8,
           (e->>'width')::float8, (e->>'height')::float8, e->>'shape', e->>'material', (e->>'roughness')::float8,
           e->>'status', e->>'flowDirection', e->>'valveType', (e->>'startInvertElevation')::float8, (e->>'endInvertElevation')::float8,
           (e->>'startDepth')::float8, (e->>'endDepth')::float8, e->>'pipeType', e->>'pipeSubtype', e->>'burialMethod', e->>'pressureClass',
           (e->>'yearBuilt')::int, e->>'owner', e->'attributes',
           CASE WHEN e \\? 'wgs84' THEN ST_SetSRID(ST_GeomFromText(e->>'wgs84'), 4326) END,
           CASE WHEN e \\? 'work' THEN ST_SetSRID(ST_GeomFromText(e->>'work'), ?::int) END
         FROM jsonb_array_elements(?::jsonb) AS e
         RETURNING id, link_id`,
        [info.id, work.srid, JSON.stringify(batch)],
      );
      for (const row of result.rows as Array<{ id: string | number; link_id: string }>) linkRows.set(row.link_id, Number(row.id));
    }
    return { nodeRows, linkRows, contentVersion };
  });
}

function nodeRecord(node: NetworkNode, work: WorkCrs): Record<string, unknown> {
  const { x, y, ...fields } = node;
  const record: Record<string, unknown> = { ...fields };
  if (x !== null && y !== null) {
    Object.assign(record, { x, y });
    if (work.toWgs84) {
      const [lon, lat] = work.toWgs84([x, y]);
      Object.assign(record, { lon, lat });
    }
  }
  return record;
}

function linkRecord(link: NetworkLink, nodes: Map<string, NetworkNode>, nodeRows: Map<string, number>, work: WorkCrs): Record<string, unknown> {
  const { vertices: _vertices, from, to, ...fields } = link;
  const record: Record<string, unknown> = { ...fields, fromRow: nodeRows.get(from), toRow: nodeRows.get(to) };
  const points = linkPoints(link, nodes);
  if (points) {
    record.work = wkt(points);
    if (work.toWgs84) record.wgs84 = wkt(points.map((p) => work.toWgs84!(p)));
  }
  return record;
}

/** A link's drawn points (end nodes and vertices), or undefined when an end has no coordinates. */
export function linkPoints(link: NetworkLink, nodes: Map<string, NetworkNode>): Array<[number, number]> | undefined {
  const from = nodes.get(link.from);
  const to = nodes.get(link.to);
  if (!from || !to || from.x === null || from.y === null || to.x === null || to.y === null) return undefined;
  return [[from.x, from.y], ...link.vertices, [to.x, to.y]];
}

function wkt(points: Array<[number, number]>): string {
  // A line needs two distinct points; a zero-length link keeps its place as a degenerate line.
  return `LINESTRING(${points.map(([x, y]) => `${x} ${y}`).join(',')})`;
}

function countNetwork(network: Network, nodes: Map<string, NetworkNode>): NetworkCounts {
  const counts: NetworkCounts = { nodesByKind: {}, linksByKind: {}, linksByPipeType: {}, lengthByPipeType: {} };
  const add = (record: Record<string, number>, key: string, value = 1) => (record[key] = (record[key] ?? 0) + value);
  for (const node of network.nodes) add(counts.nodesByKind, node.kind);
  for (const link of network.links) {
    add(counts.linksByKind, link.kind);
    const type = link.pipeType ?? 'none';
    add(counts.linksByPipeType, type);
    const points = linkPoints(link, nodes);
    let length = 0;
    if (points) for (let i = 1; i < points.length; i++) length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
    else length = link.length ?? 0;
    add(counts.lengthByPipeType, type, length);
  }
  for (const type of Object.keys(counts.lengthByPipeType)) counts.lengthByPipeType[type] = Math.round(counts.lengthByPipeType[type] * 10) / 10;
  return counts;
}

function extentOf(network: Network, work: WorkCrs): [number, number, number, number] | undefined {
  if (!work.toWgs84) return undefined;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of network.nodes) {
    if (node.x === null || node.y === null) continue;
    const [lon, lat] = work.toWgs84([node.x, node.y]);
    minX = Math.min(minX, lon);
    minY = Math.min(minY, lat);
    maxX = Math.max(maxX, lon);
    maxY = Math.max(maxY, lat);
  }
  return minX === Infinity ? undefined : [minX, minY, maxX, maxY];
}
