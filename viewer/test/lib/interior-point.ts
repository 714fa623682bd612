/**
 * A point well inside a footprint, to click on. The centroid of a concave or holed footprint
 * can fall outside it, so this scans a grid over the bounding box and keeps the inside point
 * farthest from every edge (a coarse pole of inaccessibility).
 */
import { isInsideRing } from '../../src/lib/geometry/point-in-polygon.ts';

/** A closed ring of `[longitude, latitude]` positions. */
export type Ring = [number, number][];

/** A polygon: outer ring first, then holes. */
export type PolygonRings = Ring[];

/** The polygon of largest outer-ring area of a GeoJSON Polygon or MultiPolygon. */
export function largestPolygon(geometry: { type: string; coordinates: unknown }): PolygonRings {
  if (geometry.type === 'Polygon') return geometry.coordinates as PolygonRings;
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates as PolygonRings[];
    const sorted = [...polygons].sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])));
    if (sorted[0]) return sorted[0];
  }
  throw new Error(`interior-point: expected a Polygon or MultiPolygon, got ${geometry.type}`);
}

/** Shoelace area of a ring, in square degrees (sign gives orientation). */
export function ringArea(ring: Ring): number {
  let area = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index];
    const [x2, y2] = ring[(index + 1) % ring.length];
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

/** Whether a point lies inside a ring (even-odd rule). */
export function insideRing(point: [number, number], ring: Ring): boolean {
  return isInsideRing(point, ring);
}

/** A point inside the polygon, as far from its edges as a `steps` × `steps` grid finds. */
export function interiorPoint(polygon: PolygonRings, steps = 40): [number, number] {
  const [outer, ...holes] = polygon;
  if (!outer || outer.length < 3) throw new Error('interior-point: the polygon has no outer ring');
  const xs = outer.map((position) => position[0]);
  const ys = outer.map((position) => position[1]);
  const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  let best: [number, number] | undefined;
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point: [number, number] = [west + ((east - west) * i) / steps, south + ((north - south) * j) / steps];
      if (!insideRing(point, outer) || holes.some((hole) => insideRing(point, hole))) continue;
      const distance = Math.min(...polygon.map((ring) => distanceToRing(point, ring, xScale)));
      if (distance > bestDistance) {
        best = point;
        bestDistance = distance;
      }
    }
  }
  if (!best) throw new Error('interior-point: no grid point falls inside the polygon');
  return best;
}

function distanceToRing(point: [number, number], ring: Ring, xScale: number): number {
  let nearest = Infinity;
  for (let index = 0; index < ring.length; index++) {
    const a = ring[index];
    const b = ring[(index + 1) % ring.length];
    nearest = Math.min(nearest, distanceToSegment(point, a, b, xScale));
  }
  return nearest;
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number], xScale: number): number {
  const [px, py, ax, ay, bx, by] = [p[0] * xScale, p[1], a[0] * xScale, a[1], b[0] * xScale, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
