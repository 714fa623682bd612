/**
 * A round pipe as a low-polygon tube along its (cleaned) axis: one ring of `segments` vertices at
 * each axis point, smooth normals around, flat end caps fanned without a centre vertex (left off
 * where the caller knows the end is hidden inside a shaft or a pipe running on).
 *
 * Rings are carried from segment to segment by parallel transport (the smallest rotation taking
 * one direction to the next), so the tube never twists. At a gentle bend (up to
 * `roundJointAngle`, 60° by default) the ring is the mitre: the circle projected onto the plane
 * bisecting the bend, at most 1/cos(30°) = 1.155 radii from the axis point. At a sharper bend a
 * mitre would spike out (√2 radii at 90°, 3.9 at 150°), so the outer half of the ring is swept
 * round the corner point in a few steps (a ball joint of the pipe's radius), while the inner half
 * stays on the mitre, where the two cylinders really meet; both agree on the rotation axis, so
 * the surface is closed and nothing folds back. Bends beyond 170° (the axis reverses) end the
 * tube and start a new one. A ball at every vertex was rejected: it costs a sphere of vertices
 * where the mitre costs one ring, and district networks have tens of thousands of vertices.
 */
import type { MeshPartWriter, MeshSize } from './mesh-part-writer.ts';
import { addScaled, cross, crossFrame, dot, length, normalize, rotateAbout, subtract, type Vec3 } from './vector3.ts';

/** Options of {@link planTube}. */
export interface TubeOptions {
  /** Bends sharper than this (degrees) get a round joint instead of a mitre. */
  roundJointAngle: number;
  /** Cap the start and end of the axis; false where the end is hidden inside a shaft or another pipe. */
  capStart: boolean;
  capEnd: boolean;
}

/** Defaults of {@link TubeOptions}. */
export const TUBE_DEFAULTS: Readonly<TubeOptions> = Object.freeze({ roundJointAngle: 60, capStart: true, capEnd: true });

/** Bends beyond this (degrees) split the tube. */
const REVERSAL_ANGLE = 170;
/** Mitre offsets along the axis stay within this share of the shorter neighbouring segment. */
const MITRE_REACH = 0.45;

/** How the tube passes an interior axis point. */
interface TubeJoint {
  point: Vec3;
  /** Unit directions of the segments before and after. */
  before: Vec3;
  after: Vec3;
  /** Rotation axis (unit) and angle (radians) of the bend. */
  axis: Vec3;
  angle: number;
  /** Largest offset along the axis a projected ring vertex may take (m). */
  reach: number;
  /** 0 for a mitre; sweep steps of a round joint. */
  steps: number;
  /** Round joints: 1 for ring vertices on the outer side of the bend. */
  outer: Uint8Array | null;
  /** Ring frame of the segment before (the one after is it rotated by `angle` about `axis`). */
  u: Vec3;
  v: Vec3;
}

/** A stretch of tube between two ends. */
interface TubeRun {
  capStart: boolean;
  capEnd: boolean;
  start: Vec3;
  end: Vec3;
  /** Ring frames of the first and last segment. */
  startFrame: [Vec3, Vec3];
  endFrame: [Vec3, Vec3];
  startDirection: Vec3;
  endDirection: Vec3;
  joints: TubeJoint[];
}

/** What {@link writeTube} will write, and how much. */
export interface TubePlan {
  radius: number;
  segments: number;
  runs: TubeRun[];
  size: MeshSize;
}

/** Most distance from the axis of a ring vertex, in radii, for a round-joint angle in degrees. */
export function tubeMitreLimit(roundJointAngle: number = TUBE_DEFAULTS.roundJointAngle): number {
  return 1 / Math.cos((roundJointAngle * Math.PI) / 360);
}

/**
 * Plans the tube around a cleaned axis (see clean-axis.ts) with `segments` vertices per ring:
 * frames, joints and exact vertex and triangle counts, without writing a vertex.
 */
export function planTube(axis: readonly Vec3[], radius: number, segments: number, options: Partial<TubeOptions> = {}): TubePlan {
  if (axis.length < 2) throw new Error('pipe-mesh: a tube needs an axis of two points or more');
  const roundAbove = ((options.roundJointAngle ?? TUBE_DEFAULTS.roundJointAngle) * Math.PI) / 180;
  const reversal = (REVERSAL_ANGLE * Math.PI) / 180;
  const s = segments;
  const runs: TubeRun[] = [];
  let vertices = 0;
  let triangles = 0;

  let direction = normalize(subtract(axis[1], axis[0]));
  let { side: u, top: v } = crossFrame(direction);
  let run: TubeRun = { capStart: options.capStart ?? true, capEnd: true, start: axis[0], end: axis[0], startFrame: [u, v], endFrame: [u, v], startDirection: direction, endDirection: direction, joints: [] };
  let ringConnections = 0;
  const closeRun = (end: Vec3, capEnd: boolean) => {
    run.end = end;
    run.endFrame = [u, v];
    run.endDirection = direction;
    run.capEnd = capEnd;
    runs.push(run);
    // Start and end rings, one band per segment, the caps.
    const caps = Number(run.capStart) + Number(run.capEnd);
    vertices += 2 * s + caps * s;
    triangles += (ringConnections + 1) * 2 * s + caps * (s - 2);
  };

  for (let i = 1; i < axis.length - 1; i++) {
    const point = axis[i];
    const after = normalize(subtract(axis[i + 1], point));
    const bendAxisRaw = cross(direction, after);
    const angle = Math.atan2(length(bendAxisRaw), dot(direction, after));
    if (angle > reversal) {
      closeRun(point, true);
      direction = after;
      ({ side: u, top: v } = crossFrame(direction));
      run = { capStart: true, capEnd: true, start: point, end: point, startFrame: [u, v], endFrame: [u, v], startDirection: direction, endDirection: direction, joints: [] };
      ringConnections = 0;
      continue;
    }
    const bendAxis = normalize(bendAxisRaw, u);
    const reach = MITRE_REACH * Math.min(length(subtract(point, axis[i - 1])), length(subtract(axis[i + 1], point)));
    const joint: TubeJoint = { point, before: direction, after, axis: bendAxis, angle, reach, steps: 0, outer: null, u, v };
    if (angle > roundAbove) {
      joint.steps = Math.max(1, Math.ceil(angle / ((2 * Math.PI) / s)));
      joint.outer = outerSide(u, v, after, s);
      let outerCount = 0;
      for (const flag of joint.outer) outerCount += flag;
      vertices += s + joint.steps * outerCount;
      triangles += joint.steps * 2 * outerCount;
    } else {
      vertices += s;
    }
    run.joints.push(joint);
    ringConnections++;
    u = rotateAbout(u, bendAxis, angle);
    v = rotateAbout(v, bendAxis, angle);
    direction = after;
  }
  closeRun(axis[axis.length - 1], options.capEnd ?? true);
  return { radius, segments, runs, size: { vertices, triangles } };
}

/** Writes a planned tube. */
export function writeTube(plan: TubePlan, writer: MeshPartWriter): void {
  for (const run of plan.runs) writeRun(plan, run, writer);
}

function writeRun(plan: TubePlan, run: TubeRun, writer: MeshPartWriter): void {
  const { radius: r, segments: s } = plan;
  const ring = (centre: Vec3, [u, v]: [Vec3, Vec3]): number[] =>
    Array.from({ length: s }, (_, i) => {
      const w = ringDirection(u, v, i, s);
      return writer.vertex(addScaled(centre, w, r), w);
    });
  if (run.capStart) writeCap(writer, run.start, run.startFrame, r, s, -1, run.startDirection);
  let previous = ring(run.start, run.startFrame);
  for (const joint of run.joints) {
    const [first, last] = joint.steps === 0 ? mitreRing(joint, r, s, writer) : roundJoint(joint, r, s, writer);
    band(writer, previous, first);
    previous = last;
  }
  band(writer, previous, ring(run.end, run.endFrame));
  if (run.capEnd) writeCap(writer, run.end, run.endFrame, r, s, 1, run.endDirection);
}

/** Unit direction of ring vertex i in the frame u, v. */
function ringDirection(u: Vec3, v: Vec3, i: number, s: number): Vec3 {
  const alpha = (2 * Math.PI * i) / s;
  const c = Math.cos(alpha);
  const n = Math.sin(alpha);
  return [c * u[0] + n * v[0], c * u[1] + n * v[1], c * u[2] + n * v[2]];
}

/** 1 for ring directions on the outer side of the bend (away from the new direction). */
function outerSide(u: Vec3, v: Vec3, after: Vec3, s: number): Uint8Array {
  const flags = new Uint8Array(s);
  for (let i = 0; i < s; i++) flags[i] = dot(ringDirection(u, v, i, s), after) < -1e-9 ? 1 : 0;
  return flags;
}

/** The ring vertex projected along the incoming direction onto the bisecting plane. */
function mitrePoint(joint: TubeJoint, w: Vec3, r: number): Vec3 {
  const bisector = normalize([joint.before[0] + joint.after[0], joint.before[1] + joint.after[1], joint.before[2] + joint.after[2]], joint.before);
  const offset = (r * dot(w, bisector)) / dot(joint.before, bisector);
  const clamped = Math.max(-joint.reach, Math.min(joint.reach, offset));
  return addScaled(addScaled(joint.point, w, r), joint.before, -clamped);
}

/** One shared ring on the mitre plane; normals halfway between the two segments'. */
function mitreRing(joint: TubeJoint, r: number, s: number, writer: MeshPartWriter): [number[], number[]] {
  const indices = Array.from({ length: s }, (_, i) => {
    const w = ringDirection(joint.u, joint.v, i, s);
    return writer.vertex(mitrePoint(joint, w, r), rotateAbout(w, joint.axis, joint.angle / 2));
  });
  return [indices, indices];
}

/** Outer half swept round the corner point, inner half on the mitre; returns first and last ring. */
function roundJoint(joint: TubeJoint, r: number, s: number, writer: MeshPartWriter): [number[], number[]] {
  const outer = joint.outer!;
  const directions = Array.from({ length: s }, (_, i) => ringDirection(joint.u, joint.v, i, s));
  const first = directions.map((w, i) =>
    outer[i] ? writer.vertex(addScaled(joint.point, w, r), w) : writer.vertex(mitrePoint(joint, w, r), rotateAbout(w, joint.axis, joint.angle / 2)),
  );
  let previous = first;
  for (let step = 1; step <= joint.steps; step++) {
    const angle = (joint.angle * step) / joint.steps;
    const current = directions.map((w, i) => {
      if (!outer[i]) return first[i];
      const turned = rotateAbout(w, joint.axis, angle);
      return writer.vertex(addScaled(joint.point, turned, r), turned);
    });
    band(writer, previous, current);
    previous = current;
  }
  return [first, previous];
}

/** Triangles between two rings, skipping those that collapse on shared vertices. */
function band(writer: MeshPartWriter, from: number[], to: number[]): void {
  const s = from.length;
  for (let i = 0; i < s; i++) {
    const j = (i + 1) % s;
    const [a, b, c, d] = [from[i], from[j], to[i], to[j]];
    if (b !== d) writer.triangle(a, b, d);
    if (a !== c) writer.triangle(a, d, c);
  }
}

/** A flat cap facing `sign` × `direction`, fanned from its first vertex. */
function writeCap(writer: MeshPartWriter, centre: Vec3, [u, v]: [Vec3, Vec3], r: number, s: number, sign: 1 | -1, direction: Vec3): void {
  const normal: Vec3 = [direction[0] * sign, direction[1] * sign, direction[2] * sign];
  const first = writer.vertices;
  for (let i = 0; i < s; i++) writer.vertex(addScaled(centre, ringDirection(u, v, i, s), r), normal);
  for (let i = 1; i < s - 1; i++) {
    if (sign > 0) writer.triangle(first, first + i, first + i + 1);
    else writer.triangle(first, first + i + 1, first + i);
  }
}
