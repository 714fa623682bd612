import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeVertexNormals, normalizeVectors } from './compute-vertex-normals.ts';

describe('computeVertexNormals', () => {
  it('averages face normals by area at shared vertices and falls back to +z', () => {
    // Two triangles of a roof ridge sharing the edge 1-2, and an unused vertex 4.
    const positions = [0, 0, 0, 1, 0, 1, 1, 1, 1, 2, 0, 0, 9, 9, 9];
    const normals = computeVertexNormals(positions, [0, 1, 2, 1, 3, 2]);
    const at = (v: number) => Array.from(normals.subarray(v * 3, v * 3 + 3));
    const s = Math.SQRT1_2;
    for (const [actual, expected] of [
      [at(0), [-s, 0, s]],
      [at(3), [s, 0, s]],
      [at(1), [0, 0, 1]],
      [at(4), [0, 0, 1]],
    ]) {
      for (let k = 0; k < 3; k++) assert.ok(Math.abs(actual[k] - expected[k]) < 1e-6, `${actual} vs ${expected}`);
    }
    assert.deepEqual(Array.from(normalizeVectors([0, 3, 4, 0, 0, 0, NaN, 1, 1])), [0, 0.6000000238418579, 0.800000011920929, 0, 0, 1, 0, 0, 1]);
  });
});
