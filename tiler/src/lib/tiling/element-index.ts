/**
 * Flattens element summaries into typed arrays in the model frame, the only per-element data
 * {@link tileMeshes} keeps for a whole run.
 *
 * Importance and size are both the bbox diagonal: walls, slabs and roofs outrank fittings and
 * furniture, so they land in the upper tiles of the octree and the building's shell streams
 * first. Volume was tried as the key and rejected: it ranks a long thin wall below a cupboard.
 */
import type { ElementSummary } from '../../element-mesh-source.ts';
import type { ImportanceIndex } from './importance-tree.ts';

/** Summaries as parallel typed arrays; entry i describes one accepted summary. */
export interface ElementIndex extends ImportanceIndex {
  /** bbox centre, model frame metres. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/** The index and the summaries left out of it, by reason. */
export interface ElementIndexResult {
  index: ElementIndex;
  skipped: Record<string, number>;
}

/** Builds the index; summaries with an unusable bbox or a repeated id are left out and counted. */
export function buildElementIndex(summaries: readonly ElementSummary[]): ElementIndexResult {
  const capacity = summaries.length;
  const index: ElementIndex = {
    count: 0,
    ids: new Float64Array(capacity),
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    z: new Float64Array(capacity),
    size: new Float32Array(capacity),
    importance: new Float64Array(capacity),
    vertexCost: new Float32Array(capacity),
  };
  const skipped: Record<string, number> = {};
  const skip = (reason: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const seen = new Set<number>();
  for (const summary of summaries) {
    const box = summary.bbox;
    if (!Array.isArray(box) || box.length !== 6 || !box.every(Number.isFinite) || box[0] > box[3] || box[1] > box[4] || box[2] > box[5]) {
      skip('invalid bbox');
      continue;
    }
    if (seen.has(summary.id)) {
      skip('duplicate id');
      continue;
    }
    seen.add(summary.id);
    const diagonal = Math.hypot(box[3] - box[0], box[4] - box[1], box[5] - box[2]);
    const i = index.count++;
    index.ids[i] = summary.id;
    index.x[i] = (box[0] + box[3]) / 2;
    index.y[i] = (box[1] + box[4]) / 2;
    index.z[i] = (box[2] + box[5]) / 2;
    index.size[i] = diagonal;
    index.importance[i] = diagonal;
    index.vertexCost[i] = Number.isFinite(summary.vertexCount) ? Math.max(summary.vertexCount, 1) : 1;
  }
  return { index, skipped };
}
