/**
 * Spatial octree with additive refinement over the elements of a building model, built from the
 * element index alone. It follows the importance rules shared with the city quadtree (see
 * importance-tree.ts): the largest elements stay in upper tiles, the rest go to the octant of
 * their bbox centre. The root cell is the cube around every element centre; cells are cubes so a
 * tall tower and a wide podium split alike.
 *
 * Splitting elements across octants (or duplicating them) was rejected: every element lives in
 * exactly one tile, which keeps picking and metadata simple; tile boxes come from the actual
 * vertices later, so an element reaching out of its cell only widens its tile's box.
 */
import type { ElementIndex } from './element-index.ts';
import {
  assignGeometricError,
  countWithinBudget,
  largestSize,
  partitionItems,
  sortByImportance,
  type TileBudget,
} from './importance-tree.ts';

/** Options of {@link buildOctree}. */
export type OctreeOptions = TileBudget;

/** Defaults of {@link OctreeOptions}: tiles of some 100k vertices suit a browser. */
export const OCTREE_DEFAULTS: OctreeOptions = {
  maxFeaturesPerTile: 5000,
  maxVerticesPerTile: 100_000,
  maxLevel: 12,
};

/** One tile of the octree. */
export interface OctreeNode {
  level: number;
  x: number;
  y: number;
  z: number;
  /** Indices into the element index of the elements this tile holds, most important first. */
  items: Int32Array;
  children: OctreeNode[];
  /** Largest size among the elements this tile holds. */
  contentSize: number;
  /** Largest size among the elements held by descendants, nudged above children; 0 for leaves. */
  geometricError: number;
}

/** Builds the octree over every element in `index`; undefined when the index is empty. */
export function buildOctree(index: ElementIndex, options: Partial<OctreeOptions> = {}): OctreeNode | undefined {
  const settings = { ...OCTREE_DEFAULTS, ...options };
  if (index.count === 0) return undefined;
  const low = [Infinity, Infinity, Infinity];
  const high = [-Infinity, -Infinity, -Infinity];
  const centres = [index.x, index.y, index.z];
  for (let i = 0; i < index.count; i++) {
    for (let k = 0; k < 3; k++) {
      low[k] = Math.min(low[k], centres[k][i]);
      high[k] = Math.max(high[k], centres[k][i]);
    }
  }
  const size = Math.max(high[0] - low[0], high[1] - low[1], high[2] - low[2], 1) * (1 + 1e-9);
  const root = buildNode(index, settings, sortByImportance(index), [0, 0, 0, 0], low, size);
  assignGeometricError(root);
  return root;
}

/**
 * `key` is level, x, y, z of the cell; `origin` its lowest corner.
 */
function buildNode(
  index: ElementIndex,
  options: OctreeOptions,
  items: Int32Array,
  key: [number, number, number, number],
  origin: number[],
  size: number,
): OctreeNode {
  const [level, cellX, cellY, cellZ] = key;
  const take = countWithinBudget(index, items, level, options);
  const held = items.slice(0, take);
  const node: OctreeNode = {
    level,
    x: cellX,
    y: cellY,
    z: cellZ,
    items: held,
    children: [],
    contentSize: largestSize(index, held),
    geometricError: 0,
  };
  if (take === items.length) return node;

  // Octants: bit 0 upper x half, bit 1 upper y half, bit 2 upper z half.
  const half = size / 2;
  const [midX, midY, midZ] = [origin[0] + half, origin[1] + half, origin[2] + half];
  const octants = partitionItems(items.subarray(take), 8, (item) =>
    (index.x[item] >= midX ? 1 : 0) | (index.y[item] >= midY ? 2 : 0) | (index.z[item] >= midZ ? 4 : 0),
  );
  for (let octant = 0; octant < 8; octant++) {
    if (octants[octant].length === 0) continue;
    const bits = [octant & 1, (octant >> 1) & 1, (octant >> 2) & 1];
    node.children.push(
      buildNode(
        index,
        options,
        octants[octant],
        [level + 1, cellX * 2 + bits[0], cellY * 2 + bits[1], cellZ * 2 + bits[2]],
        origin.map((value, k) => value + bits[k] * half),
        half,
      ),
    );
  }
  return node;
}
