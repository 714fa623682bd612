import { Cesium3DTileset, type Scene } from 'cesium';
import type { BimModel } from '../api/bim-types.ts';
import { waitForTilesLoaded } from '../cesium/wait-for-tiles.ts';
import type { BimModelState } from './bim-model-state.ts';
import { SHOW_ALL_FILTER, type BimVisibilityFilter } from './bim-show-condition.ts';
import type { ReviewResultColours } from '../review/review-colours.ts';
import { styleForBimModel } from './bim-style.ts';
import { applySection } from './section-plane.ts';

/** Called whenever a model's tilesets, visibility, filter, section, selection or colouring change. */
export type BimChangeListener = (state: BimModelState) => void;

/**
 * Holds the BIM models and their tilesets. Tilesets load on first show, so a twin with many
 * models costs nothing until a model is switched on; the style (filter, selection, review
 * colouring) and the section are applied to the elements and the spaces alike.
 */
export class BimModelRegistry {
  private readonly models = new Map<string, BimModelState>();
  private readonly listeners = new Set<BimChangeListener>();

  constructor(private readonly scene: Scene) {}

  /** Adds the models of the API, all hidden. */
  add(models: readonly BimModel[]): void {
    for (const model of models) {
      const state: BimModelState = { model, visible: false, spacesVisible: false, status: 'idle', filter: SHOW_ALL_FILTER, section: null };
      this.models.set(model.id, state);
      this.notify(state);
    }
  }

  /** Every model, in API order. */
  list(): BimModelState[] {
    return [...this.models.values()];
  }

  /** The model with this id; unknown ids are a bug of the caller. */
  get(id: string): BimModelState {
    const state = this.models.get(id);
    if (!state) throw new Error(`viewer: no BIM model with id "${id}"`);
    return state;
  }

  /** Whether a model with this id exists. */
  has(id: string): boolean {
    return this.models.has(id);
  }

  /** The model that drew a tileset, if it is one of the BIM tilesets. */
  modelOfTileset(tileset: unknown): BimModelState | undefined {
    return this.list().find((state) => tileset !== undefined && (state.tileset === tileset || state.spacesTileset === tileset));
  }

  /** Calls `listener` on every change; returns a function that stops it. */
  onChange(listener: BimChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows or hides a model's elements; resolves once shown tiles have loaded (or failed). */
  async setVisible(id: string, visible: boolean): Promise<void> {
    const state = this.get(id);
    state.visible = visible;
    if (state.tileset) state.tileset.show = visible;
    this.notify(state);
    if (visible && !state.tileset && state.model.tilesets.elements) {
      state.status = 'loading';
      this.notify(state);
      try {
        state.tileset = await this.loadTileset(state, state.model.tilesets.elements, () => state.visible);
        state.status = 'ready';
      } catch (error) {
        state.status = 'failed';
        state.error = error instanceof Error ? error.message : String(error);
        console.error(`viewer: BIM model "${id}" could not be loaded`, error);
      }
      this.notify(state);
    } else if (visible && state.tileset) {
      await waitForTilesLoaded(this.scene, state.tileset);
    }
  }

  /** Shows or hides a model's spaces (rooms), hidden at first. */
  async setSpacesVisible(id: string, visible: boolean): Promise<void> {
    const state = this.get(id);
    state.spacesVisible = visible;
    if (state.spacesTileset) state.spacesTileset.show = visible;
    this.notify(state);
    if (visible && !state.spacesTileset && state.model.tilesets.spaces) {
      try {
        state.spacesTileset = await this.loadTileset(state, state.model.tilesets.spaces, () => state.spacesVisible);
      } catch (error) {
        console.error(`viewer: the spaces of BIM model "${id}" could not be loaded`, error);
      }
      this.notify(state);
    }
  }

  /** Replaces a model's visibility filter. */
  setFilter(id: string, filter: BimVisibilityFilter): void {
    const state = this.get(id);
    state.filter = filter;
    this.restyle(state);
  }

  /** Cuts a model at a height of its own frame, or removes the cut with null. */
  setSection(id: string, height: number | null): void {
    const state = this.get(id);
    state.section = height;
    this.tilesetsOf(state).forEach((tileset) => applySection(tileset, height));
    this.scene.requestRender();
    this.notify(state);
  }

  /** Colours a model's elements by review results (tiles loaded later too), or restores its look with undefined. */
  setResultColours(id: string, results: ReviewResultColours | undefined): void {
    const state = this.get(id);
    if (state.resultColours === results) return;
    state.resultColours = results;
    this.restyle(state);
  }

  /** Highlights one element of a model, or none with undefined; other models lose theirs. */
  select(id: string | undefined, globalId?: string): void {
    for (const state of this.list()) {
      const next = state.model.id === id ? globalId : undefined;
      if (state.selectedGlobalId === next) continue;
      state.selectedGlobalId = next;
      this.restyle(state);
    }
  }

  private async loadTileset(state: BimModelState, url: string, shown: () => boolean): Promise<Cesium3DTileset> {
    const tileset = await Cesium3DTileset.fromUrl(url);
    tileset.style = styleForBimModel(state.filter, state.selectedGlobalId, state.resultColours);
    if (state.section !== null) applySection(tileset, state.section);
    tileset.show = shown();
    this.scene.primitives.add(tileset);
    await waitForTilesLoaded(this.scene, tileset);
    return tileset;
  }

  private restyle(state: BimModelState): void {
    this.tilesetsOf(state).forEach((tileset) => {
      tileset.style = styleForBimModel(state.filter, state.selectedGlobalId, state.resultColours);
    });
    this.scene.requestRender();
    this.notify(state);
  }

  private tilesetsOf(state: BimModelState): Cesium3DTileset[] {
    return [state.tileset, state.spacesTileset].filter((tileset) => tileset !== undefined);
  }

  private notify(state: BimModelState): void {
    this.listeners.forEach((listener) => listener(state));
  }
}
