import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSyntheticCitySource } from '../../bench-tiling.ts';
import { createEnuFrame } from '../geodesy/enu-frame.ts';
import { buildQuadtree, forEachNode, type QuadtreeNode } from './build-quadtree.ts';
import { buildFeatureIndex } from './feature-index.ts';

describe('buildQuadtree', () => {
  it('splits a synthetic city of 20,000 buildings into levels within budget, skyline first', async () => {
    const summaries = await createSyntheticCitySource(20_000).summaries();
    const { index, skipped } = buildFeatureIndex(summaries, createEnuFrame(24.94, 60.17), { kind: 'extrusion', defaultHeight: 10 });
    assert.equal(skipped, 0);
    const budget = { maxFeaturesPerTile: 500, maxVerticesPerTile: 2000, maxLevel: 20 };
    const root = buildQuadtree(index, budget)!;

    const seen = new Uint8Array(index.count);
    const nodes: QuadtreeNode[] = [];
    forEachNode(root, (node) => nodes.push(node));
    let deepest = 0;
    for (const node of nodes) {
      deepest = Math.max(deepest, node.level);
      assert.ok(node.items.length > 0 && node.items.length <= budget.maxFeaturesPerTile);
      const cost = node.items.reduce((sum, item) => sum + index.vertexCost[item], 0);
      assert.ok(cost <= budget.maxVerticesPerTile, `tile ${node.level}/${node.x}/${node.y} has ${cost} vertices`);
      for (const item of node.items) seen[item]++;
      if (node.children.length === 0) {
        assert.equal(node.geometricError, 0);
        continue;
      }
      const leastImportantHere = Math.min(...Array.from(node.items, (item) => index.importance[item]));
      for (const child of node.children) {
        assert.equal(child.level, node.level + 1);
        assert.ok(child.x >> 1 === node.x && child.y >> 1 === node.y, 'child keys follow the quadtree');
        assert.ok(node.geometricError > child.geometricError, 'errors decrease downwards');
        forEachNode(child, (descendant) => {
          for (const item of descendant.items) assert.ok(index.importance[item] <= leastImportantHere);
        });
      }
    }
    assert.ok(seen.every((count) => count === 1), 'every feature is in exactly one tile');
    assert.ok(deepest >= 3, `only ${deepest + 1} levels`);
    // The root holds the tallest towers (about 2% of buildings are 60-200 m).
    const rootHeights = Array.from(root.items, (item) => index.size[item]);
    assert.ok(Math.max(...rootHeights) > 150);
  });

  it('keeps everything in one leaf when the budget allows, and nothing for an empty index', async () => {
    const summaries = await createSyntheticCitySource(50).summaries();
    const { index } = buildFeatureIndex(summaries, createEnuFrame(24.94, 60.17), { kind: 'extrusion', defaultHeight: 10 });
    const root = buildQuadtree(index)!;
    assert.equal(root.items.length, 50);
    assert.equal(root.children.length, 0);
    const empty = buildFeatureIndex([], createEnuFrame(0, 0), { kind: 'surface', defaultHeight: 10 }).index;
    assert.equal(buildQuadtree(empty), undefined);
  });
});
