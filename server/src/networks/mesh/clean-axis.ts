/**
 * Prepares a pipe axis for meshing: drops repeated points (closer than a millimetre) and interior
 * points where the axis runs on straight (bends under half a degree, common where a survey line
 * was split), and stretches the ends where the caller asks, so pipes meeting at a node overlap
 * instead of leaving a notch on the outside of the corner.
 */
import { addScaled, dot, length, normalize, subtract, type Vec3 } from './vector3.ts';

/** Points closer than this (m) are one point. */
const SAME_POINT = 1e-3;
/** Cosine of the smallest bend kept as a vertex (0.5°). */
const STRAIGHT_COSINE = Math.cos((0.5 * Math.PI) / 180);

/** Options of {@link cleanAxis}. */
export interface CleanAxisOptions {
  /** Metres to extend the axis backwards beyond its first point. */
  extendStart?: number;
  /** Metres to extend the axis beyond its last point. */
  extendEnd?: number;
}

/** The cleaned axis, or null when fewer than two distinct points remain. */
export function cleanAxis(axis: readonly Readonly<Vec3>[], options: CleanAxisOptions = {}): Vec3[] | null {
  const distinct: Vec3[] = [];
  for (const point of axis) {
    if (!point.every(Number.isFinite)) return null;
    const last = distinct[distinct.length - 1];
    if (!last || length(subtract(point, last)) >= SAME_POINT) distinct.push([point[0], point[1], point[2]]);
  }
  if (distinct.length < 2) return null;
  const kept: Vec3[] = [distinct[0]];
  for (let i = 1; i < distinct.length - 1; i++) {
    const before = normalize(subtract(distinct[i], kept[kept.length - 1]));
    const after = normalize(subtract(distinct[i + 1], distinct[i]));
    if (dot(before, after) < STRAIGHT_COSINE) kept.push(distinct[i]);
  }
  kept.push(distinct[distinct.length - 1]);
  const last = kept.length - 1;
  if (options.extendStart) kept[0] = addScaled(kept[0], normalize(subtract(kept[0], kept[1])), options.extendStart);
  if (options.extendEnd) kept[last] = addScaled(kept[last], normalize(subtract(kept[last], kept[last - 1])), options.extendEnd);
  return kept;
}
