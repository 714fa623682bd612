import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MeshPartWriter } from './mesh-part-writer.ts';
import { normalOf, partBounds, triangleOf, vertexOf } from './mesh-test-support.ts';
import { placedBounds, writePlacedShape, type ShapePlacement } from './place-shape.ts';
import { UnitShapes } from './unit-shapes.ts';
import { dot, normalize, subtract, type Vec3 } from './vector3.ts';

const shapes = new UnitShapes();

function place(placement: ShapePlacement) {
  const shape = shapes.get(placement.kind, placement.segments);
  const writer = new MeshPartWriter({ vertices: shape.vertexCount, triangles: shape.triangleCount });
  writePlacedShape(shape, placement, writer);
  return { part: writer.finish(), bounds: placedBounds(shape, placement) };
}

describe('unit shapes placed by transform', () => {
  test('shapes are built once per kind and resolution, with the counts their builders give', () => {
    assert.equal(shapes.get('cylinder', 12), shapes.get('cylinder', 12));
    assert.equal(shapes.get('cylinder', 12).vertexCount, 48);
    assert.equal(shapes.get('box', 0).vertexCount, 24);
    assert.equal(shapes.get('box', 0).triangleCount, 12);
    assert.equal(shapes.get('sphere', 8).vertexCount, 3 * 8 + 2);
    assert.equal(shapes.get('sphere', 8).triangleCount, 2 * 8 * 3);
  });

  test('a stretched, turned or mirrored shape keeps unit normals and faces facing out of its centre', () => {
    const placements: ShapePlacement[] = [
      { kind: 'sphere', segments: 8, origin: [5, 5, 5], x: [0.4, 0, 0], y: [0, 0.4, 0], z: [0, 0, 0.4] },
      { kind: 'box', segments: 0, origin: [1, 2, 3], x: [0.6, 0.6, 0], y: [-0.2, 0.2, 0], z: [0, 0, 0.3] },
      { kind: 'box', segments: 0, origin: [1, 2, 3], x: [0.6, 0.6, 0], y: [0.2, -0.2, 0], z: [0, 0, 0.3] }, // mirrored
      { kind: 'cylinder', segments: 12, origin: [0, 0, -2], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 4] },
    ];
    for (const placement of placements) {
      const { part, bounds } = place(placement);
      const centre: Vec3 = placement.kind === 'cylinder' ? [0, 0, 0] : placement.origin;
      for (let t = 0; t < part.indices.length / 3; t++) {
        const { normal, centroid } = triangleOf(part, t);
        const out = placement.kind === 'cylinder' && Math.abs(normal[2]) < 0.5 ? normalize([centroid[0], centroid[1], 0]) : normalize(subtract(centroid, centre));
        assert.ok(dot(normal, out) > 0, `${placement.kind}: triangle ${t} faces in`);
        for (let k = 0; k < 3; k++) assert.ok(dot(normalOf(part, part.indices[t * 3 + k]), normal) > 0.5, `${placement.kind}: vertex normal against the winding`);
      }
      const box = partBounds(part);
      for (let k = 0; k < 3; k++) assert.ok(box[k] >= bounds[k] - 1e-6 && box[k + 3] <= bounds[k + 3] + 1e-6);
    }
  });

  test('a shaft cylinder stretched 4 m keeps horizontal side normals', () => {
    const { part } = place({ kind: 'cylinder', segments: 16, origin: [0, 0, 0], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 4] });
    for (let v = 0; v < part.positions.length / 3; v++) {
      const n = normalOf(part, v);
      const p = vertexOf(part, v);
      assert.ok(Math.abs(n[2]) < 1e-6 || Math.abs(Math.abs(n[2]) - 1) < 1e-6);
      if (Math.abs(n[2]) < 1e-6) assert.ok(Math.abs(Math.hypot(p[0], p[1]) - 0.5) < 1e-6);
    }
  });
});
