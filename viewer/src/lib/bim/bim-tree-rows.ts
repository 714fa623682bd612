import type { BimTreeNode } from '../api/bim-types.ts';

/** One row of the spatial tree as the model browser lists it. */
export interface BimTreeRow {
  node: BimTreeNode;
  /** 0 for the project, one more per level. */
  depth: number;
}

/** The IFC classes that make the spatial structure rather than building elements. */
export const SPATIAL_CLASSES: readonly string[] = ['IfcProject', 'IfcSite', 'IfcBuilding', 'IfcBuildingStorey', 'IfcSpace'];

/** The tree in depth-first order, parents before their children. */
export function flattenBimTree(nodes: readonly BimTreeNode[], depth = 0): BimTreeRow[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenBimTree(node.children ?? [], depth + 1)]);
}

/** The storeys of the tree, in tree order. */
export function storeysOfTree(nodes: readonly BimTreeNode[]): BimTreeNode[] {
  return flattenBimTree(nodes)
    .map((row) => row.node)
    .filter((node) => node.ifcClass === 'IfcBuildingStorey');
}

/** Element counts per IFC class over the whole tree, spatial classes left out, by class name. */
export function elementClassesOfTree(nodes: readonly BimTreeNode[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { node } of flattenBimTree(nodes)) {
    for (const [ifcClass, count] of Object.entries(node.classes ?? {})) {
      if (SPATIAL_CLASSES.includes(ifcClass)) continue;
      counts.set(ifcClass, (counts.get(ifcClass) ?? 0) + count);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}
