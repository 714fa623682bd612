import { type Point } from './polyline-geometry.ts';
import type { InputFeatureCollection } from './read-road-lines.ts';
import { SegmentGrid } from './segment-grid.ts';

// The Huangpu as the polygons of the water layer that carry its name. The polygons are tile-cut,
// so their outlines include cut lines inside the river; the nearest outline point to a point on
// land is still on the bank, because cut lines only meet the land at the bank.

/** A river as its polygon outlines. */
export interface River {
  /** Distance from a point to the river, metres; 0 inside it. */
  distance(point: Point): number;
  /** The outline point nearest to `point`. */
  nearestBankPoint(point: Point): Point;
}

/** The water polygons named `name` (e.g. 黄浦江) in projected coordinates. */
export function readRiver(water: InputFeatureCollection, project: (lon: number, lat: number) => Point, name: string): River {
  const rings: Point[][] = [];
  for (const feature of water.features ?? []) {
    if (feature.properties?.name !== name || !feature.geometry) continue;
    const { type, coordinates } = feature.geometry;
    const polygons = type === 'Polygon' ? [coordinates as number[][][]] : type === 'MultiPolygon' ? (coordinates as number[][][][]) : [];
    for (const polygon of polygons) for (const ring of polygon) rings.push(ring.map(([lon, lat]) => project(lon, lat)));
  }
  const grid = new SegmentGrid(200);
  const segments: [Point, Point][] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      grid.insert(segments.length, ring[i - 1], ring[i]);
      segments.push([ring[i - 1], ring[i]]);
    }
  }
  const nearest = (point: Point): { point: Point; distance: number } => {
    for (let radius = 200; radius <= 12800; radius *= 2) {
      let best = { point, distance: Infinity };
      for (const id of grid.query(point, point, radius)) {
        const q = closestOnSegment(point, segments[id][0], segments[id][1]);
        const distance = Math.hypot(q[0] - point[0], q[1] - point[1]);
        if (distance < best.distance) best = { point: q, distance };
      }
      if (best.distance <= radius) return best;
    }
    return { point, distance: Infinity };
  };
  return {
    distance: (point) => (rings.some((ring) => insideRing(point, ring)) ? 0 : nearest(point).distance),
    nearestBankPoint: (point) => nearest(point).point,
  };
}

function closestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return [a[0] + t * dx, a[1] + t * dy];
}

function insideRing(point: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
