import type { Knex } from 'knex';
import type { MeshTilingReport, TilesetStorage } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';
import { placeNetwork, type PlacedNetwork } from './geometry/place-network.ts';
import { tilePipeNetwork } from './mesh/tile-pipe-network.ts';
import type { LoadedNetwork } from './store/load-network.ts';
import { proj4Definition } from './store/work-crs.ts';

/** Tileset id of a network's pipes, points and shafts. */
export function networkTilesetId(networkId: string): string {
  return `network-${networkId}`;
}

/**
 * Feature ids of a network tileset: a segment's is its `network_links` row id; a point
 * structure's (manhole, valve, hydrant) is its `network_nodes` row id plus this offset, so both
 * fit one UINT32 id column without meeting.
 */
export const NODE_FEATURE_ID_OFFSET = 2 ** 31;

/**
 * The placed network with every height taken relative to the ground above it: the twin's
 * ground is the ellipsoid surface, so a pipe 1.2 m deep is drawn 1.2 m under it, whatever
 * height datum the survey used.
 */
export function belowGround(placed: PlacedNetwork): PlacedNetwork {
  return {
    ...placed,
    nodes: placed.nodes.map((node) => ({ ...node, bottom: node.bottom - node.ground, ground: 0 })),
    links: placed.links.map((link) => ({
      ...link,
      axis: link.axis.map(([x, y, z], i) => [x, y, z - link.ground[i]] as [number, number, number]),
      ground: link.ground.map(() => 0),
    })),
  };
}

/**
 * Tiles a stored network into its 3D Tiles (round pipes and box ducts at their depth, shafts,
 * valves and hydrants, coloured by CJJ 61 pipe type) and registers the tileset. A network
 * without a CRS has no place in the city and gets no tiles (undefined).
 */
export async function tileNetwork(knex: Knex, storage: TilesetStorage, loaded: Pick<LoadedNetwork, 'info' | 'network' | 'nodeRows' | 'linkRows'>, logger?: Logger): Promise<{ id: string; report: MeshTilingReport; skipped: Record<string, number> } | undefined> {
  const id = networkTilesetId(loaded.info.id);
  if (loaded.info.workSrid === 0) {
    await storage.remove(id);
    return undefined;
  }
  const crsDefinition = await proj4Definition(knex, loaded.info.workSrid);
  await knex('tilesets').insert({ id, layer_id: null, title: loaded.info.name, kind: 'network' }).onConflict('id').merge(['title', 'kind']);
  const nodes = new Map([...loaded.nodeRows].map(([nodeId, row]) => [nodeId, row + NODE_FEATURE_ID_OFFSET]));
  const materials = new Map(loaded.network.links.map((link) => [link.id, link.material]));
  const { report, skipped } = await tilePipeNetwork(belowGround(placeNetwork(loaded.network)), await storage.begin(id), {
    crsDefinition,
    heightOffset: 0,
    rowIds: { links: loaded.linkRows, nodes },
    details: { linkMaterial: (linkId) => materials.get(linkId) ?? null },
    logger,
  });
  await knex('tilesets').where({ id }).update({ report: JSON.stringify({ ...report, skipped }), updated_at: knex.fn.now() });
  return { id, report, skipped };
}
