import type { Knex } from 'knex';

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
        id: Number(row.id),
        geometry: row.g ? JSON.parse(row.g) : null,
        properties: { element: 'node', nodeId: row.node_id, roles: nodeRoles.get(row.node_id), kind: row.kind, pipeType: row.pipe_type, pointNumber: row.point_number, attachment: row.attachment },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
