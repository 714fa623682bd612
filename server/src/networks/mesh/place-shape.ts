/**
 * Places a unit shape (see unit-shapes.ts) in the local frame by an affine map: a point p of the
 * shape goes to origin + x·p.x + y·p.y + z·p.z. Normals go through the cofactor matrix (the
 * inverse transpose up to scale), so a cylinder stretched to a shaft keeps horizontal side
 * normals; a mirroring map flips the winding so faces stay front-facing.
 */
import type { MeshPartWriter } from './mesh-part-writer.ts';
import type { UnitShape, UnitShapeKind } from './unit-shapes.ts';
import { cross, dot, type Vec3 } from './vector3.ts';

/** Where and how big one unit shape goes: the images of the shape's x, y and z axes. */
export interface ShapePlacement {
  kind: UnitShapeKind;
  /** Vertices round, for cylinders and spheres. */
  segments: number;
  origin: Vec3;
  x: Vec3;
  y: Vec3;
  z: Vec3;
}

/** Maps a shape point to the local frame. */
function apply(placement: ShapePlacement, px: number, py: number, pz: number): Vec3 {
  const { origin: o, x, y, z } = placement;
  return [
    o[0] + x[0] * px + y[0] * py + z[0] * pz,
    o[1] + x[1] * px + y[1] * py + z[1] * pz,
    o[2] + x[2] * px + y[2] * py + z[2] * pz,
  ];
}

/** Box of the placed shape (its unit box's corners mapped), as min x, y, z, max x, y, z. */
export function placedBounds(shape: UnitShape, placement: ShapePlacement): [number, number, number, number, number, number] {
  const out: [number, number, number, number, number, number] = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  const b = shape.bounds;
  for (let corner = 0; corner < 8; corner++) {
    const p = apply(placement, corner & 1 ? b[3] : b[0], corner & 2 ? b[4] : b[1], corner & 4 ? b[5] : b[2]);
    for (let k = 0; k < 3; k++) {
      out[k] = Math.min(out[k], p[k]);
      out[k + 3] = Math.max(out[k + 3], p[k]);
    }
  }
  return out;
}

/** Grows `box` (min x, y, z, max x, y, z) to hold `other`. */
export function growBounds(box: number[], other: readonly number[]): void {
  for (let k = 0; k < 3; k++) {
    box[k] = Math.min(box[k], other[k]);
    box[k + 3] = Math.max(box[k + 3], other[k + 3]);
  }
}

/** Writes the placed shape. */
export function writePlacedShape(shape: UnitShape, placement: ShapePlacement, writer: MeshPartWriter): void {
  const { x, y, z } = placement;
  const cofactor = [cross(y, z), cross(z, x), cross(x, y)];
  const mirrored = dot(x, cofactor[0]) < 0;
  const base = writer.vertices;
  const p = shape.positions;
  const n = shape.normals;
  for (let v = 0; v < shape.vertexCount; v++) {
    const position = apply(placement, p[v * 3], p[v * 3 + 1], p[v * 3 + 2]);
    const normal: Vec3 = [0, 0, 0];
    for (let k = 0; k < 3; k++) normal[k] = cofactor[0][k] * n[v * 3] + cofactor[1][k] * n[v * 3 + 1] + cofactor[2][k] * n[v * 3 + 2];
    const length = Math.hypot(normal[0], normal[1], normal[2]) * (mirrored ? -1 : 1);
    writer.vertex(position, [normal[0] / length, normal[1] / length, normal[2] / length]);
  }
  const indices = shape.indices;
  for (let t = 0; t < indices.length; t += 3) {
    if (mirrored) writer.triangle(base + indices[t], base + indices[t + 2], base + indices[t + 1]);
    else writer.triangle(base + indices[t], base + indices[t + 1], base + indices[t + 2]);
  }
}
