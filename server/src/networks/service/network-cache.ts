import type { Knex } from 'knex';
import { NetworkGraph } from '../graph/network-graph.ts';
import proj4 from 'proj4';
import { placeNetwork, type PlacedNetwork } from '../geometry/place-network.ts';
import { indexPlacedLinks, type PlacedLinkIndex } from '../analysis/placed-link-index.ts';
import { proj4Definition } from '../store/work-crs.ts';
import { getNetworkInfo, loadNetwork, type LoadedNetwork } from '../store/load-network.ts';

/** A network held in memory for analyses: as stored, its graph and its 3D placement. */
export interface CachedNetwork extends LoadedNetwork {
  graph: NetworkGraph;
  placed(): PlacedNetwork;
  /** Spatial index of the placed segments, shared by clearance, section and excavation. */
  index(): PlacedLinkIndex;
  /** Longitude/latitude to working coordinates; undefined for a network in local coordinates. */
  fromWgs84: ((lonLat: [number, number]) => [number, number]) | undefined;
  /** Working coordinates to longitude/latitude; undefined for a network in local coordinates. */
  toWgs84: ((xy: [number, number]) => [number, number]) | undefined;
}

/**
 * Keeps the last few networks asked about in memory, each with its graph, so an analysis costs
 * the analysis and one small query (is the stored version still the one held?), not a read of
 * the whole network. A re-imported network is read again.
 */
export class NetworkCache {
  private readonly entries = new Map<string, { version: number; network: Promise<CachedNetwork> }>();

  constructor(
    private readonly knex: Knex,
    private readonly capacity = 4,
  ) {}

  /** The network with this id, current; a 404 HttpError when there is none. */
  async get(id: string): Promise<CachedNetwork> {
    const info = await getNetworkInfo(this.knex, id);
    const held = this.entries.get(id);
    if (held && held.version === info.contentVersion) {
      // Most recently used last.
      this.entries.delete(id);
      this.entries.set(id, held);
      return held.network;
    }
    const network = this.read(id);
    this.entries.delete(id);
    this.entries.set(id, { version: info.contentVersion, network });
    network.catch(() => this.entries.delete(id));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return network;
  }

  /** Forgets a network (after it was deleted). */
  forget(id: string): void {
    this.entries.delete(id);
  }

  private async read(id: string): Promise<CachedNetwork> {
    const loaded = await loadNetwork(this.knex, id);
    const graph = new NetworkGraph(loaded.network);
    let placed: PlacedNetwork | undefined;
    let index: PlacedLinkIndex | undefined;
    const place = () => (placed ??= placeNetwork(loaded.network));
    let fromWgs84: CachedNetwork['fromWgs84'];
    let toWgs84: CachedNetwork['toWgs84'];
    if (loaded.info.workSrid !== 0) {
      const converter = proj4('EPSG:4326', await proj4Definition(this.knex, loaded.info.workSrid));
      fromWgs84 = (lonLat) => converter.forward(lonLat) as [number, number];
      toWgs84 = (xy) => converter.inverse(xy) as [number, number];
    }
    return { ...loaded, graph, placed: place, index: () => (index ??= indexPlacedLinks(place())), fromWgs84, toWgs84 };
  }
}
