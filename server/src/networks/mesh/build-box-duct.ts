/**
 * A box duct or culvert as a rectangular prism along its (cleaned) axis: width across the axis
 * and horizontal, height perpendicular to both (vertical for a level duct), flat faces with their
 * own vertices per segment so the shading stays flat, capped ends.
 *
 * At a vertex the two segments share the section on the plane bisecting the bend (a mitre, which
 * is how ducts are actually joined); where the segments' frames disagree (a slope change), the
 * two projected sections are averaged so the faces still meet. Past 120° a mitre would reach
 * more than twice the half-width out, so both segments end square half a section beyond the
 * vertex, overlapping, each with a cap.
 */
import type { MeshPartWriter, MeshSize } from './mesh-part-writer.ts';
import { add, addScaled, cross, crossFrame, dot, length, normalize, scale, subtract, type Vec3 } from './vector3.ts';

/** Bends beyond this (degrees) end the segments square instead of mitred. */
const BOX_MITRE_ANGLE = 120;
/** Mitre offsets along the axis stay within this share of the shorter neighbouring segment. */
const MITRE_REACH = 0.45;
/** Section corners as (side, top) signs, counter-clockwise seen along the axis. */
const CORNERS: ReadonlyArray<[number, number]> = [[1, 1], [-1, 1], [-1, -1], [1, -1]];

/** One straight piece of the duct with its end sections. */
interface DuctSegment {
  direction: Vec3;
  side: Vec3;
  top: Vec3;
  start: Vec3[];
  end: Vec3[];
  capStart: boolean;
  capEnd: boolean;
}

/** What {@link writeBoxDuct} will write, and how much. */
export interface BoxDuctPlan {
  segments: DuctSegment[];
  size: MeshSize;
}

/** Which ends of a duct to cap; false where the end is hidden inside a shaft or another pipe. */
export interface BoxDuctOptions {
  capStart: boolean;
  capEnd: boolean;
}

/** Plans a duct of outer `width` × `height` (m) around a cleaned axis (see clean-axis.ts). */
export function planBoxDuct(axis: readonly Vec3[], width: number, height: number, options: Partial<BoxDuctOptions> = {}): BoxDuctPlan {
  if (axis.length < 2) throw new Error('pipe-mesh: a duct needs an axis of two points or more');
  const halfWidth = width / 2;
  const halfHeight = height / 2;
  const square = Math.max(halfWidth, halfHeight);
  const segments: DuctSegment[] = [];
  for (let i = 0; i + 1 < axis.length; i++) {
    const direction = normalize(subtract(axis[i + 1], axis[i]));
    const { side, top } = crossFrame(direction);
    segments.push({ direction, side, top, start: [], end: [], capStart: false, capEnd: false });
  }
  const section = (centre: Vec3, segment: DuctSegment): Vec3[] =>
    CORNERS.map(([a, b]) => addScaled(addScaled(centre, segment.side, a * halfWidth), segment.top, b * halfHeight));

  const first = segments[0];
  const last = segments[segments.length - 1];
  first.start = section(axis[0], first);
  first.capStart = options.capStart ?? true;
  last.end = section(axis[axis.length - 1], last);
  last.capEnd = options.capEnd ?? true;
  for (let i = 1; i < axis.length - 1; i++) {
    const before = segments[i - 1];
    const after = segments[i];
    const point = axis[i];
    const angle = Math.atan2(length(cross(before.direction, after.direction)), dot(before.direction, after.direction));
    if (angle > (BOX_MITRE_ANGLE * Math.PI) / 180) {
      before.end = section(addScaled(point, before.direction, square), before);
      before.capEnd = true;
      after.start = section(addScaled(point, after.direction, -square), after);
      after.capStart = true;
      continue;
    }
    const bisector = normalize(add(before.direction, after.direction), before.direction);
    const reach = MITRE_REACH * Math.min(length(subtract(point, axis[i - 1])), length(subtract(axis[i + 1], point)));
    const fromBefore = section(point, before).map((corner) => project(corner, point, before.direction, bisector, reach));
    const fromAfter = section(point, after).map((corner) => project(corner, point, after.direction, bisector, reach));
    const shared = fromBefore.map((corner, k): Vec3 => [
      (corner[0] + fromAfter[k][0]) / 2,
      (corner[1] + fromAfter[k][1]) / 2,
      (corner[2] + fromAfter[k][2]) / 2,
    ]);
    before.end = shared;
    after.start = shared;
  }
  let caps = 0;
  for (const segment of segments) caps += Number(segment.capStart) + Number(segment.capEnd);
  return { segments, size: { vertices: 16 * segments.length + 4 * caps, triangles: 8 * segments.length + 2 * caps } };
}

/** Writes a planned duct. */
export function writeBoxDuct(plan: BoxDuctPlan, writer: MeshPartWriter): void {
  for (const segment of plan.segments) {
    const normals: Vec3[] = [segment.top, scale(segment.side, -1), scale(segment.top, -1), segment.side];
    for (let f = 0; f < 4; f++) {
      const g = (f + 1) % 4;
      writeQuad(writer, [segment.start[f], segment.start[g], segment.end[g], segment.end[f]], normals[f]);
    }
    if (segment.capStart) writeQuad(writer, segment.start, scale(segment.direction, -1));
    if (segment.capEnd) writeQuad(writer, segment.end, segment.direction);
  }
}

/** A flat quad (corners in order round it) with its normal, wound to face `normal`. */
export function writeQuad(writer: MeshPartWriter, corners: readonly Vec3[], normal: Vec3): void {
  const [a, b, c, d] = corners.map((corner) => writer.vertex(corner, normal));
  const facing = dot(cross(subtract(corners[1], corners[0]), subtract(corners[2], corners[0])), normal);
  if (facing >= 0) {
    writer.triangle(a, b, c);
    writer.triangle(a, c, d);
  } else {
    writer.triangle(a, c, b);
    writer.triangle(a, d, c);
  }
}

/** `corner` moved along `direction` onto the plane through `point` with normal `bisector`. */
function project(corner: Vec3, point: Vec3, direction: Vec3, bisector: Vec3, reach: number): Vec3 {
  const offset = dot(subtract(corner, point), bisector) / dot(direction, bisector);
  return addScaled(corner, direction, -Math.max(-reach, Math.min(reach, offset)));
}
