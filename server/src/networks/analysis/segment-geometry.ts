// Plan geometry of straight pieces (segments) for the clearance, section and excavation
// analyses. Scalar arguments rather than point arrays, and results written into a caller's
// object, because the clearance check calls these a few million times on a large network.

/** A point in plan, projected metres. */
export type PlanPoint = [number, number];

/** Closest points of two segments: their distance and the parameters s (first) and t (second) in [0, 1]. */
export interface SegmentProximity {
  distance: number;
  s: number;
  t: number;
}

/** Where two segments meet in plan; `collinear` when they overlap along a line (s, t at the overlap's middle). */
export interface SegmentCrossing {
  s: number;
  t: number;
  collinear: boolean;
}

const clamp01 = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);

/** Closest points of segments p0-p1 and q0-q1 (Ericson, Real-Time Collision Detection 5.1.9), written into `out`. */
export function closestPointsOfSegments(
  out: SegmentProximity,
  p0x: number, p0y: number, p1x: number, p1y: number,
  q0x: number, q0y: number, q1x: number, q1y: number,
): SegmentProximity {
  const d1x = p1x - p0x;
  const d1y = p1y - p0y;
  const d2x = q1x - q0x;
  const d2y = q1y - q0y;
  const rx = p0x - q0x;
  const ry = p0y - q0y;
  const a = d1x * d1x + d1y * d1y;
  const e = d2x * d2x + d2y * d2y;
  const f = d2x * rx + d2y * ry;
  let s = 0;
  let t = 0;
  if (a === 0 && e === 0) {
    s = t = 0;
  } else if (a === 0) {
    t = clamp01(f / e);
  } else {
    const c = d1x * rx + d1y * ry;
    if (e === 0) {
      s = clamp01(-c / a);
    } else {
      const b = d1x * d2x + d1y * d2y;
      const denominator = a * e - b * b;
      s = denominator > 1e-12 * a * e ? clamp01((b * f - c * e) / denominator) : 0;
      t = (b * s + f) / e;
      if (t < 0) (t = 0), (s = clamp01(-c / a));
      else if (t > 1) (t = 1), (s = clamp01((b - c) / a));
    }
  }
  out.s = s;
  out.t = t;
  out.distance = Math.hypot(p0x + s * d1x - (q0x + t * d2x), p0y + s * d1y - (q0y + t * d2y));
  return out;
}

/** Where segments p0-p1 and q0-q1 meet in plan, or null. Both must have a length. */
export function crossSegments(
  p0x: number, p0y: number, p1x: number, p1y: number,
  q0x: number, q0y: number, q1x: number, q1y: number,
): SegmentCrossing | null {
  const d1x = p1x - p0x;
  const d1y = p1y - p0y;
  const d2x = q1x - q0x;
  const d2y = q1y - q0y;
  const rx = q0x - p0x;
  const ry = q0y - p0y;
  const length1 = Math.hypot(d1x, d1y);
  const length2 = Math.hypot(d2x, d2y);
  const denominator = d1x * d2y - d1y * d2x;
  const tolerance = 1e-12;
  if (Math.abs(denominator) > 1e-10 * length1 * length2) {
    const s = (rx * d2y - ry * d2x) / denominator;
    const t = (rx * d1y - ry * d1x) / denominator;
    if (s < -tolerance || s > 1 + tolerance || t < -tolerance || t > 1 + tolerance) return null;
    return { s: clamp01(s), t: clamp01(t), collinear: false };
  }
  // Parallel: they meet only when on one line, along the overlap of their extents.
  if (Math.abs(rx * d1y - ry * d1x) > 1e-9 * length1 * Math.max(1, Math.hypot(rx, ry))) return null;
  const lengthSquared = length1 * length1;
  const u0 = (rx * d1x + ry * d1y) / lengthSquared;
  const u1 = ((q1x - p0x) * d1x + (q1y - p0y) * d1y) / lengthSquared;
  const lo = Math.max(0, Math.min(u0, u1));
  const hi = Math.min(1, Math.max(u0, u1));
  if (lo > hi + tolerance) return null;
  const s = (lo + hi) / 2;
  const t = u1 === u0 ? 0 : clamp01((s - u0) / (u1 - u0));
  return { s, t, collinear: true };
}

/**
 * The parameters s in [0, 1] for which p(s) on segment p0-p1 lies within `distance` of segment
 * q0-q1, as [lo, hi], or null. The set within a distance of a segment is a convex capsule (a
 * rectangle and two discs), so its intersection with a line is one interval.
 */
export function rangeWithinDistance(
  p0x: number, p0y: number, p1x: number, p1y: number,
  q0x: number, q0y: number, q1x: number, q1y: number,
  distance: number,
): [number, number] | null {
  const dx = p1x - p0x;
  const dy = p1y - p0y;
  const a = dx * dx + dy * dy;
  if (a === 0) {
    const near = closestPointsOfSegments({ distance: 0, s: 0, t: 0 }, p0x, p0y, p0x, p0y, q0x, q0y, q1x, q1y).distance <= distance;
    return near ? [0, 1] : null;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const [cx, cy] of [[q0x, q0y], [q1x, q1y]]) {
    const fx = p0x - cx;
    const fy = p0y - cy;
    const b = 2 * (dx * fx + dy * fy);
    const c = fx * fx + fy * fy - distance * distance;
    const discriminant = b * b - 4 * a * c;
    if (discriminant < 0) continue;
    const root = Math.sqrt(discriminant);
    lo = Math.min(lo, (-b - root) / (2 * a));
    hi = Math.max(hi, (-b + root) / (2 * a));
  }
  const qx = q1x - q0x;
  const qy = q1y - q0y;
  const length = Math.hypot(qx, qy);
  if (length > 0) {
    const ux = qx / length;
    const uy = qy / length;
    // Along q: 0 ≤ u ≤ length; across q: -distance ≤ v ≤ distance.
    const along = linearRange((p0x - q0x) * ux + (p0y - q0y) * uy, dx * ux + dy * uy, 0, length);
    const across = linearRange(-(p0x - q0x) * uy + (p0y - q0y) * ux, -dx * uy + dy * ux, -distance, distance);
    if (along && across) {
      const start = Math.max(along[0], across[0]);
      const end = Math.min(along[1], across[1]);
      if (start <= end) (lo = Math.min(lo, start)), (hi = Math.max(hi, end));
    }
  }
  lo = Math.max(lo, 0);
  hi = Math.min(hi, 1);
  return lo <= hi ? [lo, hi] : null;
}

/** The s for which value0 + s * slope lies in [min, max]; null when none. */
function linearRange(value0: number, slope: number, min: number, max: number): [number, number] | null {
  if (slope === 0) return value0 >= min && value0 <= max ? [-Infinity, Infinity] : null;
  const a = (min - value0) / slope;
  const b = (max - value0) / slope;
  return a < b ? [a, b] : [b, a];
}

/** The union of intervals as disjoint intervals in order (the input is sorted in place). */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  intervals.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of intervals) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

/** Total length of the union of intervals (the input is sorted in place). */
export function unionLength(intervals: [number, number][]): number {
  return mergeIntervals(intervals).reduce((sum, [lo, hi]) => sum + (hi - lo), 0);
}

/** Rounds to millimetres, the precision every analysis reports in. */
export function roundMillimetres(value: number): number {
  return Math.round(value * 1000) / 1000;
}
