/**
 * Spatial quadtree with additive refinement, built from the feature index alone.
 *
 * Features are sorted once by importance (largest first). A node keeps the longest prefix of its
 * features that fits the tile budgets and passes the rest, still in importance order, to its four
 * quadrants, which recurse. So the root holds the city's most important features, the skyline
 * loads first, and detail fills in as the viewer zooms. A node whose features all fit is a leaf.
 * At `maxLevel` a node keeps everything, which only happens when many features share a point.
 *
 * Geometric error is derived from content: a node's error is the largest size among the
 * features held by its descendants (what is missing if the node is drawn without refining), 0
 * for a leaf. It is nudged to stay strictly above every child's error, so refinement always
 * progresses downwards even when a small but important feature sits above a large, flat one.
 * Splitting on feature size or a fixed level-based error was rejected: it hides small tall towers
 * or refines far too early.
 *
 * The ranking, budget and error rules live in importance-tree.ts, shared with the octree of
 * building models; only the quadrant split is this file's own.
 */
import type { FeatureIndex } from './feature-index.ts';
import {
  assignGeometricError,
  countWithinBudget,
  largestSize,
  partitionItems,
  sortByImportance,
  type TileBudget,
} from './importance-tree.ts';

export { forEachNode } from './importance-tree.ts';

/** Options of {@link buildQuadtree}. */
export type QuadtreeOptions = TileBudget;

/** Defaults of {@link QuadtreeOptions}. */
export const QUADTREE_DEFAULTS: QuadtreeOptions = {
  maxFeaturesPerTile: 2000,
  maxVerticesPerTile: 150_000,
  maxLevel: 20,
};

/** One tile of the quadtree. */
export interface QuadtreeNode {
  level: number;
  x: number;
  y: number;
  /** Indices into the feature index of the features this tile holds, most important first. */
  items: Int32Array;
  children: QuadtreeNode[];
  /** Largest size among the features this tile holds. */
  contentSize: number;
  /** Largest size among the features held by descendants, nudged above children; 0 for leaves. */
  geometricError: number;
}

/** Builds the quadtree over every feature in `index`; undefined when the index is empty. */
export function buildQuadtree(index: FeatureIndex, options: Partial<QuadtreeOptions> = {}): QuadtreeNode | undefined {
  const settings = { ...QUADTREE_DEFAULTS, ...options };
  if (index.count === 0) return undefined;
  const order = sortByImportance(index);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < index.count; i++) {
    minX = Math.min(minX, index.x[i]);
    minY = Math.min(minY, index.y[i]);
    maxX = Math.max(maxX, index.x[i]);
    maxY = Math.max(maxY, index.y[i]);
  }
  const size = Math.max(maxX - minX, maxY - minY, 1) * (1 + 1e-9);
  const root = buildNode(index, settings, order, 0, 0, 0, minX, minY, size);
  assignGeometricError(root);
  return root;
}

function buildNode(
  index: FeatureIndex,
  options: QuadtreeOptions,
  items: Int32Array,
  level: number,
  tileX: number,
  tileY: number,
  minX: number,
  minY: number,
  size: number,
): QuadtreeNode {
  const take = countWithinBudget(index, items, level, options);
  const held = items.slice(0, take);
  const contentSize = largestSize(index, held);
  const node: QuadtreeNode = { level, x: tileX, y: tileY, items: held, children: [], contentSize, geometricError: 0 };
  if (take === items.length) return node;

  // Quadrants: bit 0 east half, bit 1 north half.
  const half = size / 2;
  const quadrants = partitionItems(items.subarray(take), 4, (item) =>
    (index.x[item] >= minX + half ? 1 : 0) | (index.y[item] >= minY + half ? 2 : 0),
  );
  for (let quadrant = 0; quadrant < 4; quadrant++) {
    if (quadrants[quadrant].length === 0) continue;
    const east = quadrant & 1;
    const north = quadrant >> 1;
    node.children.push(
      buildNode(
        index,
        options,
        quadrants[quadrant],
        level + 1,
        tileX * 2 + east,
        tileY * 2 + north,
        minX + east * half,
        minY + north * half,
        half,
      ),
    );
  }
  return node;
}
