import type { PlacedNetwork } from '../geometry/place-network.ts';
import { projectOnSegment } from '../snap/polyline.ts';
import type { PlanPoint } from './segment-geometry.ts';

// The ground line of a section: ground elevations where pipes cross the line and at the placed
// points (manholes, valves) near it, in order along the line, held level beyond the first and
// the last; the default ground when nothing is near.

/** A point of a ground line: where along the line, the elevation, and what gave it. */
export interface GroundPoint {
  /** Distance along the line (section offset or profile chainage, m). */
  at: number;
  elevation: number;
  source: 'pipe' | 'node' | 'extended' | 'default';
}

/** Placed nodes within `radius` of the polyline, as (distance along the line, ground). */
export function groundFromNodes(placed: PlacedNetwork, line: readonly PlanPoint[], radius: number): GroundPoint[] {
  const starts = [0];
  for (let i = 1; i < line.length; i++) starts.push(starts[i - 1] + Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]));
  const xs = line.map((point) => point[0]);
  const ys = line.map((point) => point[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - radius, Math.max(...xs) + radius, Math.min(...ys) - radius, Math.max(...ys) + radius];
  const points: GroundPoint[] = [];
  for (const node of placed.nodes) {
    if (node.x < minX || node.x > maxX || node.y < minY || node.y > maxY) continue;
    let best: { distanceSquared: number; at: number } | null = null;
    for (let i = 0; i + 1 < line.length; i++) {
      const { distanceSquared, t } = projectOnSegment(node.x, node.y, line[i][0], line[i][1], line[i + 1][0], line[i + 1][1]);
      if (!best || distanceSquared < best.distanceSquared) best = { distanceSquared, at: starts[i] + t * (starts[i + 1] - starts[i]) };
    }
    if (best && best.distanceSquared <= radius * radius) points.push({ at: best.at, elevation: node.ground, source: 'node' });
  }
  return points;
}

/** Sorts the points and holds the ends level out to 0 and `length`; the default ground when empty. */
export function completeGroundLine(points: GroundPoint[], length: number, defaultGround: number): GroundPoint[] {
  if (points.length === 0) return [{ at: 0, elevation: defaultGround, source: 'default' }, { at: length, elevation: defaultGround, source: 'default' }];
  const sorted = [...points].sort((a, b) => a.at - b.at || a.elevation - b.elevation);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first.at > 0) sorted.unshift({ at: 0, elevation: first.elevation, source: 'extended' });
  if (last.at < length) sorted.push({ at: length, elevation: last.elevation, source: 'extended' });
  return sorted;
}

/** The ground elevation at `at` along a completed ground line (linear between points). */
export function groundAt(line: readonly GroundPoint[], at: number): number {
  if (at <= line[0].at) return line[0].elevation;
  for (let i = 1; i < line.length; i++) {
    if (at <= line[i].at) {
      const span = line[i].at - line[i - 1].at;
      return span === 0 ? line[i].elevation : line[i - 1].elevation + ((at - line[i - 1].at) / span) * (line[i].elevation - line[i - 1].elevation);
    }
  }
  return line[line.length - 1].elevation;
}
