import { Cesium3DTileset, type Scene } from 'cesium';
import type { NetworkInfo } from '../api/network-types.ts';
import { waitForTilesLoaded } from '../cesium/wait-for-tiles.ts';
import type { AnalysisColourMap } from './analysis-colour-map.ts';
import type { NetworkLayer } from './network-layer.ts';
import { styleForNetwork } from './network-style.ts';
import { pipeTypeLegend } from './pipe-type-legend.ts';

/** Called whenever a network's tileset, visibility, pipe types, colours or selection change. */
export type NetworkChangeListener = (layer: NetworkLayer) => void;

/**
 * Holds the pipe networks and their tilesets, hidden until switched on: the pipes lie below the
 * ground, so drawing them only helps in underground mode. One style carries the pipe type
 * filter, the analysis colours and the selection, so none of them undoes another.
 */
export class NetworkRegistry {
  private readonly layers = new Map<string, NetworkLayer>();
  private readonly listeners = new Set<NetworkChangeListener>();

  constructor(private readonly scene: Scene) {}

  /** Adds the networks and loads their tilesets; resolves once each has loaded or failed. */
  async load(networks: readonly NetworkInfo[]): Promise<void> {
    const added = networks.map((info) => {
      const layer: NetworkLayer = {
        info,
        legend: pipeTypeLegend(info.counts ?? {}),
        visible: false,
        hiddenTypes: new Set(),
        status: info.tileset ? 'loading' : 'no-tiles',
        selectedIds: new Set(),
      };
      this.layers.set(info.id, layer);
      this.notify(layer);
      return layer;
    });
    await Promise.all(added.map((layer) => this.loadTileset(layer)));
  }

  /** Every network, in API order. */
  list(): NetworkLayer[] {
    return [...this.layers.values()];
  }

  /** The network with this id; unknown ids are a bug of the caller. */
  get(id: string): NetworkLayer {
    const layer = this.layers.get(id);
    if (!layer) throw new Error(`viewer: no pipe network with id "${id}"`);
    return layer;
  }

  /** Whether a network with this id exists. */
  has(id: string): boolean {
    return this.layers.has(id);
  }

  /** The network that drew a tileset, if it is one of the network tilesets. */
  layerOfTileset(tileset: unknown): NetworkLayer | undefined {
    return this.list().find((layer) => layer.tileset !== undefined && layer.tileset === tileset);
  }

  /** Calls `listener` on every change; returns a function that stops it. */
  onChange(listener: NetworkChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows or hides a network; resolves once the shown tiles have loaded. */
  async setVisible(id: string, visible: boolean): Promise<void> {
    const layer = this.get(id);
    layer.visible = visible;
    if (layer.tileset) layer.tileset.show = visible;
    this.scene.requestRender();
    this.notify(layer);
    if (visible && layer.tileset) await waitForTilesLoaded(this.scene, layer.tileset);
  }

  /** Draws only the given pipe types of a network. */
  setShownPipeTypes(id: string, types: readonly string[]): void {
    const layer = this.get(id);
    layer.hiddenTypes = new Set(layer.legend.map((entry) => entry.code).filter((code) => !types.includes(code)));
    this.restyle(layer);
  }

  /** Colours a network by an analysis result, or restores its look with undefined. */
  setColours(id: string, colours: AnalysisColourMap | undefined): void {
    const layer = this.get(id);
    layer.colours = colours;
    this.restyle(layer);
  }

  /** Highlights features of one network (none with an empty list); other networks lose theirs. */
  select(id: string | undefined, featureIds: readonly number[] = []): void {
    for (const layer of this.list()) {
      const next = layer.info.id === id ? featureIds : [];
      if (next.length === layer.selectedIds.size && next.every((featureId) => layer.selectedIds.has(featureId))) continue;
      layer.selectedIds = new Set(next);
      this.restyle(layer);
    }
  }

  private async loadTileset(layer: NetworkLayer): Promise<void> {
    if (!layer.info.tileset) return;
    try {
      const tileset = await Cesium3DTileset.fromUrl(layer.info.tileset);
      tileset.style = styleForNetwork(layer);
      tileset.show = layer.visible;
      layer.tileset = this.scene.primitives.add(tileset) as Cesium3DTileset;
      await waitForTilesLoaded(this.scene, tileset);
      layer.status = 'ready';
    } catch (error) {
      layer.status = 'failed';
      layer.error = error instanceof Error ? error.message : String(error);
      console.error(`viewer: pipe network "${layer.info.id}" could not load ${layer.info.tileset}`, error);
    }
    this.notify(layer);
  }

  private restyle(layer: NetworkLayer): void {
    if (layer.tileset) layer.tileset.style = styleForNetwork(layer);
    this.scene.requestRender();
    this.notify(layer);
  }

  private notify(layer: NetworkLayer): void {
    this.listeners.forEach((listener) => listener(layer));
  }
}
