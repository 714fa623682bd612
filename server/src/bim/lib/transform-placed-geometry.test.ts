import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendBounds, transformPlacedGeometry } from './transform-placed-geometry.ts';

// web-ifc's output space is Y-up: model (X, Y, Z) arrives as (X, Z, -Y).
const Y_UP = [1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 1];

test('transformPlacedGeometry undoes the Y-up turn and applies scale and offset', () => {
  // One triangle, normal +Z in local space; matrix: local→Y-up with 0.001 scale and a shift.
  const vertices = new Float32Array([0, 0, 0, 0, 0, 1, 1000, 0, 0, 0, 0, 1, 0, 1000, 0, 0, 0, 1]);
  const scaleShift = [0.001, 0, 0, 0, 0, 0, -0.001, 0, 0, 0.001, 0, 0, 5, 2, -3, 1];
  const { positions, normals, indices } = transformPlacedGeometry(vertices, new Uint32Array([0, 1, 2]), scaleShift);
  // Shift (5, 2, -3) in Y-up is model (5, 3, 2).
  assert.deepEqual(Array.from(positions), [5, 3, 2, 6, 3, 2, 5, 4, 2]);
  assert.deepEqual(Array.from(normals), [0, 0, 1, 0, 0, 1, 0, 0, 1]);
  assert.deepEqual(Array.from(indices), [0, 1, 2]);
  const box: [number, number, number, number, number, number] = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  extendBounds(box, positions);
  assert.deepEqual(box, [5, 3, 2, 6, 4, 2]);
});

test('a mirroring placement reverses the triangle winding', () => {
  const mirror = Y_UP.slice();
  mirror[0] = -1;
  const vertices = new Float32Array(18);
  const { indices } = transformPlacedGeometry(vertices, new Uint32Array([0, 1, 2]), mirror);
  assert.deepEqual(Array.from(indices), [0, 2, 1]);
  assert.throws(() => transformPlacedGeometry(vertices, new Uint32Array(), [1, 2]), /expected 16/);
});
