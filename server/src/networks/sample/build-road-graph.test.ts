import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRoadGraph } from './build-road-graph.ts';
import type { RoadLine } from './read-road-lines.ts';
import { nodeComponents } from './road-graph.ts';
import type { Point } from './polyline-geometry.ts';

const line = (osmId: number, points: Point[], roadClass: RoadLine['roadClass'] = 'secondary', bridge = false): RoadLine => ({ osmId, name: null, roadClass, oneway: false, bridge, points });
const options = { snapDistance: 4, mergeDistance: 4, minComponentLength: 100 };

test('two streets crossing without a shared vertex meet in a four-way junction', () => {
  const graph = buildRoadGraph([line(1, [[0, 0], [400, 0]]), line(2, [[200, -200], [200, 200]])], options);
  const junction = graph.nodes.find((n) => n.edges.length === 4);
  assert.ok(junction);
  assert.deepEqual([junction.x, junction.y], [200, 0]);
  assert.equal(graph.edges.length, 4);
  for (const edge of graph.edges) assert.ok(Math.abs(edge.length - 200) < 1e-9);
});

test('a street ending 3 m short of another is snapped onto it; a bridge passing over is not noded', () => {
  const graph = buildRoadGraph([line(1, [[0, 0], [400, 0]]), line(2, [[100, 3], [100, 200]]), line(3, [[300, -100], [300, 100]], 'secondary', true)], options);
  const tee = graph.nodes.find((n) => n.edges.length === 3);
  assert.ok(tee);
  assert.deepEqual([tee.x, tee.y], [100, 0]);
  assert.equal(graph.nodes.filter((n) => n.edges.length === 4).length, 0);
});

test('junction nodes closer than the merge distance are fused; small separate pieces are dropped', () => {
  const graph = buildRoadGraph([line(1, [[0, 0], [200, 0]]), line(2, [[0, 2], [-200, 2]]), line(3, [[1000, 1000], [1050, 1000]])], options);
  assert.equal(graph.nodes.filter((n) => n.edges.length === 2).length, 1);
  assert.equal(Math.max(...nodeComponents(graph)) + 1, 1);
  assert.ok(graph.edges.every((e) => e.osmId !== 3));
});
