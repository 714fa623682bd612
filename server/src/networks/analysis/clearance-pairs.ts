import type { PlacedLinkIndex } from './placed-link-index.ts';
import { rangeWithinDistance, unionLength, type PlanPoint } from './segment-geometry.ts';

// The horizontal result of one pipe pair from the piece pairs that came too close: the smallest
// clearance, and the length along which the clearance is short.

/** A piece pair of pipes A and B whose horizontal clearance is short. */
export interface HorizontalHit {
  /** Piece ids (PlacedLinkIndex.pieces) on A and on B. */
  pieceA: number;
  pieceB: number;
  clear: number;
  /** Midway between the closest points of the two axes. */
  x: number;
  y: number;
}

/**
 * The closest hit, and the longer of: the length of A's axis within `reach` (required clearance
 * plus both half widths) of B's, and the length of B's within reach of A's.
 */
export function measureParallel(index: PlacedLinkIndex, hits: readonly HorizontalHit[], reach: number): { closest: HorizontalHit; overLength: number } {
  let closest = hits[0];
  for (const hit of hits) if (hit.clear < closest.clear) closest = hit;
  return { closest, overLength: Math.max(lengthNear(index, hits, 'pieceA', 'pieceB', reach), lengthNear(index, hits, 'pieceB', 'pieceA', reach)) };
}

function lengthNear(index: PlacedLinkIndex, hits: readonly HorizontalHit[], along: 'pieceA' | 'pieceB', other: 'pieceA' | 'pieceB', reach: number): number {
  const byPiece = new Map<number, number[]>();
  for (const hit of hits) {
    const list = byPiece.get(hit[along]) ?? [];
    if (!list.includes(hit[other])) list.push(hit[other]);
    byPiece.set(hit[along], list);
  }
  let total = 0;
  for (const [pieceId, others] of byPiece) {
    const [p0, p1] = axisPiece(index, pieceId);
    const intervals: [number, number][] = [];
    for (const otherId of others) {
      const [q0, q1] = axisPiece(index, otherId);
      const range = rangeWithinDistance(p0[0], p0[1], p1[0], p1[1], q0[0], q0[1], q1[0], q1[1], reach);
      if (range) intervals.push(range);
    }
    total += unionLength(intervals) * Math.hypot(p1[0] - p0[0], p1[1] - p0[1]);
  }
  return total;
}

function axisPiece(index: PlacedLinkIndex, pieceId: number): [number[], number[]] {
  const piece = index.pieces[pieceId];
  const axis = index.placed.links[piece.link].axis;
  return [axis[piece.piece], axis[piece.piece + 1]];
}

/** "(x, y), (x, y)" to 3 decimals, for notes. */
export function formatPoints(points: readonly PlanPoint[] | undefined): string {
  return (points ?? []).map(([x, y]) => `(${x.toFixed(3)}, ${y.toFixed(3)})`).join(', ');
}
