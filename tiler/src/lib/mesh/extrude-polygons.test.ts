import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extrudePolygons } from './extrude-polygons.ts';
import { meshTriangleCount, meshVertexCount, type MeshData } from './mesh-data.ts';
import { centroid, faceNormal, planArea, ring, storedNormal } from './mesh-test-support.ts';

const SQUARE = ring([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]);
const HOLE = ring([[3, 3], [3, 7], [7, 7], [7, 3]]);
const L_SHAPE = ring([[0, 0], [20, 0], [20, 8], [8, 8], [8, 20], [0, 20]]);

/** Every face's winding agrees with its stored normal. */
function assertWindingMatchesNormals(mesh: MeshData): void {
  for (let t = 0; t < meshTriangleCount(mesh); t++) {
    const geometric = faceNormal(mesh, t);
    const stored = storedNormal(mesh, t);
    const dot = geometric[0] * stored[0] + geometric[1] * stored[1] + geometric[2] * stored[2];
    assert.ok(dot > 0.999, `triangle ${t}: winding normal ${geometric} vs stored ${stored}`);
  }
}

function roofArea(mesh: MeshData, top: number): number {
  let area = 0;
  for (let t = 0; t < meshTriangleCount(mesh); t++) {
    if (storedNormal(mesh, t)[2] === 1 && Math.abs(centroid(mesh, t)[2] - top) < 1e-6) area += planArea(mesh, t);
  }
  return area;
}

describe('extrudePolygons', () => {
  it('extrudes a square with a hole: roof with hole, outer and inner walls, flat shaded', () => {
    const mesh = extrudePolygons([[SQUARE, HOLE]], { height: 20, featureId: 3 });
    // 8 roof vertices + 4 per wall edge (8 edges); earcut gives 8 roof triangles, walls 2 per edge.
    assert.equal(meshVertexCount(mesh), 8 + 32);
    assert.equal(meshTriangleCount(mesh), 8 + 16);
    assert.ok(Math.abs(roofArea(mesh, 20) - (100 - 16)) < 1e-6);
    assert.ok(mesh.featureIds.every((id) => id === 3));
    assertWindingMatchesNormals(mesh);
    for (let t = 0; t < meshTriangleCount(mesh); t++) {
      const normal = storedNormal(mesh, t);
      if (normal[2] !== 0) continue;
      const [cx, cy] = centroid(mesh, t);
      const onHole = cx >= 3 - 1e-9 && cx <= 7 + 1e-9 && cy >= 3 - 1e-9 && cy <= 7 + 1e-9;
      // Outer walls face away from the centre (5, 5); hole walls face into the hole, also towards (5, 5).
      const outward = normal[0] * (cx - 5) + normal[1] * (cy - 5);
      assert.ok(onHole ? outward < 0 : outward > 0, `wall at ${cx},${cy} faces ${normal}`);
    }
  });

  it('gives the same mesh for clockwise input', () => {
    const reversed = (r: Float64Array) => {
      const out = new Float64Array(r.length);
      for (let i = 0; i < r.length / 3; i++) out.set(r.subarray(i * 3, i * 3 + 3), r.length - (i + 1) * 3);
      return out;
    };
    const mesh = extrudePolygons([[reversed(SQUARE), reversed(HOLE)]], { height: 20 });
    assert.equal(meshTriangleCount(mesh), 24);
    assertWindingMatchesNormals(mesh);
    assert.ok(Math.abs(roofArea(mesh, 20) - 84) < 1e-6);
  });

  it('extrudes a concave L-shaped footprint', () => {
    const mesh = extrudePolygons([[L_SHAPE]], { height: 12 });
    assert.equal(meshVertexCount(mesh), 6 + 24);
    assert.equal(meshTriangleCount(mesh), 4 + 12);
    assert.ok(Math.abs(roofArea(mesh, 12) - (20 * 8 + 8 * 12)) < 1e-6);
    assertWindingMatchesNormals(mesh);
    const zs = Array.from(mesh.positions.filter((_, i) => i % 3 === 2));
    assert.equal(Math.min(...zs), 0);
    assert.equal(Math.max(...zs), 12);
  });

  it('closes the bottom of a building part that starts above the ground', () => {
    const mesh = extrudePolygons([[SQUARE]], { height: 30, minHeight: 10 });
    assert.equal(meshVertexCount(mesh), 4 + 4 + 16);
    assert.equal(meshTriangleCount(mesh), 2 + 2 + 8);
    assertWindingMatchesNormals(mesh);
    const floor = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].filter((t) => storedNormal(mesh, t)[2] === -1);
    assert.equal(floor.length, 2);
    for (const t of floor) assert.ok(Math.abs(centroid(mesh, t)[2] - 10) < 1e-6);
    const zs = Array.from(mesh.positions.filter((_, i) => i % 3 === 2));
    assert.equal(Math.min(...zs), 10);
  });

  it('drops repeated points and degenerate rings, and merges multipolygon parts', () => {
    const noisy = ring([[0, 0], [0, 0], [10, 0], [10, 0.0000001], [10, 10], [0, 10], [0, 0]]);
    const sliver = ring([[0, 0], [5, 0], [10, 0]]);
    const second = ring([[20, 0], [25, 0], [25, 5], [20, 5]]);
    const mesh = extrudePolygons([[noisy, sliver], [second], [sliver]], { height: 5 });
    assert.equal(meshVertexCount(mesh), 2 * (4 + 16));
    assertWindingMatchesNormals(mesh);
    assert.equal(meshVertexCount(extrudePolygons([[sliver]], { height: 5 })), 0);
    assert.equal(meshVertexCount(extrudePolygons([[SQUARE]], { height: 5, minHeight: 5 })), 0);
  });
});
