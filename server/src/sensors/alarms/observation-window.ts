// An observation window is an array of [phenomenon time ms, result] ordered by time. Insertion
// is a binary search plus a splice into a copy: windows are short (hours of data), so copying
// is cheaper to reason about than a tree, and the copy keeps the stored state unchanged.

/** A point of an observation window: phenomenon time (ms since the epoch) and result. */
export type WindowPoint = [time: number, value: number];

/** Index of the first point at or after `time`. */
export function findInsertionIndex(points: readonly WindowPoint[], time: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle][0] < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A copy of `points` with `point` inserted at `index`. */
export function insertPoint(points: readonly WindowPoint[], index: number, point: WindowPoint): WindowPoint[] {
  return [...points.slice(0, index), point, ...points.slice(index)];
}

/** How much of a window to keep behind its newest point. */
export interface WindowRetention {
  /** Late data is accepted this far behind the newest point (ms). */
  horizonMs: number;
  /** Longest duration of any condition on the datastream (ms), kept behind the horizon. */
  longestDurationMs: number;
  /** Largest count of any condition, kept as points behind the horizon. */
  largestCount: number;
  /** Never more points than this. */
  maxPoints: number;
}

/**
 * Drops points no evaluation can need any more: a late observation lands at most `horizonMs`
 * behind the newest, and its conditions look back at most the longest duration or count. One
 * point older than that stays, so a run that continues across a gap in the data still reaches
 * back far enough to meet its duration.
 */
export function pruneWindow(points: readonly WindowPoint[], retention: WindowRetention): WindowPoint[] {
  if (points.length === 0) return [];
  const newest = points[points.length - 1][0];
  const horizonStart = findInsertionIndex(points, newest - retention.horizonMs);
  const byDuration = Math.max(0, findInsertionIndex(points, newest - retention.horizonMs - retention.longestDurationMs) - 1);
  const byCount = Math.max(0, horizonStart - retention.largestCount);
  const keepFrom = Math.max(Math.min(byDuration, byCount), points.length - retention.maxPoints);
  return keepFrom === 0 ? [...points] : points.slice(keepFrom);
}
