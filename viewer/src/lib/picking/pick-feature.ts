import { Cartesian2, Cesium3DTileFeature, type Scene } from 'cesium';
import type { LayerRegistry } from '../layers/layer-registry.ts';
import type { FeatureKey } from './feature-key.ts';

/** A feature found under a screen position. */
export interface PickedFeature extends FeatureKey {
  /** The tile feature Cesium picked. */
  feature: Cesium3DTileFeature;
}

/**
 * The feature of one of our layers drawn at a canvas position (CSS pixels from the canvas'
 * top-left corner), read through its `id` metadata property; undefined for empty ground,
 * features of foreign tilesets and features without an id.
 */
export function pickFeature(
  scene: Scene,
  registry: LayerRegistry,
  x: number,
  y: number,
): PickedFeature | undefined {
  return featureOfPicked(scene.pick(new Cartesian2(x, y)), registry);
}

/** The feature of one of our layers that a `scene.pick` result is, if any. */
export function featureOfPicked(picked: unknown, registry: LayerRegistry): PickedFeature | undefined {
  if (!(picked instanceof Cesium3DTileFeature)) return undefined;
  const layer = registry.layerOfTileset(picked.tileset);
  const raw: unknown = picked.getProperty('id');
  const id = typeof raw === 'bigint' ? Number(raw) : raw;
  if (!layer || (typeof id !== 'number' && typeof id !== 'string')) return undefined;
  return { layerId: layer.id, id, feature: picked };
}
