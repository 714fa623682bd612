/**
 * Geometry checks shared by the pipe mesh tests: nearest points on an axis, face normals from the
 * winding, bounds of a part.
 */
import type { WrittenPart } from './mesh-part-writer.ts';
import type { Vec3 } from './vector3.ts';

/** The nearest point of a polyline to `p`, its distance, and which end it is when it is an end. */
export function nearestOnAxis(axis: readonly Vec3[], p: readonly number[]): { point: Vec3; distance: number; end: 'start' | 'end' | null } {
  let best = { point: axis[0], distance: Infinity, end: null as 'start' | 'end' | null };
  for (let i = 0; i + 1 < axis.length; i++) {
    const a = axis[i];
    const b = axis[i + 1];
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const t = ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / (ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2);
    const clamped = Math.max(0, Math.min(1, t));
    const point: Vec3 = [a[0] + ab[0] * clamped, a[1] + ab[1] * clamped, a[2] + ab[2] * clamped];
    const distance = Math.hypot(p[0] - point[0], p[1] - point[1], p[2] - point[2]);
    if (distance < best.distance) {
      const end = t <= 0 && i === 0 ? 'start' : t >= 1 && i === axis.length - 2 ? 'end' : null;
      best = { point, distance, end };
    }
  }
  return best;
}

/** Vertex `v` of a part. */
export function vertexOf(part: WrittenPart, v: number): Vec3 {
  return [part.positions[v * 3], part.positions[v * 3 + 1], part.positions[v * 3 + 2]];
}

/** Stored normal of vertex `v`. */
export function normalOf(part: WrittenPart, v: number): Vec3 {
  return [part.normals[v * 3], part.normals[v * 3 + 1], part.normals[v * 3 + 2]];
}

/** Unit normal of triangle t from its winding, and its centroid and area. */
export function triangleOf(part: WrittenPart, t: number): { normal: Vec3; centroid: Vec3; area: number } {
  const [a, b, c] = [0, 1, 2].map((k) => vertexOf(part, part.indices[t * 3 + k]));
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const w = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const n: Vec3 = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
  const length = Math.hypot(n[0], n[1], n[2]);
  return {
    normal: [n[0] / length, n[1] / length, n[2] / length],
    centroid: [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3],
    area: length / 2,
  };
}

/** min x, y, z, max x, y, z of a part's positions. */
export function partBounds(part: { positions: Float32Array }): number[] {
  const box = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (let i = 0; i < part.positions.length; i++) {
    box[i % 3] = Math.min(box[i % 3], part.positions[i]);
    box[(i % 3) + 3] = Math.max(box[(i % 3) + 3], part.positions[i]);
  }
  return box;
}
