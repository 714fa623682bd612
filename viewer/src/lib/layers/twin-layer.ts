import type { Cesium3DTileset } from 'cesium';
import type { GeographicExtent } from '../view/geographic-extent.ts';

/** Where a layer's 3D tiles are: loading, on screen, absent from the API, or broken. */
export type LayerStatus = 'loading' | 'ready' | 'no-tiles' | 'failed';

/** One layer of the twin: an API collection and, when it has 3D tiles, its tileset. */
export interface TwinLayer {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly extent?: GeographicExtent;
  readonly tilesetUrl?: string;
  visible: boolean;
  status: LayerStatus;
  error?: string;
  tileset?: Cesium3DTileset;
}

/** What the page API tells about a layer: plain data, safe to send out of the page. */
export interface LayerSummary {
  id: string;
  title: string;
  kind: string;
  visible: boolean;
  status: LayerStatus;
  hasTileset: boolean;
  extent?: GeographicExtent;
  error?: string;
}

/** The plain-data summary of a layer. */
export function summarizeLayer(layer: TwinLayer): LayerSummary {
  return {
    id: layer.id,
    title: layer.title,
    kind: layer.kind,
    visible: layer.visible,
    status: layer.status,
    hasTileset: layer.tilesetUrl !== undefined,
    ...(layer.extent ? { extent: { ...layer.extent } } : {}),
    ...(layer.error ? { error: layer.error } : {}),
  };
}
