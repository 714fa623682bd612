import { GB50289_CLEARANCES, type ClearanceEntry, type Network, type NodeKind, type PipeTypeCode } from '@cimtwin/schemas';
import { sectionHeight, type HeightSource, type PlacedNetwork, type PlacedSection } from '../geometry/place-network.ts';
import { findClearanceRequirement } from './clearance-requirement.ts';
import { clearanceSubject } from './clearance-subject.ts';
import { colourHex, sizeLabel } from './pipe-labels.ts';
import { indexPlacedLinks, searchNearSegment, type PlacedLinkIndex } from './placed-link-index.ts';
import { resolveProfilePath, type PathStep, type ProfilePath } from './profile-path.ts';
import type { GroundPoint } from './section-ground.ts';
import { crossSegments, roundMillimetres } from './segment-geometry.ts';

// 纵断面: heights along a chain of links, chainage measured in plan from the first node. Each
// axis point of each link (in path order) is a station, so a drop in a manhole shows as two
// stations at one chainage. Pipes of other networks (or of the same one, not on the path and not
// joined to it at a path node) that cross the path in plan are listed with their heights there
// and the vertical clearance to the path pipe, against GB 50289 表4.1.14 where it has a cell.

/** A network whose pipes crossing the path are listed. */
export interface ProfileCrossingSource {
  placed: PlacedNetwork;
  network: Network;
  index?: PlacedLinkIndex;
}

/** Options of {@link longitudinalProfile}. */
export interface LongitudinalProfileOptions {
  /** Networks whose pipes crossing the path are listed; default the profiled network itself. */
  crossing?: readonly ProfileCrossingSource[];
  /** Clearance table for the crossings; default GB50289_CLEARANCES. */
  table?: readonly ClearanceEntry[];
}

/** A point along the path: an axis point of one of its links. Elevations in metres. */
export interface ProfileStation {
  chainage: number;
  x: number;
  y: number;
  linkId: string;
  /** The path node here, when the station is at one. */
  nodeId: string | null;
  ground: number;
  axis: number;
  /** Bottom of the section (inside bottom of a drain, outer bottom of the placed section). */
  invert: number;
  top: number;
  /** Ground to top (m). */
  cover: number;
  /** Ground to invert (m). */
  depth: number;
}

/** A link of the path, as the path runs along it. */
export interface ProfileLink {
  linkId: string;
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  colour: string;
  size: string;
  section: PlacedSection;
  material: string | null;
  startNode: string;
  endNode: string;
  /** true when the path runs against the link's from → to. */
  reversed: boolean;
  startChainage: number;
  endChainage: number;
  /** Plan length (m). */
  length: number;
  startInvert: number;
  endInvert: number;
  /** Fall of the invert along the path per length, ‰: positive falls, negative rises. */
  slopePermille: number;
  heightSource: HeightSource;
}

/** A node of the path (manhole, valve, junction ...). */
export interface ProfileNode {
  id: string;
  kind: NodeKind;
  chainage: number;
  x: number;
  y: number;
  ground: number;
  bottom: number;
  /** Ground to bottom (m). */
  depth: number;
  attachment: string | null;
  feature: string | null;
  pointNumber: string | null;
}

/** A pipe crossing the path in plan, with its heights and the vertical clearance there. */
export interface ProfileCrossing {
  network: string;
  linkId: string;
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  colour: string;
  size: string;
  section: PlacedSection;
  chainage: number;
  x: number;
  y: number;
  axis: number;
  top: number;
  bottom: number;
  pathLinkId: string;
  pathAxis: number;
  /** Clear distance between the two sections (m); negative when they overlap. */
  verticalClear: number;
  requiredVertical: number | null;
  clause: string | null;
  /** null when the table has no cell for the pair. */
  ok: boolean | null;
}

/** A longitudinal profile along a chain of links. */
export interface LongitudinalProfile {
  length: number;
  nodes: ProfileNode[];
  links: ProfileLink[];
  stations: ProfileStation[];
  crossings: ProfileCrossing[];
  /** Ground line, `at` = chainage. */
  ground: GroundPoint[];
}

/** The profile along `path` (link ids in order, or { from, to } node ids for the shortest chain). */
export function longitudinalProfile(placed: PlacedNetwork, network: Network, path: ProfilePath, options: LongitudinalProfileOptions = {}): LongitudinalProfile {
  const steps = resolveProfilePath(placed, path);
  const networkLinks = new Map(network.links.map((link) => [link.id, link]));
  const networkNodes = new Map(network.nodes.map((node) => [node.id, node]));
  const placedNodes = new Map(placed.nodes.map((node) => [node.id, node]));
  const stations: ProfileStation[] = [];
  const links: ProfileLink[] = [];
  const nodes: ProfileNode[] = [];
  const pieces: { step: PathStep; from: number[]; to: number[]; chainage: number }[] = [];
  let chainage = 0;
  const addNode = (id: string, at: number) => {
    const placedNode = placedNodes.get(id)!;
    const source = networkNodes.get(id);
    nodes.push({
      id, kind: placedNode.kind, chainage: roundMillimetres(at), x: placedNode.x, y: placedNode.y, ground: placedNode.ground, bottom: roundMillimetres(placedNode.bottom),
      depth: roundMillimetres(placedNode.ground - placedNode.bottom), attachment: source?.attachment ?? null, feature: source?.feature ?? null, pointNumber: source?.pointNumber ?? null,
    });
  };
  addNode(steps[0].startNode, 0);
  for (const step of steps) {
    const { link } = step;
    const order = link.axis.map((_, i) => (step.reversed ? link.axis.length - 1 - i : i));
    const half = sectionHeight(link.section) / 2;
    const start = chainage;
    order.forEach((i, k) => {
      if (k > 0) {
        const [a, b] = [link.axis[order[k - 1]], link.axis[i]];
        pieces.push({ step, from: a, to: b, chainage });
        chainage += Math.hypot(b[0] - a[0], b[1] - a[1]);
      }
      const [x, y, axis] = link.axis[i];
      const ground = link.ground[i];
      const nodeId = k === 0 ? step.startNode : k === order.length - 1 ? step.endNode : null;
      stations.push({
        chainage: roundMillimetres(chainage), x, y, linkId: link.id, nodeId, ground: roundMillimetres(ground), axis: roundMillimetres(axis),
        invert: roundMillimetres(axis - half), top: roundMillimetres(axis + half), cover: roundMillimetres(ground - axis - half), depth: roundMillimetres(ground - axis + half),
      });
    });
    const startInvert = link.axis[order[0]][2] - half;
    const endInvert = link.axis[order[order.length - 1]][2] - half;
    const length = chainage - start;
    links.push({
      linkId: link.id, pipeType: link.pipeType, pipeSubtype: link.pipeSubtype, colour: colourHex(link.pipeType, link.pipeSubtype), size: sizeLabel(link.section), section: link.section,
      material: networkLinks.get(link.id)?.material ?? null, startNode: step.startNode, endNode: step.endNode, reversed: step.reversed,
      startChainage: roundMillimetres(start), endChainage: roundMillimetres(chainage), length: roundMillimetres(length),
      startInvert: roundMillimetres(startInvert), endInvert: roundMillimetres(endInvert),
      slopePermille: length === 0 ? 0 : roundMillimetres(((startInvert - endInvert) / length) * 1000), heightSource: link.heightSource,
    });
    addNode(step.endNode, chainage);
  }

  const sources = options.crossing ?? [{ placed, network }];
  const crossings = sources.flatMap((source) => findCrossings(placed, network, steps, pieces, source, options.table ?? GB50289_CLEARANCES));
  crossings.sort((a, b) => a.chainage - b.chainage || a.linkId.localeCompare(b.linkId));
  const ground = [...stations.map((station): GroundPoint => ({ at: station.chainage, elevation: station.ground, source: 'pipe' })), ...nodes.map((node): GroundPoint => ({ at: node.chainage, elevation: node.ground, source: 'node' }))]
    .sort((a, b) => a.at - b.at || a.elevation - b.elevation)
    .filter((point, i, all) => i === 0 || point.at !== all[i - 1].at || point.elevation !== all[i - 1].elevation);
  return { length: roundMillimetres(chainage), nodes, links, stations, crossings, ground };
}

function findCrossings(
  placed: PlacedNetwork,
  network: Network,
  steps: readonly PathStep[],
  pieces: readonly { step: PathStep; from: number[]; to: number[]; chainage: number }[],
  source: ProfileCrossingSource,
  table: readonly ClearanceEntry[],
): ProfileCrossing[] {
  const index = source.index ?? indexPlacedLinks(source.placed);
  if (index.placed !== source.placed) throw new Error('profile: the index of a crossing source was built for another placed network');
  const same = source.placed === placed;
  const pathLinks = new Set(steps.map((step) => step.link.id));
  const pathNodes = new Set(steps.flatMap((step) => [step.startNode, step.endNode]));
  const pathSource = new Map(network.links.map((link) => [link.id, link]));
  const otherSource = same ? pathSource : new Map(source.network.links.map((link) => [link.id, link]));
  const found: ProfileCrossing[] = [];
  for (const piece of pieces) {
    const [a, b] = [piece.from, piece.to];
    for (const item of searchNearSegment(index, a[0], a[1], b[0], b[1], 0)) {
      const other = source.placed.links[item.link];
      if (same && (pathLinks.has(other.id) || pathNodes.has(other.from) || pathNodes.has(other.to))) continue;
      const [c, d] = [other.axis[item.piece], other.axis[item.piece + 1]];
      const hit = crossSegments(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
      if (!hit || hit.collinear) continue;
      const chainage = piece.chainage + hit.s * Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (found.some((crossing) => crossing.linkId === other.id && Math.abs(crossing.chainage - roundMillimetres(chainage)) < 1e-3)) continue;
      const axis = c[2] + hit.t * (d[2] - c[2]);
      const pathAxis = a[2] + hit.s * (b[2] - a[2]);
      const [half, pathHalf] = [sectionHeight(other.section) / 2, sectionHeight(piece.step.link.section) / 2];
      const clear = Math.abs(axis - pathAxis) - half - pathHalf;
      const subjectA = clearanceSubject(piece.step.link, pathSource.get(piece.step.link.id));
      const subjectB = clearanceSubject(other, otherSource.get(other.id));
      const rule = subjectA && subjectB ? findClearanceRequirement(subjectA, subjectB, 'vertical', table) : null;
      found.push({
        network: source.network.name, linkId: other.id, pipeType: other.pipeType, pipeSubtype: other.pipeSubtype, colour: colourHex(other.pipeType, other.pipeSubtype),
        size: sizeLabel(other.section), section: other.section, chainage: roundMillimetres(chainage),
        x: roundMillimetres(a[0] + hit.s * (b[0] - a[0])), y: roundMillimetres(a[1] + hit.s * (b[1] - a[1])),
        axis: roundMillimetres(axis), top: roundMillimetres(axis + half), bottom: roundMillimetres(axis - half), pathLinkId: piece.step.link.id, pathAxis: roundMillimetres(pathAxis),
        verticalClear: roundMillimetres(clear), requiredVertical: rule?.required ?? null, clause: rule?.clause ?? null, ok: rule ? roundMillimetres(clear) >= rule.required : null,
      });
    }
  }
  return found;
}
