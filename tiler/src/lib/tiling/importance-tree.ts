/**
 * The rules every importance tree of the tiler shares, whatever its fan-out (the 2D quadtree of
 * city layers, the 3D octree of building models):
 *
 * - items are ranked once by importance, largest first;
 * - a node keeps the longest prefix of its items that fits the tile budgets and hands the rest,
 *   still ranked, to its children (additive refinement); at `maxLevel` it keeps everything;
 * - a node's geometric error is the largest size held by its descendants (what is missing when it
 *   is drawn without refining), 0 for a leaf, nudged to stay strictly above every child's error.
 *
 * Only the spatial split differs between the trees, so it stays in their own files.
 */

/** Per-item ranking data an importance tree is built from; entry i describes item i. */
export interface ImportanceIndex {
  count: number;
  /** Database row ids, the tie-breaker of equal importance. */
  ids: Float64Array;
  /** Geometric-error contribution, metres. */
  size: Float32Array;
  /** Ranking key; larger first. */
  importance: Float64Array;
  /** Estimated mesh vertices. */
  vertexCost: Float32Array;
}

/** Budgets of one tile. */
export interface TileBudget {
  /** Most items one tile may hold. */
  maxFeaturesPerTile: number;
  /** Most (estimated) mesh vertices one tile may hold. */
  maxVerticesPerTile: number;
  /** Deepest level; a node there keeps all its items. */
  maxLevel: number;
}

/** What {@link assignGeometricError} needs of a node. */
export interface ImportanceNode<T> {
  children: T[];
  /** Largest size among the items this node holds. */
  contentSize: number;
  /** Set by {@link assignGeometricError}. */
  geometricError: number;
}

/** Item indices sorted by importance, largest first; ties by id, so the order is reproducible. */
export function sortByImportance(index: ImportanceIndex): Int32Array {
  const order = Array.from({ length: index.count }, (_, i) => i);
  const { importance, ids } = index;
  order.sort((a, b) => importance[b] - importance[a] || ids[a] - ids[b]);
  return Int32Array.from(order);
}

/**
 * How many of the ranked `items` a node at `level` keeps. The first item is always kept, so an
 * item larger than the vertex budget still lands somewhere.
 */
export function countWithinBudget(index: ImportanceIndex, items: Int32Array, level: number, budget: TileBudget): number {
  if (level >= budget.maxLevel) return items.length;
  let take = 0;
  let vertices = 0;
  while (take < items.length && take < budget.maxFeaturesPerTile) {
    const cost = index.vertexCost[items[take]];
    if (take > 0 && vertices + cost > budget.maxVerticesPerTile) break;
    vertices += cost;
    take++;
  }
  return take;
}

/** Largest size among `items`. */
export function largestSize(index: ImportanceIndex, items: Int32Array): number {
  let size = 0;
  for (const item of items) size = Math.max(size, index.size[item]);
  return size;
}

/**
 * Stable partition of `items` into `cellCount` cells, `cellOf` giving each item's cell; the
 * importance order is kept within each cell.
 */
export function partitionItems(items: Int32Array, cellCount: number, cellOf: (item: number) => number): Int32Array[] {
  const cells = new Uint8Array(items.length);
  const counts = new Array<number>(cellCount).fill(0);
  for (let i = 0; i < items.length; i++) {
    const cell = cellOf(items[i]);
    cells[i] = cell;
    counts[cell]++;
  }
  const parts = counts.map((count) => new Int32Array(count));
  const fill = new Array<number>(cellCount).fill(0);
  for (let i = 0; i < items.length; i++) parts[cells[i]][fill[cells[i]]++] = items[i];
  return parts;
}

/** Sets `geometricError` on `node` and all its descendants. */
export function assignGeometricError<T extends ImportanceNode<T>>(node: T): void {
  if (node.children.length === 0) {
    node.geometricError = 0;
    return;
  }
  let missing = 0;
  let largestChildError = 0;
  for (const child of node.children) {
    assignGeometricError(child);
    missing = Math.max(missing, child.contentSize, child.geometricError);
    largestChildError = Math.max(largestChildError, child.geometricError);
  }
  node.geometricError = missing > largestChildError ? missing : largestChildError * 1.01 + 0.01;
}

/** Visits every node, parents before children, in child order. */
export function forEachNode<T extends { children: T[] }>(root: T, visit: (node: T) => void): void {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
