/**
 * The placed network moved into the model frame once: every link's axis through `toLocal`, and
 * for every node the link ends that meet there (where, in which direction, how big), which both
 * the pipe ends (how far to overlap at a corner, whether a cap would be seen) and the node structures (where the pipe axis
 * runs through a valve or meter) need.
 */
import { sectionHeight, sectionWidth, type PlacedLink, type PlacedNetwork } from '../geometry/place-network.ts';
import type { ToLocal } from './pipe-mesh-options.ts';
import { dot, length, normalize, subtract, type Vec3 } from './vector3.ts';

/** A link end at a node. */
export interface LinkEnd {
  link: PlacedLink;
  /** The axis end point, model frame. */
  point: Vec3;
  /** Unit direction from the node into the link. */
  inward: Vec3;
  /** Largest outer size of the section (m). */
  size: number;
  /** Radii of the circles inside and around the section (m). */
  inner: number;
  outer: number;
  /** Whether the link is drawn (it has a row id). */
  drawn: boolean;
}

/** Local axes by link id and link ends by node id. */
export interface LocalNetworkGeometry {
  axes: Map<string, Vec3[]>;
  ends: Map<string, LinkEnd[]>;
}

/** Moves every link axis into the model frame and collects the link ends at each node. */
export function localNetworkGeometry(placed: PlacedNetwork, toLocal: ToLocal, drawn: (link: PlacedLink) => boolean): LocalNetworkGeometry {
  const axes = new Map<string, Vec3[]>();
  const ends = new Map<string, LinkEnd[]>();
  const addEnd = (nodeId: string, end: LinkEnd) => {
    const list = ends.get(nodeId);
    if (list) list.push(end);
    else ends.set(nodeId, [end]);
  };
  for (const link of placed.links) {
    const axis = link.axis.map(([x, y, z]) => toLocal(x, y, z));
    axes.set(link.id, axis);
    const [width, height] = [sectionWidth(link.section), sectionHeight(link.section)];
    const section = { size: Math.max(width, height), inner: Math.min(width, height) / 2, outer: link.section.shape === 'round' ? width / 2 : Math.hypot(width, height) / 2, drawn: drawn(link) };
    const start = inwardDirection(axis, 1);
    const end = inwardDirection(axis, -1);
    if (start) addEnd(link.from, { link, point: axis[0], inward: start, ...section });
    if (end) addEnd(link.to, { link, point: axis[axis.length - 1], inward: end, ...section });
  }
  return { axes, ends };
}

/**
 * How far a pipe end should reach past its node so the outside of the corner it turns with the
 * other pipes there is filled: half its size × tan(bend / 2) for the sharpest bend up to 90°,
 * nothing for a dead end or a straight run.
 */
export function cornerOverlap(end: LinkEnd, all: readonly LinkEnd[], halfSize: number): number {
  let sharpest = 0;
  for (const other of all) {
    if (other === end) continue;
    const bend = Math.acos(Math.max(-1, Math.min(1, -dot(end.inward, other.inward))));
    sharpest = Math.max(sharpest, bend);
  }
  return halfSize * Math.tan(Math.min(sharpest, Math.PI / 2) / 2);
}

/** Cosine of the largest bend at which a pipe running on still hides an end (1°). */
const RUNS_ON_COSINE = Math.cos(Math.PI / 180);

/**
 * Whether a drawn pipe running on from the node, at least as wide, swallows this end (so its cap
 * would never be seen): nearly straight on, from the same point.
 */
export function endHiddenByPipe(end: LinkEnd, all: readonly LinkEnd[]): boolean {
  return all.some(
    (other) =>
      other !== end &&
      other.drawn &&
      other.inner >= end.outer - 1e-6 &&
      -dot(end.inward, other.inward) >= RUNS_ON_COSINE &&
      length(subtract(other.point, end.point)) <= 0.01,
  );
}

/** Direction from the end point (first when `side` is 1, last when -1) to the nearest distinct point. */
function inwardDirection(axis: Vec3[], side: 1 | -1): Vec3 | null {
  const from = side === 1 ? axis[0] : axis[axis.length - 1];
  for (let k = 1; k < axis.length; k++) {
    const other = side === 1 ? axis[k] : axis[axis.length - 1 - k];
    const delta = subtract(other, from);
    if (length(delta) >= 1e-3) return normalize(delta);
  }
  return null;
}
