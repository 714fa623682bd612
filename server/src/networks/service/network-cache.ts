import type { Knex } from 'knex';
import { NetworkGraph } from '../graph/network-graph.ts';
import { placeNetwork, type PlacedNetwork } from '../geometry/place-network.ts';
import { getNetworkInfo, loadNetwork, type LoadedNetwork } from '../store/load-network.ts';

/** A network held in memory for analyses: as stored, its graph and its 3D placement. */
export interface CachedNetwork extends LoadedNetwork {
  graph: NetworkGraph;
  placed(): PlacedNetwork;
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
    return { ...loaded, graph, placed: () => (placed ??= placeNetwork(loaded.network)) };
  }
}
