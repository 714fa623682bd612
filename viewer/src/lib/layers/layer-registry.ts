import { Cesium3DTileset, type Viewer } from 'cesium';
import type { ResolvedCollection } from '../api/api-client.ts';
import { waitForTilesLoaded } from '../cesium/wait-for-tiles.ts';
import { extentOfBoundingBox } from '../view/geographic-extent.ts';
import { styleForLayer } from './layer-style.ts';
import type { TwinLayer } from './twin-layer.ts';

/** Called whenever a layer's visibility or status changes. */
export type LayerChangeListener = (layer: TwinLayer) => void;

/** Holds the twin's layers and their tilesets in the scene, in API order. */
export class LayerRegistry {
  private readonly layers = new Map<string, TwinLayer>();
  private readonly listeners = new Set<LayerChangeListener>();

  constructor(private readonly viewer: Viewer) {}

  /** Every layer, in the order the API listed them. */
  list(): TwinLayer[] {
    return [...this.layers.values()];
  }

  /** The layer with this id, if any. */
  get(id: string): TwinLayer | undefined {
    return this.layers.get(id);
  }

  /** The layer that drew a tileset, if it is one of ours. */
  layerOfTileset(tileset: unknown): TwinLayer | undefined {
    return this.list().find((layer) => layer.tileset !== undefined && layer.tileset === tileset);
  }

  /** Calls `listener` on every layer change; returns a function that stops it. */
  onChange(listener: LayerChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds the collections as layers and loads every tileset. Resolves when each tileset has
   * loaded its first tiles or failed; a failed layer is marked, never thrown.
   */
  async load(collections: readonly ResolvedCollection[]): Promise<void> {
    const added = collections.map((collection) => this.add(collection));
    await Promise.all(added.map((layer) => this.loadTileset(layer)));
  }

  /** Shows or hides a layer; unknown ids are a bug of the caller. */
  setVisible(id: string, visible: boolean): void {
    const layer = this.layers.get(id);
    if (!layer) throw new Error(`viewer: no layer with id "${id}"`);
    layer.visible = visible;
    if (layer.tileset) layer.tileset.show = visible;
    this.viewer.scene.requestRender();
    this.notify(layer);
  }

  private add(collection: ResolvedCollection): TwinLayer {
    const extent = extentOfBoundingBox(collection.extent?.spatial?.bbox?.[0]);
    const layer: TwinLayer = {
      id: collection.id,
      title: collection.title || collection.id,
      kind: collection.cimtwin?.kind ?? 'unknown',
      ...(extent ? { extent } : {}),
      ...(collection.tilesetUrl ? { tilesetUrl: collection.tilesetUrl } : {}),
      visible: true,
      status: collection.tilesetUrl ? 'loading' : 'no-tiles',
    };
    this.layers.set(layer.id, layer);
    this.notify(layer);
    return layer;
  }

  private async loadTileset(layer: TwinLayer): Promise<void> {
    if (!layer.tilesetUrl) return;
    try {
      const tileset = await Cesium3DTileset.fromUrl(layer.tilesetUrl);
      tileset.style = styleForLayer(layer.kind);
      tileset.show = layer.visible;
      layer.tileset = this.viewer.scene.primitives.add(tileset) as Cesium3DTileset;
      await waitForTilesLoaded(this.viewer.scene, tileset);
      layer.status = 'ready';
    } catch (error) {
      layer.status = 'failed';
      layer.error = error instanceof Error ? error.message : String(error);
      console.error(`viewer: layer "${layer.id}" could not load ${layer.tilesetUrl}`, error);
    }
    this.notify(layer);
  }

  private notify(layer: TwinLayer): void {
    this.listeners.forEach((listener) => listener(layer));
  }
}
