import type { Knex } from 'knex';
import { NODE_FEATURE_ID_OFFSET } from '../tile-network.ts';

/** An element of an analysis result and what it is in that result, e.g. `valve-to-close`. */
export interface ResultElement {
  id: string;
  role: string;
}

/** A GeoJSON feature of a network element, in WGS 84. */
export interface NetworkFeature {
  type: 'Feature';
  id: number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

/**
 * GeoJSON of the given links and nodes of a network, in WGS 84, each feature carrying its
 * element id, its database row id (the feature id of the network's 3D Tiles) and its role in
 * the result. Elements of a network without a CRS have null geometry.
 */
export async function networkFeatures(knex: Knex, networkId: string, links: readonly ResultElement[], nodes: readonly ResultElement[]): Promise<{ type: 'FeatureCollection'; features: NetworkFeature[] }> {
  const features: NetworkFeature[] = [];
  const linkRoles = new Map<string, string[]>();
  for (const { id, role } of links) linkRoles.set(id, [...(linkRoles.get(id) ?? []), role]);
  const nodeRoles = new Map<string, string[]>();
  for (const { id, role } of nodes) nodeRoles.set(id, [...(nodeRoles.get(id) ?? []), role]);
  if (linkRoles.size > 0) {
    const rows = await knex.raw(
      `SELECT id, link_id, kind, pipe_type, pipe_subtype, diameter, width, height, material, ST_AsGeoJSON(geom, 8) AS g
       FROM network_links WHERE network_id = ? AND link_id = ANY(?::text[])`,
      [networkId, [...linkRoles.keys()]],
    );
    for (const row of rows.rows as Array<Record<string, any>>) {
      features.push({
        type: 'Feature',
        id: Number(row.id),
        geometry: row.g ? JSON.parse(row.g) : null,
        properties: { element: 'link', linkId: row.link_id, roles: linkRoles.get(row.link_id), kind: row.kind, pipeType: row.pipe_type, pipeSubtype: row.pipe_subtype, diameter: row.diameter, width: row.width, height: row.height, material: row.material },
      });
    }
  }
  if (nodeRoles.size > 0) {
    const rows = await knex.raw(
      `SELECT id, node_id, kind, pipe_type, point_number, attachment, ST_AsGeoJSON(geom, 8) AS g
       FROM network_nodes WHERE network_id = ? AND node_id = ANY(?::text[])`,
      [networkId, [...nodeRoles.keys()]],
    );
    for (const row of rows.rows as Array<Record<string, any>>) {
      features.push({
        type: 'Feature',
        id: Number(row.id) + NODE_FEATURE_ID_OFFSET,
        geometry: row.g ? JSON.parse(row.g) : null,
        properties: { element: 'node', rowId: Number(row.id), nodeId: row.node_id, roles: nodeRoles.get(row.node_id), kind: row.kind, pipeType: row.pipe_type, pointNumber: row.point_number, attachment: row.attachment },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * One element with all its columns as a GeoJSON Feature: by segment or point id, or by tile
 * feature id written `#123`. Segments are looked for first. Undefined when there is none.
 */
export async function networkElement(knex: Knex, networkId: string, elementId: string): Promise<NetworkFeature | undefined> {
  const featureId = /^#(\d+)$/.exec(elementId)?.[1];
  const byFeature = featureId === undefined ? undefined : Number(featureId);
  if (byFeature === undefined || byFeature < NODE_FEATURE_ID_OFFSET) {
    const link = await knex.raw(
      `SELECT l.*, a.node_id AS from_id, b.node_id AS to_id, ST_AsGeoJSON(l.geom, 8) AS g, ST_Length(l.work_geom) AS drawn_length
       FROM network_links l JOIN network_nodes a ON a.id = l.from_node JOIN network_nodes b ON b.id = l.to_node
       WHERE l.network_id = ? AND ${byFeature === undefined ? 'l.link_id = ?' : 'l.id = ?'}`,
      [networkId, byFeature ?? elementId],
    );
    const row = link.rows[0];
    if (row) {
      const { id, network_id: _n, geom: _g, work_geom: _w, g, from_node: _f, to_node: _t, link_id, from_id, to_id, ...columns } = row;
      return { type: 'Feature', id: Number(id), geometry: g ? JSON.parse(g) : null, properties: { element: 'link', linkId: link_id, from: from_id, to: to_id, ...camelCase(columns) } };
    }
    if (byFeature !== undefined) return undefined;
  }
  const node = await knex.raw(
    `SELECT n.*, ST_AsGeoJSON(n.geom, 8) AS g FROM network_nodes n WHERE n.network_id = ? AND ${byFeature === undefined ? 'n.node_id = ?' : 'n.id = ?'}`,
    [networkId, byFeature === undefined ? elementId : byFeature - NODE_FEATURE_ID_OFFSET],
  );
  const row = node.rows[0];
  if (!row) return undefined;
  const { id, network_id: _n, geom: _g, work_geom: _w, g, node_id, ...columns } = row;
  return { type: 'Feature', id: Number(id) + NODE_FEATURE_ID_OFFSET, geometry: g ? JSON.parse(g) : null, properties: { element: 'node', nodeId: node_id, rowId: Number(id), ...camelCase(columns) } };
}

function camelCase(columns: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(columns).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value]));
}
