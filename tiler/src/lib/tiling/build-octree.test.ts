import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSyntheticModelSource } from '../../bench-mesh-tiling.ts';
import { buildOctree, type OctreeNode } from './build-octree.ts';
import { buildElementIndex } from './element-index.ts';
import { forEachNode } from './importance-tree.ts';

describe('buildOctree', () => {
  it('splits 22,000 synthetic elements within budget, large elements first', async () => {
    const { index, skipped } = buildElementIndex(await createSyntheticModelSource(22_000).summaries());
    assert.deepEqual(skipped, {});
    const budget = { maxFeaturesPerTile: 400, maxVerticesPerTile: 4800, maxLevel: 12 };
    const root = buildOctree(index, budget)!;
    const seen = new Uint8Array(index.count);
    const nodes: OctreeNode[] = [];
    forEachNode(root, (node) => nodes.push(node));
    const keys = new Set<string>();
    for (const node of nodes) {
      const key = `${node.level}/${node.x}/${node.y}/${node.z}`;
      assert.ok(!keys.has(key), `key ${key} repeats`);
      keys.add(key);
      assert.ok(node.items.length > 0 && node.items.length <= budget.maxFeaturesPerTile);
      const cost = node.items.reduce((sum, item) => sum + index.vertexCost[item], 0);
      assert.ok(cost <= budget.maxVerticesPerTile, `tile ${key} has ${cost} vertices`);
      for (const item of node.items) seen[item]++;
      if (node.children.length === 0) assert.equal(node.geometricError, 0);
      const smallestHere = Math.min(...Array.from(node.items, (item) => index.size[item]));
      for (const child of node.children) {
        assert.equal(child.level, node.level + 1);
        assert.ok(child.x >> 1 === node.x && child.y >> 1 === node.y && child.z >> 1 === node.z, 'child keys follow the octree');
        assert.ok(node.geometricError > child.geometricError, 'errors decrease downwards');
        assert.ok(node.geometricError >= child.contentSize);
        forEachNode(child, (descendant) => {
          for (const item of descendant.items) assert.ok(index.size[item] <= smallestHere);
        });
      }
    }
    assert.ok(seen.every((count) => count === 1), 'every element is in exactly one tile');
    // 200 storeys of 4 walls and a slab: the 1,000 largest elements fill the root and its children.
    assert.ok(Array.from(root.items).every((item) => index.size[item] > 20));
    assert.ok(nodes.some((node) => node.level >= 2));
  });

  it('keeps a small model in one leaf, and indexes nothing from bad summaries', () => {
    const { index, skipped } = buildElementIndex([
      { id: 1, bbox: [0, 0, 0, 1, 1, 1], vertexCount: 8 },
      { id: 1, bbox: [0, 0, 0, 1, 1, 1], vertexCount: 8 },
      { id: 2, bbox: [0, 0, 0, Infinity, 1, 1], vertexCount: 8 },
      { id: 3, bbox: [2, 0, 0, 1, 1, 1], vertexCount: 8 },
    ]);
    assert.deepEqual(skipped, { 'duplicate id': 1, 'invalid bbox': 2 });
    const root = buildOctree(index)!;
    assert.deepEqual(Array.from(root.items), [0]);
    assert.equal(root.children.length, 0);
    assert.equal(root.contentSize, Math.fround(Math.sqrt(3)));
    assert.equal(buildOctree(buildElementIndex([]).index), undefined);
  });
});
