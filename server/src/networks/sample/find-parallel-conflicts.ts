import { horizontalClearance } from './clearance-rules.ts';
import { distanceToSegment, pointAlong, type Point } from './polyline-geometry.ts';
import type { SampleSystem } from './sample-system.ts';
import { SegmentGrid } from './segment-grid.ts';

// Horizontal clearances of parallel runs: segments of two systems running side by side (within
// 25° of parallel) closer, wall to wall, than the clearance the pair needs. Crossings are not
// parallel runs and are left to the vertical check. Samples every SAMPLE_STEP metres along the
// segments of the first system; consecutive close samples between the same two segments make
// one conflict with its length and the smallest clear distance.

const SAMPLE_STEP = 1;
const PARALLEL = Math.cos((25 * Math.PI) / 180);

/** Two segments of different systems running side by side too close. */
export interface ParallelConflict {
  systemA: number;
  lineA: number;
  systemB: number;
  lineB: number;
  /** Smallest wall-to-wall distance, metres. */
  clear: number;
  required: number;
  /** Length of the too-close run along lineA, metres. */
  length: number;
}

/** Every parallel run closer than its required clearance, between every pair of `systems`. */
export function findParallelConflicts(systems: readonly SampleSystem[]): ParallelConflict[] {
  const conflicts: ParallelConflict[] = [];
  for (let s = 0; s < systems.length; s++) {
    for (let t = s + 1; t < systems.length; t++) conflicts.push(...conflictsBetween(systems, s, t));
  }
  return conflicts;
}

function conflictsBetween(systems: readonly SampleSystem[], s: number, t: number): ParallelConflict[] {
  const a = systems[s];
  const b = systems[t];
  const grid = new SegmentGrid(30);
  const pieces: { line: number; p: Point; q: Point }[] = [];
  b.lines.forEach((line, l) => {
    for (let i = 1; i < line.vertices.length; i++) {
      grid.insert(pieces.length, line.vertices[i - 1], line.vertices[i]);
      pieces.push({ line: l, p: line.vertices[i - 1], q: line.vertices[i] });
    }
  });
  const found = new Map<string, ParallelConflict>();
  a.lines.forEach((lineA, l) => {
    const total = lineA.vertices.slice(1).reduce((sum, v, i) => sum + Math.hypot(v[0] - lineA.vertices[i][0], v[1] - lineA.vertices[i][1]), 0);
    const samples = Math.max(1, Math.floor(total / SAMPLE_STEP));
    for (let k = 0; k <= samples; k++) {
      const { point, direction } = pointAlong(lineA.vertices, (k / samples) * total);
      for (const id of grid.query(point, point, 3)) {
        const piece = pieces[id];
        const lineB = b.lines[piece.line];
        const length = Math.hypot(piece.q[0] - piece.p[0], piece.q[1] - piece.p[1]);
        if (length === 0) continue;
        const cosine = Math.abs(((piece.q[0] - piece.p[0]) * direction[0] + (piece.q[1] - piece.p[1]) * direction[1]) / length);
        if (cosine < PARALLEL) continue;
        const required = horizontalClearance(a.layout.code, lineA, b.layout.code, lineB);
        const clear = distanceToSegment(point, piece.p, piece.q) - (lineA.attributes.width + lineB.attributes.width) / 2;
        if (required === 0 || clear >= required - 1e-3) continue;
        const key = `${l}:${piece.line}`;
        const conflict = found.get(key);
        if (conflict) {
          conflict.clear = Math.min(conflict.clear, clear);
          conflict.length += total / samples;
        } else found.set(key, { systemA: s, lineA: l, systemB: t, lineB: piece.line, clear, required, length: 0 });
      }
    }
  });
  return [...found.values()];
}
