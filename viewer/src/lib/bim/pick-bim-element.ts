import { Cesium3DTileFeature } from 'cesium';
import type { BimModelRegistry } from './bim-model-registry.ts';

/** A BIM element: its model and IFC GlobalId. */
export interface BimElementKey {
  modelId: string;
  globalId: string;
}

/** The BIM element a picked object is, read through its `globalId` metadata; else undefined. */
export function bimElementOfPicked(picked: unknown, registry: BimModelRegistry): BimElementKey | undefined {
  if (!(picked instanceof Cesium3DTileFeature)) return undefined;
  const state = registry.modelOfTileset(picked.tileset);
  const globalId: unknown = picked.getProperty('globalId');
  if (!state || typeof globalId !== 'string' || globalId === '') return undefined;
  return { modelId: state.model.id, globalId };
}
