/**
 * Normalises polygon rings before triangulation: drops repeated consecutive points and the
 * closing point, rejects rings with fewer than three points or (almost) no area, and orients
 * the ring so that outlines run counter-clockwise and holes clockwise, seen from above.
 * Everything downstream (wall normals, earcut winding) relies on that orientation, so input
 * in either orientation gives the same mesh.
 */

/** Points closer than this (metres) are treated as one. */
export const RING_POINT_TOLERANCE = 1e-3;
/** Rings with less area than this (square metres) are dropped. */
export const RING_MIN_AREA = 1e-4;

/** Twice the signed area of a ring of x, y, z triplets; positive when counter-clockwise. */
export function ringSignedArea2(ring: Float64Array): number {
  const count = ring.length / 3;
  let sum = 0;
  for (let i = 0, j = count - 1; i < count; j = i++) {
    sum += (ring[j * 3] - ring[i * 3]) * (ring[j * 3 + 1] + ring[i * 3 + 1]);
  }
  return sum;
}

/**
 * Drops consecutive points closer than {@link RING_POINT_TOLERANCE} from x, y, z triplets.
 * A non-finite coordinate makes the whole run invalid (`'reject'`, returns undefined) or is
 * passed over (`'skip'`).
 */
export function dropRepeatedPoints(points: Float64Array, nonFinite: 'reject'): Float64Array | undefined;
export function dropRepeatedPoints(points: Float64Array, nonFinite: 'skip'): Float64Array;
export function dropRepeatedPoints(points: Float64Array, nonFinite: 'reject' | 'skip'): Float64Array | undefined {
  const count = points.length / 3;
  const kept = new Float64Array(points.length);
  let keptCount = 0;
  const toleranceSquared = RING_POINT_TOLERANCE * RING_POINT_TOLERANCE;
  for (let i = 0; i < count; i++) {
    const x = points[i * 3];
    const y = points[i * 3 + 1];
    const z = points[i * 3 + 2];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
      if (nonFinite === 'reject') return undefined;
      continue;
    }
    if (keptCount > 0) {
      const dx = x - kept[(keptCount - 1) * 3];
      const dy = y - kept[(keptCount - 1) * 3 + 1];
      if (dx * dx + dy * dy <= toleranceSquared) continue;
    }
    kept[keptCount * 3] = x;
    kept[keptCount * 3 + 1] = y;
    kept[keptCount * 3 + 2] = z;
    keptCount++;
  }
  return kept.subarray(0, keptCount * 3);
}

/**
 * Returns the cleaned ring (x, y, z triplets, open, oriented), or undefined when it is degenerate.
 * @param counterClockwise - true for outlines, false for holes
 */
export function cleanRing(ring: Float64Array, counterClockwise: boolean): Float64Array | undefined {
  const kept = dropRepeatedPoints(ring, 'reject');
  if (!kept) return undefined;
  let keptCount = kept.length / 3;
  const toleranceSquared = RING_POINT_TOLERANCE * RING_POINT_TOLERANCE;
  // Drop closing points that repeat the first one.
  while (keptCount > 1) {
    const dx = kept[(keptCount - 1) * 3] - kept[0];
    const dy = kept[(keptCount - 1) * 3 + 1] - kept[1];
    if (dx * dx + dy * dy > toleranceSquared) break;
    keptCount--;
  }
  if (keptCount < 3) return undefined;
  const cleaned = kept.slice(0, keptCount * 3);
  const area2 = ringSignedArea2(cleaned);
  if (Math.abs(area2) < 2 * RING_MIN_AREA) return undefined;
  if (area2 > 0 !== counterClockwise) reverseRing(cleaned);
  return cleaned;
}

/**
 * Cleans a polygon (outline then holes). Returns undefined when the outline is degenerate;
 * degenerate holes are simply left out.
 */
export function cleanPolygon(rings: Float64Array[]): Float64Array[] | undefined {
  if (rings.length === 0) return undefined;
  const outline = cleanRing(rings[0], true);
  if (!outline) return undefined;
  const cleaned = [outline];
  for (let i = 1; i < rings.length; i++) {
    const hole = cleanRing(rings[i], false);
    if (hole) cleaned.push(hole);
  }
  return cleaned;
}

function reverseRing(ring: Float64Array): void {
  const count = ring.length / 3;
  for (let i = 0, j = count - 1; i < j; i++, j--) {
    for (let k = 0; k < 3; k++) {
      const swap = ring[i * 3 + k];
      ring[i * 3 + k] = ring[j * 3 + k];
      ring[j * 3 + k] = swap;
    }
  }
}
