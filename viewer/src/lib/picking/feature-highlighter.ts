import type { Scene } from 'cesium';
import type { LayerRegistry } from '../layers/layer-registry.ts';
import { styleForLayer, type LayerHighlight } from '../layers/layer-style.ts';
import { normalizeFeatureId, sameFeature, type FeatureKey } from './feature-key.ts';

/** Draws the selected and the hovered feature in highlight colours by restyling their layers. */
export class FeatureHighlighter {
  private selected: FeatureKey | undefined;
  private hovered: FeatureKey | undefined;
  private layerOpacity = 1;

  constructor(
    private readonly scene: Scene,
    private readonly registry: LayerRegistry,
  ) {}

  /** Highlights the selected feature, or clears the selection with undefined. */
  select(key: FeatureKey | undefined): void {
    if (sameFeature(key, this.selected)) return;
    const previous = this.selected;
    this.selected = key;
    this.restyle(previous, key);
  }

  /** Highlights the feature under the mouse, or none with undefined. */
  hover(key: FeatureKey | undefined): void {
    if (sameFeature(key, this.hovered)) return;
    const previous = this.hovered;
    this.hovered = key;
    this.restyle(previous, key);
  }

  /**
   * Draws every city layer see-through (underground mode: flat land use and water would hide
   * the pipes as much as buildings do) or, with 1, opaque again.
   */
  setLayerOpacity(opacity: number): void {
    this.layerOpacity = opacity;
    for (const layer of this.registry.list()) {
      if (layer.tileset) layer.tileset.style = styleForLayer(layer.kind, this.highlightOf(layer.id), opacity);
    }
    this.scene.requestRender();
  }

  private restyle(...keys: (FeatureKey | undefined)[]): void {
    const layerIds = new Set(keys.flatMap((key) => (key ? [key.layerId] : [])));
    for (const layerId of layerIds) {
      const layer = this.registry.get(layerId);
      if (!layer?.tileset) continue;
      layer.tileset.style = styleForLayer(layer.kind, this.highlightOf(layerId), this.layerOpacity);
    }
    this.scene.requestRender();
  }

  private highlightOf(layerId: string): LayerHighlight {
    const highlight: LayerHighlight = {};
    if (this.selected?.layerId === layerId) highlight.selectedId = normalizeFeatureId(this.selected.id);
    if (this.hovered?.layerId === layerId) highlight.hoveredId = normalizeFeatureId(this.hovered.id);
    return highlight;
  }
}
