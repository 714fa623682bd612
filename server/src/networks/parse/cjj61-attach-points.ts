import type { Network, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { snapPointsToLinks } from '../snap/snap-points-to-links.ts';
import type { Cjj61Context } from './cjj61-context.ts';
import { closeGaps } from './cjj61-close-gaps.ts';
import type { ConnectedLines } from './cjj61-connect-lines.ts';
import { PointGrid } from './cjj61-point-grid.ts';

// A surveyed point that no segment end reached is, in real deliveries, one of three things:
//   - a device in a gap of the line table: GIS layers often stop the pipe either side of a valve
//     drawn as a point (Micropolis does at almost every valve). Each dangling segment end (one
//     segment, not itself a surveyed point) within pointTolerance joins the nearest such point;
//     pairs are taken nearest first, so a valve takes the two ends of its gap and not an end
//     across the street. The old end stays in the drawing as a vertex.
//   - a valve part-way along a pipe: snapPointsToLinks cuts the pipe at the projection (by
//     default only valves: a hydrant or a meter beside a main sits on a service line the survey
//     may not have, and cutting the main under it would invent a connection).
//   - a point off the network: it stays an isolated node, and the quality check lists it.
// Then, when gapTolerance is set, dangling segment ends close small gaps (cjj61-close-gaps.ts).
// Rejected: one large snap tolerance for all line ends. It pulled the ends of separate pipes
// together at tees and made 4-way valves.

/** Joins loose surveyed points to the segments (see the file comment); the result replaces `connected`. */
export function attachLoosePoints(context: Cjj61Context, connected: ConnectedLines, metresPerUnit: number): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const toleranceMetres = context.options.pointTolerance ?? context.options.snapTolerance;
  const tolerance = toleranceMetres / metresPerUnit;
  let { nodes, links } = connected;
  const degree = new Map<string, number>();
  for (const link of links) for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const loose = () => nodes.filter((node) => connected.pointIds.has(node.id) && !degree.get(node.id) && node.x !== null && node.y !== null);
  if (tolerance > 0 && loose().length > 0) {
    nodes = bridgeGaps(context, nodes, links, loose(), connected, degree, tolerance, metresPerUnit);
    const { splitLinksAt } = context.options;
    const splitters = loose().filter((node) => splitLinksAt === 'all' || (splitLinksAt === 'valves' && node.kind === 'valve'));
    if (splitters.length > 0) ({ nodes, links } = splitAtPoints(context, nodes, links, splitters, degree, toleranceMetres, metresPerUnit));
  }
  nodes = closeGaps(context, nodes, links, connected.pointIds, degree, metresPerUnit);
  return reportIsolated(context, { nodes, links }, connected, degree, toleranceMetres);
}

function bridgeGaps(context: Cjj61Context, nodes: NetworkNode[], links: NetworkLink[], free: NetworkNode[], connected: ConnectedLines, degree: Map<string, number>, tolerance: number, metresPerUnit: number): NetworkNode[] {
  const dangling = nodes.filter((node) => !connected.pointIds.has(node.id) && degree.get(node.id) === 1 && node.x !== null && node.y !== null);
  const grid = new PointGrid(tolerance);
  dangling.forEach((node, index) => grid.insert(node.x!, node.y!, index));
  const pairs = free.flatMap((point) => grid.within(point.x!, point.y!, tolerance).map(({ index, distance }) => ({ point, end: dangling[index], distance })));
  pairs.sort((a, b) => a.distance - b.distance || (a.point.id < b.point.id ? -1 : a.point.id > b.point.id ? 1 : a.end.id < b.end.id ? -1 : 1));
  const linkAt = new Map<string, NetworkLink>();
  for (const link of links) for (const end of [link.from, link.to]) if (degree.get(end) === 1) linkAt.set(end, link);
  const merged = new Set<string>();
  let widest = 0;
  const joined = new Set<string>();
  for (const { point, end, distance } of pairs) {
    if (merged.has(end.id)) continue;
    merged.add(end.id);
    joined.add(point.id);
    widest = Math.max(widest, distance);
    const link = linkAt.get(end.id)!;
    if (link.from === end.id) (link.from = point.id), link.vertices.unshift([end.x!, end.y!]);
    else (link.to = point.id), link.vertices.push([end.x!, end.y!]);
    degree.set(point.id, (degree.get(point.id) ?? 0) + 1);
    degree.delete(end.id);
    point.attributes.joinedSegmentEnds = ((point.attributes.joinedSegmentEnds as number | undefined) ?? 0) + 1;
  }
  if (merged.size === 0) return nodes;
  context.warnings.add(`cjj61: ${merged.size} segment end(s) joined to ${joined.size} surveyed point(s) no segment reached, across gaps of up to ${(widest * metresPerUnit).toFixed(2)} m (pointTolerance ${context.options.pointTolerance ?? context.options.snapTolerance} m)`);
  return nodes.filter((node) => !merged.has(node.id));
}

function splitAtPoints(context: Cjj61Context, nodes: NetworkNode[], links: NetworkLink[], splitters: NetworkNode[], degree: Map<string, number>, toleranceMetres: number, metresPerUnit: number): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const byId = new Map(splitters.map((node) => [node.id, node]));
  const shell: Network = {
    name: 'cjj61',
    sourceFormat: 'gis',
    units: { system: 'SI', flow: 'none', length: 'm', diameter: 'mm', roughness: null, coordinates: null },
    crs: null,
    nodes: nodes.filter((node) => !byId.has(node.id)),
    links,
    warnings: [],
  };
  const result = snapPointsToLinks(shell, splitters.map((node) => ({ id: node.id, x: node.x!, y: node.y! })), toleranceMetres, { metresPerUnit });
  const snapped = new Set(result.snapped.map((entry) => entry.pointId));
  const placed = new Map<string, NetworkNode>();
  for (const node of result.network.nodes) {
    const original = byId.get(node.id);
    if (!original) continue;
    // snapPointsToLinks made a plain open valve node at the projection; keep what was surveyed.
    const { surveyedX, surveyedY, snappedTo, snapDistanceMetres } = node.attributes;
    degree.set(node.id, 2);
    placed.set(node.id, { ...original, x: node.x, y: node.y, attributes: { ...original.attributes, snappedTo, snapDistanceMetres, surveyedX, surveyedY } });
  }
  for (const match of result.matchedExisting) {
    context.warnings.add(`cjj61: point ${match.pointId} lies ${match.distanceMetres.toFixed(2)} m from ${match.valve.kind === 'node' ? 'valve point' : 'valve segment'} ${match.valve.id}, already in the network; it is kept apart`, 'cjj61: points on top of other valves');
  }
  if (snapped.size > 0) context.warnings.add(`cjj61: ${snapped.size} point(s) part-way along a segment cut it in two (within ${toleranceMetres} m): ${[...snapped].slice(0, 10).join(', ')}${snapped.size > 10 ? ', ...' : ''}`);
  return { nodes: nodes.map((node) => placed.get(node.id) ?? node), links: result.network.links };
}

function reportIsolated(context: Cjj61Context, network: { nodes: NetworkNode[]; links: NetworkLink[] }, connected: ConnectedLines, degree: Map<string, number>, toleranceMetres: number): { nodes: NetworkNode[]; links: NetworkLink[] } {
  for (const node of network.nodes) {
    if (!connected.pointIds.has(node.id) || degree.get(node.id)) continue;
    const where = node.x === null ? 'has no coordinates' : `at (${node.x.toFixed(2)}, ${node.y!.toFixed(2)}) has no segment end or segment within ${toleranceMetres} m`;
    context.warnings.add(`cjj61: ${node.attributes.source}: ${node.kind} ${node.id} ${where}; it stays an isolated point`, 'cjj61: isolated points');
  }
  return network;
}
