import { DataError } from '@cimtwin/schemas';
import { projectOnSegment } from '../snap/polyline.ts';
import { crossSegments, type PlanPoint } from './segment-geometry.ts';

// User-drawn polygons (an excavation outline, an area to limit a check to) as open rings:
// validated once, then asked whether points and pieces of pipe fall inside.

/** Above this many vertices the O(n²) self-intersection test is skipped. */
const SELF_INTERSECTION_LIMIT = 2000;

/**
 * Checks a ring drawn by a user and returns it open (the closing point dropped): at least 3
 * distinct points, finite numbers, an area, and edges that do not cross. `stage` starts the
 * DataError message, e.g. "excavation".
 */
export function validateRing(ring: readonly (readonly number[])[], stage: string): PlanPoint[] {
  if (!Array.isArray(ring)) throw new DataError(`${stage}: the polygon must be an array of [x, y] points`);
  const points: PlanPoint[] = ring.map((point, i) => {
    if (!Array.isArray(point) || point.length < 2 || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
      throw new DataError(`${stage}: polygon point ${i} is ${JSON.stringify(point)}; give [x, y] with finite numbers in the network CRS`);
    }
    return [point[0], point[1]];
  });
  const open = points.filter((point, i) => i === 0 || point[0] !== points[i - 1][0] || point[1] !== points[i - 1][1]);
  if (open.length > 1 && open[0][0] === open[open.length - 1][0] && open[0][1] === open[open.length - 1][1]) open.pop();
  if (open.length < 3) throw new DataError(`${stage}: the polygon has ${open.length} distinct point(s); draw at least 3`);
  if (Math.abs(ringArea(open)) === 0) throw new DataError(`${stage}: the polygon has no area (all points on one line); draw an outline around the area`);
  if (open.length <= SELF_INTERSECTION_LIMIT) {
    const crossing = findSelfIntersection(open);
    if (crossing) throw new DataError(`${stage}: polygon edges ${crossing[0]} and ${crossing[1]} cross; draw the outline without crossing itself`);
  }
  return open;
}

/** Signed area of an open ring (positive counter-clockwise). */
export function ringArea(ring: readonly PlanPoint[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return twice / 2;
}

/** Whether (x, y) is inside an open ring (even-odd rule; points on an edge may go either way). */
export function pointInRing(x: number, y: number, ring: readonly PlanPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The parameter intervals of segment p0-p1 that lie inside the ring. */
export function insideIntervals(p0x: number, p0y: number, p1x: number, p1y: number, ring: readonly PlanPoint[]): [number, number][] {
  const cuts = [0, 1];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const hit = crossSegments(p0x, p0y, p1x, p1y, ring[j][0], ring[j][1], ring[i][0], ring[i][1]);
    if (hit && !hit.collinear) cuts.push(hit.s);
  }
  cuts.sort((a, b) => a - b);
  const intervals: [number, number][] = [];
  for (let k = 1; k < cuts.length; k++) {
    const [lo, hi] = [cuts[k - 1], cuts[k]];
    if (hi - lo <= 0) continue;
    const middle = (lo + hi) / 2;
    if (!pointInRing(p0x + middle * (p1x - p0x), p0y + middle * (p1y - p0y), ring)) continue;
    const last = intervals[intervals.length - 1];
    if (last && last[1] === lo) last[1] = hi;
    else intervals.push([lo, hi]);
  }
  return intervals;
}

/** Whether segment p0-p1 has any point inside or on the ring. */
export function segmentMeetsRing(p0x: number, p0y: number, p1x: number, p1y: number, ring: readonly PlanPoint[]): boolean {
  if (pointInRing(p0x, p0y, ring) || pointInRing(p1x, p1y, ring)) return true;
  if (p0x === p1x && p0y === p1y) return false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    if (crossSegments(p0x, p0y, p1x, p1y, ring[j][0], ring[j][1], ring[i][0], ring[i][1])) return true;
  }
  return false;
}

/** Distance from (x, y) to the nearest edge of the ring. */
export function distanceToRingEdge(x: number, y: number, ring: readonly PlanPoint[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, projectOnSegment(x, y, ring[j][0], ring[j][1], ring[i][0], ring[i][1]).distanceSquared);
  return Math.sqrt(best);
}

/** A bbox [minX, minY, maxX, maxY] as an open ring. */
export function bboxRing([minX, minY, maxX, maxY]: readonly number[]): PlanPoint[] {
  return [[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY]];
}

function findSelfIntersection(ring: readonly PlanPoint[]): [number, number] | null {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const [a, b] = [ring[i], ring[(i + 1) % n]];
    for (let j = i + 1; j < n; j++) {
      // neighbouring edges share a vertex by construction
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      const [c, d] = [ring[j], ring[(j + 1) % n]];
      if (crossSegments(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return [i, j];
    }
  }
  return null;
}
