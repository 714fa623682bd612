/** A point in the source CRS. */
export type Point = [number, number];

/** Where a point falls on a polyline: the nearest point, its distance and its chainage. */
export interface PolylineProjection {
  /** Distance from the point to the polyline, in coordinate units. */
  distance: number;
  /** Distance along the polyline from its start to the projected point. */
  chainage: number;
  x: number;
  y: number;
}

/** Nearest point of segment `a`-`b` to `p`: squared distance and the parameter t in [0, 1]. */
export function projectOnSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): { distanceSquared: number; t: number } {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = ax + t * dx - px;
  const qy = ay + t * dy - py;
  return { distanceSquared: qx * qx + qy * qy, t };
}

/** Total length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return length;
}

/** Projection of (x, y) on segment `segment` (points[segment] to points[segment + 1]). */
export function projectOnPolylineSegment(points: readonly Point[], segment: number, x: number, y: number): PolylineProjection {
  const [ax, ay] = points[segment];
  const [bx, by] = points[segment + 1];
  const { distanceSquared, t } = projectOnSegment(x, y, ax, ay, bx, by);
  let chainage = 0;
  for (let i = 1; i <= segment; i++) chainage += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  chainage += t * Math.hypot(bx - ax, by - ay);
  return { distance: Math.sqrt(distanceSquared), chainage, x: ax + t * (bx - ax), y: ay + t * (by - ay) };
}

/**
 * Cuts a polyline at increasing chainages into `chainages.length + 1` pieces; each piece keeps the
 * original vertices strictly inside it and starts and ends at the cut points.
 */
export function splitPolyline(points: readonly Point[], chainages: readonly number[]): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] = [points[0]];
  let cut = 0;
  let travelled = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const length = Math.hypot(bx - ax, by - ay);
    while (cut < chainages.length && (chainages[cut] <= travelled + length || i === points.length - 1)) {
      const t = length === 0 ? 0 : Math.min(1, Math.max(0, (chainages[cut] - travelled) / length));
      const at: Point = [ax + t * (bx - ax), ay + t * (by - ay)];
      pushDistinct(current, at);
      pieces.push(current);
      current = [at];
      cut++;
    }
    travelled += length;
    pushDistinct(current, points[i]);
  }
  pieces.push(current);
  return pieces;
}

function pushDistinct(points: Point[], point: Point): void {
  const last = points[points.length - 1];
  if (points.length === 0 || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
}
