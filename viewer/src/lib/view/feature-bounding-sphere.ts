import type { BoundingSphere } from 'cesium';
import type { FeatureRecord } from '../api/api-types.ts';
import { elementBoundingSphere } from '../bim/element-bounding-sphere.ts';

/** Extrusion height of a feature without a usable `height`: the tiler's default. */
export const DEFAULT_FEATURE_HEIGHT = 10;

/**
 * The sphere around a city feature as the tiles draw it: its GeoJSON footprint from the ground
 * (the ellipsoid) up to its `height`; undefined without a footprint.
 */
export function featureBoundingSphere(feature: FeatureRecord): BoundingSphere | undefined {
  const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!geometry || typeof geometry.type !== 'string') return undefined;
  const height = feature.properties?.height;
  const top = typeof height === 'number' && Number.isFinite(height) && height > 0 ? height : DEFAULT_FEATURE_HEIGHT;
  return elementBoundingSphere({ footprint: { type: geometry.type, coordinates: geometry.coordinates }, heights: { bottom: 0, top } });
}
