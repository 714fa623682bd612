import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planTube, tubeMitreLimit, writeTube } from './build-tube.ts';
import { cleanAxis } from './clean-axis.ts';
import { MeshPartWriter, type WrittenPart } from './mesh-part-writer.ts';
import { nearestOnAxis, normalOf, triangleOf, vertexOf } from './mesh-test-support.ts';
import { dot, normalize, subtract, type Vec3 } from './vector3.ts';

function tube(axis: Vec3[], radius: number, segments: number, roundJointAngle?: number): { part: WrittenPart; planned: { vertices: number; triangles: number } } {
  const plan = planTube(axis, radius, segments, roundJointAngle === undefined ? {} : { roundJointAngle });
  const writer = new MeshPartWriter(plan.size);
  writeTube(plan, writer);
  return { part: writer.finish(), planned: plan.size };
}

/** Largest distance of any vertex from the axis polyline. */
function farthestFromAxis(part: WrittenPart, axis: Vec3[]): number {
  let farthest = 0;
  for (let v = 0; v < part.positions.length / 3; v++) farthest = Math.max(farthest, nearestOnAxis(axis, vertexOf(part, v)).distance);
  return farthest;
}

/**
 * Every triangle faces away from the axis: caps along the axis ends, the rest away from the
 * nearest axis point; vertex normals agree.
 */
function assertFacesOutward(part: WrittenPart, axis: Vec3[]): void {
  const startOut = normalize(subtract(axis[0], axis[1]));
  const endOut = normalize(subtract(axis[axis.length - 1], axis[axis.length - 2]));
  for (let t = 0; t < part.indices.length / 3; t++) {
    const { normal, centroid, area } = triangleOf(part, t);
    assert.ok(area > 1e-9, `triangle ${t} is degenerate`);
    const stored = normalOf(part, part.indices[t * 3]);
    const cap = [startOut, endOut].find((out) => Math.abs(dot(stored, out)) > 0.9999 && [0, 1, 2].every((k) => dot(normalOf(part, part.indices[t * 3 + k]), out) > 0.9999));
    if (cap) {
      assert.ok(dot(normal, cap) > 0.999, `cap triangle ${t} faces ${normal}`);
      continue;
    }
    const nearest = nearestOnAxis(axis, centroid);
    const away = normalize(subtract(centroid, nearest.point));
    assert.ok(dot(normal, away) > 0.2, `triangle ${t} at ${centroid.map((v) => v.toFixed(3))} faces ${normal.map((v) => v.toFixed(3))}, away is ${away.map((v) => v.toFixed(3))}`);
    for (let k = 0; k < 3; k++) {
      const v = part.indices[t * 3 + k];
      const n = normalOf(part, v);
      assert.ok(Math.abs(Math.hypot(...n) - 1) < 1e-5, 'unit normals');
      assert.ok(dot(n, normalize(subtract(vertexOf(part, v), nearestOnAxis(axis, vertexOf(part, v)).point))) > 0, `vertex ${v} normal points inwards`);
    }
  }
}

describe('planTube and writeTube', () => {
  test('a straight tube has two rings and two caps: 4s vertices, 2s + 2(s - 2) triangles', () => {
    for (const s of [8, 12, 16]) {
      const axis: Vec3[] = [[0, 0, 0], [30, 40, -1]];
      const { part, planned } = tube(axis, 0.15, s);
      assert.equal(part.positions.length / 3, 4 * s);
      assert.equal(part.indices.length / 3, 2 * s + 2 * (s - 2));
      assert.deepEqual(planned, { vertices: 4 * s, triangles: 4 * s - 4 });
      // Ring vertices sit at the radius; caps within it.
      for (let v = 0; v < 4 * s; v++) assert.ok(nearestOnAxis(axis, vertexOf(part, v)).distance < 0.15 + 1e-6);
      assertFacesOutward(part, axis);
    }
  });

  test('a 90° bend gets a round joint: no vertex farther from the axis than the mitre limit, faces outward', () => {
    const axis: Vec3[] = [[0, 0, 0], [10, 0, 0], [10, 10, 0.5]];
    const r = 0.3;
    const { part, planned } = tube(axis, r, 12);
    assert.equal(part.positions.length / 3, planned.vertices);
    assert.equal(part.indices.length / 3, planned.triangles);
    const farthest = farthestFromAxis(part, axis);
    assert.ok(farthest <= r * tubeMitreLimit() + 1e-5, `farthest vertex ${farthest} m from the axis`);
    assert.ok(Math.abs(tubeMitreLimit() - 1 / Math.cos(Math.PI / 6)) < 1e-12);
    assertFacesOutward(part, axis);
    // A plain mitre at 90° would spike out √2 radii: the clamp is what keeps it in.
    const mitred = tube(axis, r, 12, 100);
    assert.ok(farthestFromAxis(mitred.part, axis) > r * 1.4);
  });

  test('bends of every size, level and sloping, keep exact counts, closed rings and outward faces', () => {
    for (const degrees of [5, 30, 59, 61, 90, 120, 160, 169]) {
      const a = (degrees * Math.PI) / 180;
      const axis: Vec3[] = [[0, 0, 0], [5, 0, 0.2], [5 + 5 * Math.cos(a), 5 * Math.sin(a), 0.1], [5 + 5 * Math.cos(a), 5 * Math.sin(a) + 4, -0.4]];
      for (const s of [8, 16]) {
        const { part, planned } = tube(axis, 0.25, s);
        assert.equal(part.positions.length / 3, planned.vertices, `${degrees}°`);
        assert.equal(part.indices.length / 3, planned.triangles, `${degrees}°`);
        assert.ok(farthestFromAxis(part, axis) <= 0.25 * tubeMitreLimit() + 1e-5, `${degrees}° spikes`);
        assertFacesOutward(part, axis);
      }
    }
  });

  test('every triangle edge is shared by exactly two triangles: the tube is closed', () => {
    const axis: Vec3[] = [[0, 0, 0], [10, 0, 0], [10, 10, 0], [12, 11, 0]];
    const { part } = tube(axis, 0.3, 12);
    // Weld by position: caps have their own vertices.
    const key = (v: number) => vertexOf(part, v).map((x) => x.toFixed(4)).join(',');
    const edges = new Map<string, number>();
    for (let t = 0; t < part.indices.length / 3; t++) {
      for (let k = 0; k < 3; k++) {
        const [a, b] = [key(part.indices[t * 3 + k]), key(part.indices[t * 3 + ((k + 1) % 3)])];
        const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
        edges.set(edge, (edges.get(edge) ?? 0) + 1);
      }
    }
    const open = [...edges.values()].filter((count) => count !== 2);
    assert.deepEqual(open, []);
  });

  test('caps can be left off either end', () => {
    const plan = planTube([[0, 0, 0], [5, 0, 0], [5, 5, 0]], 0.2, 8, { capStart: false });
    const writer = new MeshPartWriter(plan.size);
    writeTube(plan, writer);
    const part = writer.finish();
    const both = planTube([[0, 0, 0], [5, 0, 0], [5, 5, 0]], 0.2, 8);
    assert.equal(both.size.vertices - plan.size.vertices, 8);
    assert.equal(both.size.triangles - plan.size.triangles, 6);
    assert.equal(part.positions.length / 3, plan.size.vertices);
  });

  test('an axis that doubles back ends the tube and starts another', () => {
    const axis: Vec3[] = [[0, 0, 0], [10, 0, 0], [0, 0.1, 0]];
    const { part } = tube(axis, 0.1, 8);
    assert.equal(part.positions.length / 3, 2 * 4 * 8);
  });

  test('cleanAxis drops repeated and straight-through points and stretches the ends', () => {
    const cleaned = cleanAxis([[0, 0, 0], [0, 0, 0.0001], [5, 0, 0], [10, 0, 0], [10, 5, 0]], { extendStart: 0.5, extendEnd: 0.25 });
    assert.deepEqual(cleaned, [[-0.5, 0, 0], [10, 0, 0], [10, 5.25, 0]]);
    assert.equal(cleanAxis([[1, 1, 1], [1, 1, 1.0005]]), null);
  });
});
