import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meshTriangleCount, meshVertexCount } from './mesh-data.ts';
import { planArea, ring } from './mesh-test-support.ts';
import { triangulateSurface } from './triangulate-surface.ts';

describe('triangulateSurface', () => {
  it('triangulates a polygon with a hole, flat at the offset and facing up', () => {
    const outline = ring([[0, 0], [0, 40], [60, 40], [60, 0], [0, 0]], -0.1); // clockwise input
    const hole = ring([[10, 10], [20, 10], [20, 20], [10, 20]], -0.1);
    const mesh = triangulateSurface([[outline, hole]], { offset: 0.2, featureId: 1 });
    assert.equal(meshVertexCount(mesh), 8);
    assert.equal(meshTriangleCount(mesh), 8);
    let area = 0;
    for (let t = 0; t < meshTriangleCount(mesh); t++) {
      assert.ok(planArea(mesh, t) > 0, `triangle ${t} is not counter-clockwise from above`);
      area += planArea(mesh, t);
    }
    assert.ok(Math.abs(area - (2400 - 100)) < 1e-6);
    for (let v = 0; v < meshVertexCount(mesh); v++) {
      assert.ok(Math.abs(mesh.positions[v * 3 + 2] - 0.1) < 1e-6);
      assert.deepEqual(Array.from(mesh.normals.subarray(v * 3, v * 3 + 3)), [0, 0, 1]);
    }
    assert.ok(mesh.featureIds.every((id) => id === 1));
  });

  it('returns an empty mesh for a degenerate outline', () => {
    assert.equal(meshVertexCount(triangulateSurface([[ring([[0, 0], [1, 1], [2, 2]])]])), 0);
  });
});
