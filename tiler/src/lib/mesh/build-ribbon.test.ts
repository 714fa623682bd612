import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRibbon } from './build-ribbon.ts';
import { meshTriangleCount, meshVertexCount } from './mesh-data.ts';
import { planArea, ring } from './mesh-test-support.ts';

const point = (positions: Float32Array, v: number) => [positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]];

describe('buildRibbon', () => {
  it('turns a straight segment into a strip of the given width at the ground offset', () => {
    const mesh = buildRibbon([ring([[0, 0], [100, 0]])], { width: 8, offset: 0.5, featureId: 2 });
    assert.equal(meshVertexCount(mesh), 4);
    assert.equal(meshTriangleCount(mesh), 2);
    assert.deepEqual(point(mesh.positions, 0), [0, 4, 0.5]);
    assert.deepEqual(point(mesh.positions, 1), [0, -4, 0.5]);
    assert.deepEqual(point(mesh.positions, 3), [100, -4, 0.5]);
    assert.ok(Math.abs(planArea(mesh, 0) + planArea(mesh, 1) - 800) < 1e-6);
    for (let v = 0; v < 4; v++) assert.deepEqual(point(mesh.normals, v), [0, 0, 1]);
    assert.ok(mesh.featureIds.every((id) => id === 2));
  });

  it('mitres a right-angle turn so both edges keep the full width', () => {
    const mesh = buildRibbon([ring([[0, 0], [50, 0], [50, 50]])], { width: 10, offset: 0 });
    assert.equal(meshVertexCount(mesh), 6);
    // Left turn: the inner (left) corner is at (45, 5), the outer (right) one at (55, -5).
    const left = point(mesh.positions, 2);
    const right = point(mesh.positions, 3);
    assert.ok(Math.hypot(left[0] - 45, left[1] - 5) < 1e-4, `inner corner ${left}`);
    assert.ok(Math.hypot(right[0] - 55, right[1] + 5) < 1e-4, `outer corner ${right}`);
    for (let t = 0; t < meshTriangleCount(mesh); t++) assert.ok(planArea(mesh, t) > 0, `triangle ${t} faces down`);
  });

  it('bevels a hairpin instead of throwing a long spike', () => {
    const mesh = buildRibbon([ring([[0, 0], [100, 0], [0, 3]])], { width: 6, miterLimit: 2 });
    // The middle point gets two square-ended pairs instead of one mitred pair.
    assert.equal(meshVertexCount(mesh), 8);
    const xs = Array.from(mesh.positions.filter((_, i) => i % 3 === 0));
    assert.ok(Math.max(...xs) < 100 + 3 + 1e-6, `spike to x=${Math.max(...xs)}`);
  });

  it('skips repeated points, one-point lines and zero widths', () => {
    const mesh = buildRibbon([ring([[0, 0], [0, 0], [10, 0], [10, 0]]), ring([[5, 5], [5, 5]])], { width: 4 });
    assert.equal(meshVertexCount(mesh), 4);
    assert.equal(meshVertexCount(buildRibbon([ring([[0, 0], [10, 0]])], { width: 0 })), 0);
  });
});
