import { DataError, type Network, type NodeKind, type PipeTypeCode } from '@cimtwin/schemas';
import { sectionHeight, type PlacedNetwork } from '../geometry/place-network.ts';
import { sizeLabel } from './pipe-labels.ts';
import { indexPlacedLinks, type PlacedLinkIndex } from './placed-link-index.ts';
import { distanceToRingEdge, insideIntervals, pointInRing, ringArea, validateRing } from './polygon-ring.ts';
import { mergeIntervals, rangeWithinDistance, roundMillimetres, type PlanPoint } from './segment-geometry.ts';

// 开挖影响分析: which pipes and points an excavation of a given outline and depth reaches, and whom to
// call. A pipe is in the way in plan where its outer edge comes within the safety margin of the
// outline: its axis inside the outline grown by half its width plus the margin (inside the
// polygon, or within that distance of an edge: a capsule per edge, see rangeWithinDistance). It
// is reached where, on that stretch, its top is above the excavation bottom (ground - depth);
// heights are linear along each piece, so the shallowest point is at an end of a stretch.

/** Options of {@link excavationImpact}. */
export interface ExcavationOptions {
  /** Safety margin around the outline (m); default 0.5. */
  margin?: number;
  /** Also list pipes in the way in plan but below the excavation bottom; default false. */
  includeBelow?: boolean;
  /** An index of `placed` built before, to share between analyses. */
  index?: PlacedLinkIndex;
}

/** Defaults of {@link ExcavationOptions}. */
export const EXCAVATION_DEFAULTS = Object.freeze({ margin: 0.5, includeBelow: false });

/** A pipe the excavation comes to. Lengths and depths in metres. */
export interface ExcavatedLink {
  linkId: string;
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  size: string;
  material: string | null;
  /** 权属单位 from the network, so the contractor knows whom to call. */
  owner: string | null;
  /** Axis length inside the outline itself. */
  lengthInside: number;
  /** Axis length inside the outline grown by half the width plus the margin. */
  lengthAffected: number;
  /** Ground to top at the shallowest point of the affected stretch. */
  topDepth: number;
  /** How far the top is above the excavation bottom there (excavation depth - top depth); > 0 when reached. */
  depthMargin: number;
  reached: boolean;
  /** The shallowest point. */
  at: PlanPoint;
}

/** A point (manhole, valve ...) inside the outline or within the margin of it. */
export interface ExcavatedPoint {
  nodeId: string;
  kind: NodeKind;
  pipeType: PipeTypeCode | null;
  attachment: string | null;
  x: number;
  y: number;
  ground: number;
  bottom: number;
  /** Ground to bottom. */
  depth: number;
  /** Owners of the pipes joined at the point. */
  owners: string[];
}

/** Counts by pipe type and by owner. */
export interface ExcavationSummary {
  area: number;
  links: number;
  points: number;
  /** Pipes in the way in plan but below the excavation bottom. */
  belowExcavation: number;
  byPipeType: Record<string, { links: number; lengthInside: number; lengthAffected: number }>;
  byOwner: Record<string, { links: number; points: number; pipeTypes: string[] }>;
}

/** What an excavation reaches. */
export interface ExcavationImpact {
  polygon: PlanPoint[];
  depth: number;
  margin: number;
  links: ExcavatedLink[];
  points: ExcavatedPoint[];
  summary: ExcavationSummary;
}

const UNKNOWN_OWNER = '(unknown)';

/** The pipes and points an excavation of outline `polygon` (network CRS) and `depth` below ground reaches. */
export function excavationImpact(placed: PlacedNetwork, network: Network, polygon: readonly (readonly [number, number])[], depth: number, options: ExcavationOptions = {}): ExcavationImpact {
  const ring = validateRing(polygon, 'excavation');
  if (!Number.isFinite(depth) || depth <= 0) throw new DataError(`excavation: depth ${depth} is not a positive number of metres below ground`);
  const margin = options.margin ?? EXCAVATION_DEFAULTS.margin;
  if (!Number.isFinite(margin) || margin < 0) throw new DataError(`excavation: margin ${margin} is not zero or a positive number of metres`);
  const index = options.index ?? indexPlacedLinks(placed);
  if (index.placed !== placed) throw new Error('excavation: the index was built for another placed network');
  const networkLinks = new Map(network.links.map((link) => [link.id, link]));
  const xs = ring.map((point) => point[0]);
  const ys = ring.map((point) => point[1]);
  const box = { minX: Math.min(...xs) - margin, minY: Math.min(...ys) - margin, maxX: Math.max(...xs) + margin, maxY: Math.max(...ys) + margin };

  const byLink = new Map<number, { inside: number; affected: number; cover: number; at: PlanPoint }>();
  for (const item of index.tree.search(box)) {
    const link = placed.links[item.link];
    const [a, b] = [link.axis[item.piece], link.axis[item.piece + 1]];
    const reach = index.halfWidths[item.link] + margin;
    const inside = insideIntervals(a[0], a[1], b[0], b[1], ring);
    const near: [number, number][] = [...inside.map((interval): [number, number] => [...interval])];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const range = rangeWithinDistance(a[0], a[1], b[0], b[1], ring[j][0], ring[j][1], ring[i][0], ring[i][1], reach);
      if (range) near.push(range);
    }
    const affected = mergeIntervals(near);
    if (affected.length === 0) continue;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const half = sectionHeight(link.section) / 2;
    const entry = byLink.get(item.link) ?? { inside: 0, affected: 0, cover: Infinity, at: [a[0], a[1]] as PlanPoint };
    entry.inside += inside.reduce((sum, [lo, hi]) => sum + (hi - lo), 0) * length;
    for (const [lo, hi] of affected) {
      entry.affected += (hi - lo) * length;
      for (const s of [lo, hi]) {
        const cover = link.ground[item.piece] + s * (link.ground[item.piece + 1] - link.ground[item.piece]) - (a[2] + s * (b[2] - a[2]) + half);
        if (cover < entry.cover) [entry.cover, entry.at] = [cover, [a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]];
      }
    }
    byLink.set(item.link, entry);
  }

  const links: ExcavatedLink[] = [];
  let belowExcavation = 0;
  for (const [i, entry] of byLink) {
    const link = placed.links[i];
    const source = networkLinks.get(link.id);
    const depthMargin = depth - entry.cover;
    const reached = depthMargin > 1e-9;
    if (!reached) belowExcavation++;
    if (!reached && !options.includeBelow) continue;
    links.push({
      linkId: link.id, pipeType: link.pipeType, pipeSubtype: link.pipeSubtype, size: sizeLabel(link.section), material: source?.material ?? null, owner: source?.owner ?? null,
      lengthInside: roundMillimetres(entry.inside), lengthAffected: roundMillimetres(entry.affected), topDepth: roundMillimetres(entry.cover), depthMargin: roundMillimetres(depthMargin),
      reached, at: [roundMillimetres(entry.at[0]), roundMillimetres(entry.at[1])],
    });
  }
  links.sort((x, y) => (x.pipeType ?? '').localeCompare(y.pipeType ?? '') || x.linkId.localeCompare(y.linkId));
  const points = pointsInside(placed, network, ring, margin);
  return { polygon: ring, depth, margin, links, points, summary: summarise(links, points, ring, belowExcavation) };
}

function pointsInside(placed: PlacedNetwork, network: Network, ring: PlanPoint[], margin: number): ExcavatedPoint[] {
  const owners = new Map<string, Set<string>>();
  for (const link of network.links) {
    for (const id of [link.from, link.to]) {
      const set = owners.get(id) ?? new Set<string>();
      if (link.owner) set.add(link.owner);
      owners.set(id, set);
    }
  }
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  return placed.nodes
    .filter((node) => pointInRing(node.x, node.y, ring) || distanceToRingEdge(node.x, node.y, ring) <= margin)
    .map((node) => ({
      nodeId: node.id, kind: node.kind, pipeType: node.pipeType, attachment: nodes.get(node.id)?.attachment ?? null, x: node.x, y: node.y, ground: node.ground,
      bottom: roundMillimetres(node.bottom), depth: roundMillimetres(node.ground - node.bottom), owners: [...(owners.get(node.id) ?? [])].sort(),
    }))
    .sort((a, b) => a.nodeId.localeCompare(b.nodeId));
}

function summarise(links: readonly ExcavatedLink[], points: readonly ExcavatedPoint[], ring: PlanPoint[], belowExcavation: number): ExcavationSummary {
  const summary: ExcavationSummary = { area: roundMillimetres(Math.abs(ringArea(ring))), links: 0, points: points.length, belowExcavation, byPipeType: {}, byOwner: {} };
  const ownerTypes = new Map<string, Set<string>>();
  for (const link of links) {
    if (!link.reached) continue;
    summary.links++;
    const type = link.pipeType ?? '?';
    const byType = (summary.byPipeType[type] ??= { links: 0, lengthInside: 0, lengthAffected: 0 });
    byType.links++;
    byType.lengthInside = roundMillimetres(byType.lengthInside + link.lengthInside);
    byType.lengthAffected = roundMillimetres(byType.lengthAffected + link.lengthAffected);
    const owner = link.owner ?? UNKNOWN_OWNER;
    (summary.byOwner[owner] ??= { links: 0, points: 0, pipeTypes: [] }).links++;
    ownerTypes.set(owner, (ownerTypes.get(owner) ?? new Set()).add(type));
  }
  for (const point of points) {
    for (const owner of point.owners.length > 0 ? point.owners : [UNKNOWN_OWNER]) {
      (summary.byOwner[owner] ??= { links: 0, points: 0, pipeTypes: [] }).points++;
      if (point.pipeType) ownerTypes.set(owner, (ownerTypes.get(owner) ?? new Set()).add(point.pipeType));
    }
  }
  for (const [owner, types] of ownerTypes) summary.byOwner[owner].pipeTypes = [...types].sort();
  return summary;
}
