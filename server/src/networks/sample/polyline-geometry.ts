import { polylineLength, type Point } from '../snap/polyline.ts';

// Plane geometry on polylines in projected metres. Offsets are to the right of the direction of
// travel for positive distances, so a street's "right side" follows its drawing direction.

export type { Point };
export { polylineLength };

/** The point at `chainage` metres along `points` (clamped to the ends) and the direction there. */
export function pointAlong(points: readonly Point[], chainage: number): { point: Point; direction: Point } {
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const length = Math.hypot(bx - ax, by - ay);
    if (length === 0) continue;
    if (travelled + length >= chainage || i === points.length - 1) {
      const t = Math.min(1, Math.max(0, (chainage - travelled) / length));
      return { point: [ax + t * (bx - ax), ay + t * (by - ay)], direction: [(bx - ax) / length, (by - ay) / length] };
    }
    travelled += length;
  }
  return { point: points[0], direction: [1, 0] };
}

/** The part of `points` between two chainages, with the original vertices strictly inside. */
export function slicePolyline(points: readonly Point[], from: number, to: number): Point[] {
  const out: Point[] = [pointAlong(points, from).point];
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    travelled += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
    if (travelled > from + 1e-6 && travelled < to - 1e-6) out.push(points[i]);
  }
  out.push(pointAlong(points, to).point);
  return out;
}

/** `points` offset by `distance` metres to the right (negative: left), with mitred joins. */
export function offsetPolyline(points: readonly Point[], distance: number): Point[] {
  const normals: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const dx = points[i][0] - points[i - 1][0];
    const dy = points[i][1] - points[i - 1][1];
    const length = Math.hypot(dx, dy) || 1;
    normals.push([dy / length, -dx / length]);
  }
  return points.map((point, i) => {
    const a = normals[Math.max(0, i - 1)];
    const b = normals[Math.min(normals.length - 1, i)];
    let nx = a[0] + b[0];
    let ny = a[1] + b[1];
    const length = Math.hypot(nx, ny);
    if (length < 1e-9) return [point[0] + a[0] * distance, point[1] + a[1] * distance];
    nx /= length;
    ny /= length;
    const scale = Math.min(2, 1 / Math.max(1e-6, nx * a[0] + ny * a[1]));
    return [point[0] + nx * distance * scale, point[1] + ny * distance * scale];
  });
}

/** Deflection at `b` between a→b and b→c, in degrees (0 = straight on). */
export function deflection(a: Point, b: Point, c: Point): number {
  const a1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const a2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  let d = Math.abs(a2 - a1);
  if (d > Math.PI) d = 2 * Math.PI - d;
  return (d * 180) / Math.PI;
}

/** Douglas-Peucker simplification: drops vertices closer than `tolerance` to the simplified line. */
export function simplifyPolyline(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > worstDistance) (worst = i), (worstDistance = d);
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Distance from `p` to segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/** Where segments p1-p2 and q1-q2 cross: the parameters along each, or null (parallel or apart). */
export function segmentIntersection(p1: Point, p2: Point, q1: Point, q2: Point): { t: number; u: number } | null {
  const rx = p2[0] - p1[0];
  const ry = p2[1] - p1[1];
  const sx = q2[0] - q1[0];
  const sy = q2[1] - q1[1];
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-12) return null;
  const qpx = q1[0] - p1[0];
  const qpy = q1[1] - p1[1];
  const t = (qpx * sy - qpy * sx) / denominator;
  const u = (qpx * ry - qpy * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : null;
}
