import type { ApiClient } from '../api/api-client.ts';
import type { Collection } from '../api/api-types.ts';
import type { BimModel } from '../api/bim-types.ts';
import { modelFootprint, parcelChoicesOf, type ParcelChoice } from './parcel-choices.ts';

/** Layer kind whose polygons are parcels (用地). */
export const PARCEL_LAYER_KIND = 'landuse';

/** Most parcels read around one model. */
export const MAX_PARCELS = 100;

/** The parcels the review form can offer for a model. */
export type ModelParcels =
  | { status: 'loading' }
  | { status: 'no-layer' }
  | { status: 'loaded'; layerId: string; choices: ParcelChoice[] }
  | { status: 'failed'; error: string };

/** The layer that holds the parcels: the first collection of kind `landuse`. */
export function parcelLayerOf(collections: readonly Collection[]): Collection | undefined {
  return collections.find((collection) => collection.cimtwin?.kind === PARCEL_LAYER_KIND);
}

/**
 * Reads the parcels under a model: the features of the parcel layer crossing the model's
 * footprint (OGC API - Features items by bbox), those holding the model first.
 */
export async function readModelParcels(api: ApiClient, collections: readonly Collection[], model: BimModel, signal?: AbortSignal): Promise<ModelParcels> {
  const layer = parcelLayerOf(collections);
  if (!layer) return { status: 'no-layer' };
  const footprint = modelFootprint(model);
  const page = await api.listFeatures(layer.id, { bbox: [footprint.west, footprint.south, footprint.east, footprint.north], limit: MAX_PARCELS }, signal);
  return { status: 'loaded', layerId: layer.id, choices: parcelChoicesOf(page.features, footprint) };
}
