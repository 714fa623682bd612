/**
 * Flattens feature summaries into typed arrays in the tileset's ENU frame, the only per-feature
 * data the tiler keeps for a whole run (about 50 bytes a feature, so a million fit easily).
 *
 * Importance decides which features a tile keeps and which it hands to its children: footprint
 * area times height for extrusions (big, tall buildings make the skyline), bbox diagonal for
 * lines and areas. Size is what a feature contributes to geometric error: the bbox diagonal, or
 * the height when a building is taller than it is wide.
 */
import { type EnuFrame, lonLatToEnu } from '../geodesy/enu-frame.ts';
import type { FeatureSummary, TilingKind } from '../../types.ts';

/** Summaries as parallel typed arrays; entry i describes `summaries[ids[i]]`'s feature. */
export interface FeatureIndex {
  count: number;
  /** Database row ids. */
  ids: Float64Array;
  /** bbox centre, east metres. */
  x: Float64Array;
  /** bbox centre, north metres. */
  y: Float64Array;
  /** Geometric-error contribution, metres. */
  size: Float32Array;
  /** Ranking key; larger first. */
  importance: Float64Array;
  /** Estimated mesh vertices. */
  vertexCost: Float32Array;
}

/** Options of {@link buildFeatureIndex}. */
export interface FeatureIndexOptions {
  kind: TilingKind;
  /** Height assumed for extrusions whose summary has none, metres. */
  defaultHeight: number;
}

/** Estimated mesh vertices per input position: roof + 4 per wall edge, 2 per ribbon point. */
const VERTICES_PER_POSITION: Record<TilingKind, number> = { extrusion: 5, ribbon: 2, surface: 1 };

/**
 * Builds the index; summaries with a non-finite bbox are left out and counted in `skipped`.
 */
export function buildFeatureIndex(
  summaries: readonly FeatureSummary[],
  frame: EnuFrame,
  options: FeatureIndexOptions,
): { index: FeatureIndex; skipped: number } {
  const capacity = summaries.length;
  const index: FeatureIndex = {
    count: 0,
    ids: new Float64Array(capacity),
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    size: new Float32Array(capacity),
    importance: new Float64Array(capacity),
    vertexCost: new Float32Array(capacity),
  };
  const low = new Float64Array(3);
  const high = new Float64Array(3);
  const perPosition = VERTICES_PER_POSITION[options.kind];
  let skipped = 0;
  for (const summary of summaries) {
    const [minLon, minLat, maxLon, maxLat] = summary.bbox;
    if (![minLon, minLat, maxLon, maxLat].every(Number.isFinite)) {
      skipped++;
      continue;
    }
    lonLatToEnu(frame, minLon, minLat, 0, low, 0);
    lonLatToEnu(frame, maxLon, maxLat, 0, high, 0);
    const width = Math.abs(high[0] - low[0]);
    const depth = Math.abs(high[1] - low[1]);
    const diagonal = Math.hypot(width, depth);
    const i = index.count++;
    index.ids[i] = summary.id;
    index.x[i] = (low[0] + high[0]) / 2;
    index.y[i] = (low[1] + high[1]) / 2;
    if (options.kind === 'extrusion') {
      const height = summary.height !== undefined && summary.height > 0 ? summary.height : options.defaultHeight;
      index.size[i] = Math.max(diagonal, height);
      index.importance[i] = Math.max(width * depth, 1) * Math.max(height, 1);
    } else {
      index.size[i] = diagonal;
      index.importance[i] = diagonal;
    }
    index.vertexCost[i] = Math.max(summary.vertexCount, 1) * perPosition;
  }
  return { index, skipped };
}
