import { segmentIntersection, type Point } from './polyline-geometry.ts';
import type { SampleLine, SampleSystem } from './sample-system.ts';
import { SegmentGrid } from './segment-grid.ts';

// Where segments of different systems cross in plan, and how far apart they are vertically
// there. A segment's depth varies linearly along its drawn length between its two end depths,
// which is how a reader of CJJ 61 tables has to interpolate too.

/** A plan crossing of polyline `a` of one set with polyline `b` of another, at fractions of their lengths. */
export interface LineCrossing {
  a: number;
  fractionA: number;
  b: number;
  fractionB: number;
  x: number;
  y: number;
}

/** Every plan crossing between the polylines of `setA` and those of `setB`, in a stable order. */
export function findLineCrossings(setA: readonly (readonly Point[])[], setB: readonly (readonly Point[])[]): LineCrossing[] {
  const grid = new SegmentGrid(40);
  const pieces: { line: number; index: number; start: number; length: number; total: number }[] = [];
  setB.forEach((vertices, line) => {
    const lengths = vertices.slice(1).map((v, i) => Math.hypot(v[0] - vertices[i][0], v[1] - vertices[i][1]));
    const total = lengths.reduce((sum, x) => sum + x, 0) || 1;
    let start = 0;
    lengths.forEach((length, index) => {
      grid.insert(pieces.length, vertices[index], vertices[index + 1]);
      pieces.push({ line, index, start, length, total });
      start += length;
    });
  });
  const crossings: LineCrossing[] = [];
  setA.forEach((vertices, a) => {
    const lengths = vertices.slice(1).map((v, i) => Math.hypot(v[0] - vertices[i][0], v[1] - vertices[i][1]));
    const total = lengths.reduce((sum, x) => sum + x, 0) || 1;
    let start = 0;
    lengths.forEach((length, index) => {
      const p1 = vertices[index];
      const p2 = vertices[index + 1];
      for (const id of grid.query(p1, p2)) {
        const q = pieces[id];
        const other = setB[q.line];
        const hit = segmentIntersection(p1, p2, other[q.index], other[q.index + 1]);
        if (!hit) continue;
        crossings.push({
          a,
          fractionA: (start + hit.t * length) / total,
          b: q.line,
          fractionB: (q.start + hit.u * q.length) / q.total,
          x: p1[0] + hit.t * (p2[0] - p1[0]),
          y: p1[1] + hit.t * (p2[1] - p1[1]),
        });
      }
      start += length;
    });
  });
  return crossings;
}

/** One side of a crossing between systems: a system, one of its segments and the fraction of its length. */
export interface CrossingSide {
  system: number;
  line: number;
  fraction: number;
}

/** Two segments of different systems crossing in plan. */
export interface Crossing {
  x: number;
  y: number;
  a: CrossingSide;
  b: CrossingSide;
}

/** Every plan crossing between segments of different systems, system pairs in order. */
export function findCrossings(systems: readonly SampleSystem[]): Crossing[] {
  const vertices = systems.map((system) => system.lines.map((line) => line.vertices));
  const crossings: Crossing[] = [];
  for (let s = 0; s < systems.length; s++) {
    for (let t = s + 1; t < systems.length; t++) {
      for (const c of findLineCrossings(vertices[s], vertices[t])) {
        crossings.push({ x: c.x, y: c.y, a: { system: s, line: c.a, fraction: c.fractionA }, b: { system: t, line: c.b, fraction: c.fractionB } });
      }
    }
  }
  return crossings;
}

/** Depths of the outer top and bottom of `line` of `system` at `fraction` of its length. */
export function verticalExtent(system: SampleSystem, line: SampleLine, fraction: number): { top: number; bottom: number } {
  const depth = (1 - fraction) * line.startDepth + fraction * line.endDepth;
  const { width, height } = line.attributes;
  if (system.layout.kind === 'gravity') {
    const wall = Math.max(0, (width - height) / 2);
    return { top: depth - height - wall, bottom: depth + wall };
  }
  return { top: depth, bottom: depth + (system.layout.kind === 'duct' ? height : width) };
}

/** Vertical clear distance between the two segments of `crossing` (negative when they overlap). */
export function verticalGap(systems: readonly SampleSystem[], crossing: Crossing): number {
  const sa = systems[crossing.a.system];
  const sb = systems[crossing.b.system];
  const a = verticalExtent(sa, sa.lines[crossing.a.line], crossing.a.fraction);
  const b = verticalExtent(sb, sb.lines[crossing.b.line], crossing.b.fraction);
  return Math.max(b.top - a.bottom, a.top - b.bottom);
}
