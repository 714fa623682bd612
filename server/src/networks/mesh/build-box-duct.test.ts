import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planBoxDuct, writeBoxDuct } from './build-box-duct.ts';
import { MeshPartWriter, type WrittenPart } from './mesh-part-writer.ts';
import { nearestOnAxis, normalOf, partBounds, triangleOf } from './mesh-test-support.ts';
import { dot, normalize, subtract, type Vec3 } from './vector3.ts';

function duct(axis: Vec3[], width: number, height: number): { part: WrittenPart; planned: { vertices: number; triangles: number } } {
  const plan = planBoxDuct(axis, width, height);
  const writer = new MeshPartWriter(plan.size);
  writeBoxDuct(plan, writer);
  return { part: writer.finish(), planned: plan.size };
}

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-5, `${what}: ${actual}, expected ${expected}`);

/** Flat faces: the winding agrees with the stored normals, and faces look away from the axis. */
function assertFlatOutward(part: WrittenPart, axis: Vec3[]): void {
  for (let t = 0; t < part.indices.length / 3; t++) {
    const { normal, centroid } = triangleOf(part, t);
    for (let k = 0; k < 3; k++) assert.ok(dot(normal, normalOf(part, part.indices[t * 3 + k])) > 0.999, `triangle ${t} is not flat-shaded along its winding`);
    const away = subtract(centroid, nearestOnAxis(axis, centroid).point);
    const end = nearestOnAxis(axis, centroid).end;
    if (Math.hypot(...away) > 1e-6) assert.ok(dot(normal, normalize(away)) > 0 || end !== null, `triangle ${t} faces inwards`);
  }
}

describe('planBoxDuct and writeBoxDuct', () => {
  test('a straight duct measures width across and height up, with flat faces and caps', () => {
    const { part, planned } = duct([[0, 0, 0], [20, 0, -0.5]], 0.8, 0.4);
    assert.deepEqual(planned, { vertices: 16 + 8, triangles: 8 + 4 });
    assert.equal(part.positions.length / 3, 24);
    const [minX, minY, minZ, maxX, maxY, maxZ] = partBounds(part);
    close(maxY - minY, 0.8, 'width');
    // Sloping 0.5 m over 20 m: the section tilts, the height stays 0.4 across the axis.
    const slope = Math.atan2(0.5, 20);
    close(maxZ - minZ, 0.4 * Math.cos(slope) + 0.5, 'height across the axis plus the fall');
    close(minX, -0.2 * Math.sin(slope), 'start');
    close(maxX, 20 + 0.2 * Math.sin(slope), 'end');
    assertFlatOutward(part, [[0, 0, 0], [20, 0, -0.5]]);

    const level = duct([[5, 5, 1], [5, 15, 1]], 0.8, 0.4).part;
    const box = partBounds(level);
    close(box[3] - box[0], 0.8, 'width of a duct running north');
    close(box[5] - box[2], 0.4, 'height of a level duct');
    close(box[4] - box[1], 10, 'length');
  });

  test('a 90° turn is mitred: the outer corner is where the outer faces meet, no gap, no spike', () => {
    const axis: Vec3[] = [[0, 0, 0], [10, 0, 0], [10, 10, 0]];
    const { part, planned } = duct(axis, 1.0, 0.6);
    assert.deepEqual(planned, { vertices: 32 + 8, triangles: 16 + 4 });
    const [minX, minY, , maxX, maxY] = partBounds(part);
    close(maxX, 10.5, 'outer face of the second leg');
    close(minY, -0.5, 'outer face of the first leg');
    close(minX, 0, 'start');
    close(maxY, 10, 'end');
    assertFlatOutward(part, axis);
  });

  test('a hairpin ends both legs square, overlapping, each capped', () => {
    const axis: Vec3[] = [[0, 0, 0], [10, 0, 0], [0, 2, 0]];
    const { part, planned } = duct(axis, 0.6, 0.6);
    assert.deepEqual(planned, { vertices: 32 + 16, triangles: 16 + 8 });
    assert.equal(part.positions.length / 3, 48);
  });
});
