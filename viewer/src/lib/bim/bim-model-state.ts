import type { Cesium3DTileset } from 'cesium';
import type { BimModel } from '../api/bim-types.ts';
import type { ReviewResultColours } from '../review/review-colours.ts';
import type { BimVisibilityFilter } from './bim-show-condition.ts';

/** Where a model's element tiles are: not asked for yet, loading, on screen, or broken. */
export type BimModelStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A BIM model in the scene: the API record, its tilesets and what the user set on it. */
export interface BimModelState {
  readonly model: BimModel;
  visible: boolean;
  spacesVisible: boolean;
  status: BimModelStatus;
  error?: string;
  tileset?: Cesium3DTileset;
  spacesTileset?: Cesium3DTileset;
  filter: BimVisibilityFilter;
  /** Section height in model metres, or null when not cut. */
  section: number | null;
  selectedGlobalId?: string;
  /** The review results the model is coloured by, while colouring is on. */
  resultColours?: ReviewResultColours;
}

/** What the page API tells about a BIM model: plain data. */
export interface BimModelSummary {
  id: string;
  name: string;
  schema: string;
  elementCount: number;
  visible: boolean;
  spacesVisible: boolean;
  status: BimModelStatus;
  error?: string;
  bbox: [number, number, number, number] | null;
  storeys: string[];
  hiddenStoreys: string[];
  hiddenClasses: string[];
  isolatedStorey: string | null;
  section: number | null;
  /** Whether the model is coloured by a review's results. */
  colouredByReview: boolean;
}

/** The plain-data summary of a model. */
export function summarizeBimModel(state: BimModelState): BimModelSummary {
  return {
    id: state.model.id,
    name: state.model.name,
    schema: state.model.schema,
    elementCount: state.model.elementCount,
    visible: state.visible,
    spacesVisible: state.spacesVisible,
    status: state.status,
    ...(state.error ? { error: state.error } : {}),
    bbox: state.model.bbox,
    storeys: (state.model.summary?.storeys ?? []).map((storey) => storey.name),
    hiddenStoreys: [...state.filter.hiddenStoreys],
    hiddenClasses: [...state.filter.hiddenClasses],
    isolatedStorey: state.filter.isolatedStorey,
    section: state.section,
    colouredByReview: state.resultColours !== undefined,
  };
}
