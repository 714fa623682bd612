/**
 * Checks shared by the mesh tests: geometric face normals from the winding, areas and bounds.
 */
import type { MeshData } from './mesh-data.ts';

/** Unit normal of triangle t from its winding (counter-clockwise front). */
export function faceNormal(mesh: MeshData, t: number): [number, number, number] {
  const p = (i: number) => [0, 1, 2].map((k) => mesh.positions[mesh.indices[t * 3 + i] * 3 + k]);
  const [a, b, c] = [p(0), p(1), p(2)];
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
  const length = Math.hypot(n[0], n[1], n[2]);
  return [n[0] / length, n[1] / length, n[2] / length];
}

/** Area of triangle t projected on the x/y plane, positive when counter-clockwise from above. */
export function planArea(mesh: MeshData, t: number): number {
  const p = (i: number) => [mesh.positions[mesh.indices[t * 3 + i] * 3], mesh.positions[mesh.indices[t * 3 + i] * 3 + 1]];
  const [a, b, c] = [p(0), p(1), p(2)];
  return ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;
}

/** Centroid of triangle t. */
export function centroid(mesh: MeshData, t: number): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) out[k] += mesh.positions[mesh.indices[t * 3 + i] * 3 + k] / 3;
  return out;
}

/** The stored vertex normal of the first vertex of triangle t. */
export function storedNormal(mesh: MeshData, t: number): [number, number, number] {
  const v = mesh.indices[t * 3];
  return [mesh.normals[v * 3], mesh.normals[v * 3 + 1], mesh.normals[v * 3 + 2]];
}

/** A ring as x/y/z triplets at ground 0 from [x, y] pairs. */
export function ring(points: Array<[number, number]>, z = 0): Float64Array {
  return Float64Array.from(points.flatMap(([x, y]) => [x, y, z]));
}
