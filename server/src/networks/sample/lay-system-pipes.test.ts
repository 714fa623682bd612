import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRoadGraph } from './build-road-graph.ts';
import { laySystemPipes } from './lay-system-pipes.ts';
import type { RoadLine } from './read-road-lines.ts';
import type { Point } from './polyline-geometry.ts';

const line = (osmId: number, points: Point[]): RoadLine => ({ osmId, name: null, roadClass: 'secondary', oneway: false, bridge: false, points });

test('at a crossing the pipes of both streets meet where their offset lines cross; pieces are at most 60 m', () => {
  const graph = buildRoadGraph([line(1, [[0, 0], [400, 0]]), line(2, [[200, -200], [200, 200]])], { snapDistance: 4, mergeDistance: 4, minComponentLength: 100 });
  // 10 m to the left of the east-west street (north) and of the north-south street (west)
  const laid = laySystemPipes(graph, new Set(graph.edges.map((e) => e.id)), new Set(), (edge) => {
    const [a, b] = [edge.points[0], edge.points[edge.points.length - 1]];
    const eastWest = Math.abs(b[0] - a[0]) > Math.abs(b[1] - a[1]);
    const forward = eastWest ? b[0] > a[0] : b[1] > a[1];
    return (forward ? -1 : 1) * 10;
  });
  const junction = laid.points.find((p) => p.roadNode !== null && graph.nodes[p.roadNode].edges.length === 4)!;
  assert.ok(Math.abs(junction.x - 190) < 1e-6 && Math.abs(junction.y - 10) < 1e-6, `junction at ${junction.x}, ${junction.y}`);
  for (const run of laid.runs) {
    assert.equal(run.points.length, run.pieces.length + 1);
    for (const piece of run.pieces) {
      const length = piece.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - piece[i][0], p[1] - piece[i][1]), 0);
      assert.ok(length <= 60 + 1e-6 && length >= 30 - 1e-6, `piece of ${length} m`);
    }
  }
});
