import type { Cesium3DTileset } from 'cesium';
import type { NetworkInfo } from '../api/network-types.ts';
import type { AnalysisColourMap } from './analysis-colour-map.ts';
import type { PipeTypeLegendEntry } from './pipe-type-legend.ts';

/** Where a network's tileset is: loading, on the globe, absent from the API, or broken. */
export type NetworkLayerStatus = 'loading' | 'ready' | 'no-tiles' | 'failed';

/** One pipe network of the twin: its API record, its tileset and how it is drawn. */
export interface NetworkLayer {
  readonly info: NetworkInfo;
  /** The pipe types present, in CJJ 61 order. */
  readonly legend: readonly PipeTypeLegendEntry[];
  visible: boolean;
  /** Pipe types switched off in the layer panel. */
  hiddenTypes: Set<string>;
  status: NetworkLayerStatus;
  error?: string;
  tileset?: Cesium3DTileset;
  /** Feature colours of the analysis shown, if any. */
  colours?: AnalysisColourMap;
  /** Tile feature ids highlighted as selected. */
  selectedIds: ReadonlySet<number>;
}

/** What the page API tells about a network: plain data. */
export interface NetworkSummary {
  id: string;
  name: string;
  visible: boolean;
  status: NetworkLayerStatus;
  /** Pipe types present, in CJJ 61 order. */
  pipeTypes: string[];
  /** Pipe types drawn. */
  shownPipeTypes: string[];
  extent: [number, number, number, number] | null;
}

/** The plain-data summary of a network layer. */
export function summarizeNetwork(layer: NetworkLayer): NetworkSummary {
  const pipeTypes = layer.legend.map((entry) => entry.code);
  return {
    id: layer.info.id,
    name: layer.info.name,
    visible: layer.visible,
    status: layer.status,
    pipeTypes,
    shownPipeTypes: pipeTypes.filter((code) => !layer.hiddenTypes.has(code)),
    extent: layer.info.extent,
  };
}
