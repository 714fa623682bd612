/**
 * The few 3D vector operations the pipe mesh builders need, on plain `[x, y, z]` tuples. Axes
 * are the local frame's: x east, y north, z up (metres).
 */

/** A point or direction in the local frame. */
export type Vec3 = [number, number, number];

/** The local vertical. */
export const UP: Readonly<Vec3> = [0, 0, 1];

/** a + b. */
export function add(a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** a - b. */
export function subtract(a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** a * s. */
export function scale(a: Readonly<Vec3>, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

/** a + b * s. */
export function addScaled(a: Readonly<Vec3>, b: Readonly<Vec3>, s: number): Vec3 {
  return [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
}

/** Dot product. */
export function dot(a: Readonly<Vec3>, b: Readonly<Vec3>): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Cross product a × b. */
export function cross(a: Readonly<Vec3>, b: Readonly<Vec3>): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** Euclidean length. */
export function length(a: Readonly<Vec3>): number {
  return Math.hypot(a[0], a[1], a[2]);
}

/** a scaled to unit length; `fallback` when a is (nearly) zero. */
export function normalize(a: Readonly<Vec3>, fallback: Readonly<Vec3> = [0, 0, 0]): Vec3 {
  const l = length(a);
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [fallback[0], fallback[1], fallback[2]];
}

/** v rotated by `angle` (radians, right-handed) about the unit `axis` (Rodrigues' formula). */
export function rotateAbout(v: Readonly<Vec3>, axis: Readonly<Vec3>, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const k = cross(axis, v);
  const d = dot(axis, v) * (1 - c);
  return [v[0] * c + k[0] * s + axis[0] * d, v[1] * c + k[1] * s + axis[1] * d, v[2] * c + k[2] * s + axis[2] * d];
}

/**
 * A right-handed frame across a unit `direction`: `side` horizontal to the left of it, `top`
 * perpendicular to both (upwards for any direction that is not vertical), side × top = direction.
 * A vertical direction takes east-west as its side.
 */
export function crossFrame(direction: Readonly<Vec3>): { side: Vec3; top: Vec3 } {
  const reference: Vec3 = Math.abs(direction[2]) < 0.9999 ? [0, 0, 1] : [0, 1, 0];
  const side = normalize(cross(reference, direction));
  return { side, top: cross(direction, side) };
}
