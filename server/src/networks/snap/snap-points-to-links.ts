import RBush from 'rbush';
import { DataError, type Network, type NetworkAttributes, type NetworkLink, type NetworkNode } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';
import { METRES_PER_FOOT } from '../parse/inp-units.ts';
import { polylineLength, projectOnPolylineSegment, projectOnSegment, splitPolyline, type Point } from './polyline.ts';

// GIS surveys record isolation valves as points on the mains; a hydraulic or graph model needs
// them in the topology. Each point goes to the nearest pipe within the tolerance (an R-tree of
// link segments finds the candidates), and each pipe is cut at its points, in order along it,
// into pieces `<link>:1`, `<link>:2`, ... with the valve between. A point within tolerance of a
// valve the network already has (a valve link or valve node) is taken as that valve and not
// added again: surveyed layers and models often both carry the same valves.
// Rejected: moving each point to the nearest node. Surveyed valves sit part-way along a main, and a
// node snap puts a valve on the wrong side of a tee, which changes what closing it isolates.

/** A surveyed point to attach, in the network's CRS. */
export interface SnapPoint {
  id: string;
  x: number;
  y: number;
  attributes?: NetworkAttributes;
}

/** Options of {@link snapPointsToLinks}. */
export interface SnapOptions {
  /**
   * `node` (default): a valve node between the two pieces, id = point id. `link`: a zero-length
   * valve link, id = point id, between nodes `<point>:a` and `<point>:b`.
   */
  valveModel?: 'node' | 'link';
  /** Metres per coordinate unit; by default from `network.units.coordinates` (feet or metres). */
  metresPerUnit?: number;
}

/** What happened to each point, and the network with the valves in it. */
export interface SnapResult {
  network: Network;
  snapped: { pointId: string; linkId: string; distanceMetres: number; pieces: string[] }[];
  matchedExisting: { pointId: string; valve: { kind: 'node' | 'link'; id: string }; distanceMetres: number }[];
  unsnapped: string[];
}

interface IndexedItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Link index, or -1 for a valve node. */
  link: number;
  /** Segment of the link polyline, or the node index for a valve node. */
  part: number;
}

interface Assignment {
  point: SnapPoint;
  chainage: number;
  x: number;
  y: number;
  distance: number;
}

const SPLITTABLE = new Set(['pipe', 'conduit']);

/** Attaches point valves to the nearest pipe within `toleranceMetres`, splitting it. The input is not changed. */
export function snapPointsToLinks(network: Network, points: readonly SnapPoint[], toleranceMetres: number, options: SnapOptions = {}): SnapResult {
  const warnings: string[] = [];
  const pointIds = new Set<string>();
  for (const point of points) {
    if (pointIds.has(point.id)) throw new DataError(`snap: point id "${point.id}" appears twice; point ids become valve ids and must be unique`);
    pointIds.add(point.id);
  }
  const metresPerUnit = options.metresPerUnit ?? coordinateScale(network, warnings);
  const tolerance = toleranceMetres / metresPerUnit;
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const polylines = network.links.map((link) => linkPolyline(link, nodes));
  const tree = new RBush<IndexedItem>();
  const items: IndexedItem[] = [];
  const withoutGeometry = polylines.filter((line) => line === null).length;
  if (withoutGeometry > 0) warnings.push(`snap: ${withoutGeometry} link(s) have an end node without coordinates and cannot take valves`);
  polylines.forEach((line, link) => {
    if (!line) return;
    for (let part = 0; part + 1 < line.length; part++) {
      const [[ax, ay], [bx, by]] = [line[part], line[part + 1]];
      items.push({ minX: Math.min(ax, bx), minY: Math.min(ay, by), maxX: Math.max(ax, bx), maxY: Math.max(ay, by), link, part });
    }
  });
  network.nodes.forEach((node, index) => {
    if (node.kind === 'valve' && node.x !== null && node.y !== null) items.push({ minX: node.x, minY: node.y, maxX: node.x, maxY: node.y, link: -1, part: index });
  });
  tree.load(items);

  const result: SnapResult = { network, snapped: [], matchedExisting: [], unsnapped: [] };
  const byLink = new Map<number, Assignment[]>();
  for (const point of points) {
    let existing: { kind: 'node' | 'link'; id: string; distance: number } | undefined;
    let best: { link: number; part: number; distance: number } | undefined;
    for (const item of tree.search({ minX: point.x - tolerance, minY: point.y - tolerance, maxX: point.x + tolerance, maxY: point.y + tolerance })) {
      if (item.link === -1) {
        const node = network.nodes[item.part];
        const distance = Math.hypot(node.x! - point.x, node.y! - point.y);
        if (distance <= tolerance && (!existing || distance < existing.distance)) existing = { kind: 'node', id: node.id, distance };
        continue;
      }
      const line = polylines[item.link]!;
      const [[ax, ay], [bx, by]] = [line[item.part], line[item.part + 1]];
      const distance = Math.sqrt(projectOnSegment(point.x, point.y, ax, ay, bx, by).distanceSquared);
      if (distance > tolerance) continue;
      const link = network.links[item.link];
      if (link.kind === 'valve') {
        if (!existing || distance < existing.distance) existing = { kind: 'link', id: link.id, distance };
      } else if (SPLITTABLE.has(link.kind) && (!best || distance < best.distance || (distance === best.distance && link.id < network.links[best.link].id))) {
        best = { link: item.link, part: item.part, distance };
      }
    }
    if (existing) {
      result.matchedExisting.push({ pointId: point.id, valve: { kind: existing.kind, id: existing.id }, distanceMetres: existing.distance * metresPerUnit });
    } else if (best) {
      const projection = projectOnPolylineSegment(polylines[best.link]!, best.part, point.x, point.y);
      const list = byLink.get(best.link) ?? [];
      list.push({ point, chainage: projection.chainage, x: projection.x, y: projection.y, distance: projection.distance });
      byLink.set(best.link, list);
    } else {
      result.unsnapped.push(point.id);
    }
  }

  const nodeIds = new Set(nodes.keys());
  const linkIds = new Set(network.links.map((link) => link.id));
  const newNodes: NetworkNode[] = [];
  const links: NetworkLink[] = [];
  network.links.forEach((link, index) => {
    const assignments = byLink.get(index);
    if (!assignments) return void links.push(link);
    assignments.sort((a, b) => a.chainage - b.chainage || (a.point.id < b.point.id ? -1 : 1));
    const split = splitLink(link, polylines[index]!, assignments, nodes, options.valveModel ?? 'node', metresPerUnit);
    for (const node of split.nodes) claimId(nodeIds, node.id, 'node', link.id);
    for (const piece of split.links) if (piece !== link) claimId(linkIds, piece.id, 'link', link.id);
    newNodes.push(...split.nodes);
    links.push(...split.links);
    for (const [i, assignment] of assignments.entries()) {
      result.snapped.push({ pointId: assignment.point.id, linkId: link.id, distanceMetres: assignment.distance * metresPerUnit, pieces: [`${link.id}:${i + 1}`, `${link.id}:${i + 2}`] });
    }
  });
  warnings.push(`snap: ${result.snapped.length} point(s) attached to pipes, ${result.matchedExisting.length} matched valves already in the network, ${result.unsnapped.length} farther than ${toleranceMetres} m from any pipe`);
  result.network = { ...network, nodes: [...network.nodes, ...newNodes], links, warnings: [...network.warnings, ...warnings] };
  return result;
}

function claimId(ids: Set<string>, id: string, what: string, linkId: string): void {
  if (ids.has(id)) throw new DataError(`snap: splitting link "${linkId}" needs ${what} id "${id}", which the network already uses; rename the point or the ${what}`);
  ids.add(id);
}

function coordinateScale(network: Network, warnings: string[]): number {
  switch (network.units.coordinates) {
    case 'ft':
      return METRES_PER_FOOT;
    case 'm':
      return 1;
    case 'deg':
      throw new DataError('snap: the network coordinates are in degrees; reproject to a projected CRS or pass metresPerUnit');
    default:
      warnings.push('snap: the network does not say what unit its coordinates are in; metres assumed (pass metresPerUnit otherwise)');
      return 1;
  }
}

function linkPolyline(link: NetworkLink, nodes: Map<string, NetworkNode>): Point[] | null {
  const a = nodes.get(link.from);
  const b = nodes.get(link.to);
  if (!a || !b || a.x === null || a.y === null || b.x === null || b.y === null) return null;
  return [[a.x, a.y], ...link.vertices, [b.x, b.y]];
}

/** Pieces and valves of one link: piece, valve, piece, valve, ..., piece in `links`. */
function splitLink(
  link: NetworkLink,
  line: Point[],
  assignments: Assignment[],
  nodes: Map<string, NetworkNode>,
  valveModel: 'node' | 'link',
  metresPerUnit: number,
): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const total = polylineLength(line);
  const fractions = assignments.map((a) => (total === 0 ? 0 : a.chainage / total));
  const pieces = splitPolyline(line, assignments.map((a) => a.chainage));
  const from = nodes.get(link.from)!;
  const to = nodes.get(link.to)!;
  const lerp = (start: number | null, end: number | null, f: number) => (start === null || end === null ? null : start + (end - start) * f);
  const newNodes: NetworkNode[] = [];
  const newLinks: NetworkLink[] = [];
  let startNode = link.from;
  let startFraction = 0;
  assignments.forEach((assignment, i) => {
    const f = fractions[i];
    const valveFields = {
      x: assignment.x,
      y: assignment.y,
      elevation: lerp(from.elevation, to.elevation, f),
      groundElevation: lerp(from.groundElevation, to.groundElevation, f),
      attributes: { ...assignment.point.attributes, snappedTo: link.id, snapDistanceMetres: assignment.distance * metresPerUnit, surveyedX: assignment.point.x, surveyedY: assignment.point.y },
    };
    const id = assignment.point.id;
    const [inNode, outNode] = valveModel === 'node' ? [id, id] : [`${id}:a`, `${id}:b`];
    newLinks.push(piece(link, `${link.id}:${i + 1}`, startNode, inNode, pieces[i], startFraction, f, total));
    if (valveModel === 'node') {
      newNodes.push(createNode(id, 'valve', { ...valveFields, status: 'open' }));
    } else {
      newNodes.push(createNode(inNode, 'junction', valveFields), createNode(outNode, 'junction', valveFields));
      newLinks.push(createLink(id, 'valve', inNode, outNode, { length: 0, diameter: link.diameter, valveType: 'isolation', status: 'open', material: link.material, vertices: [], attributes: valveFields.attributes }));
    }
    startNode = outNode;
    startFraction = f;
  });
  newLinks.push(piece(link, `${link.id}:${assignments.length + 1}`, startNode, link.to, pieces[assignments.length], startFraction, 1, total));
  return { nodes: newNodes, links: newLinks };
}

function piece(link: NetworkLink, id: string, from: string, to: string, points: Point[], f0: number, f1: number, total: number): NetworkLink {
  const lerp = (start: number | null, end: number | null, f: number) => (start === null || end === null ? null : start + (end - start) * f);
  const drawn = polylineLength(points);
  return {
    ...link,
    id,
    from,
    to,
    length: link.length === null ? null : total === 0 ? link.length * (f1 - f0) : link.length * (drawn / total),
    startInvertElevation: lerp(link.startInvertElevation, link.endInvertElevation, f0),
    endInvertElevation: lerp(link.startInvertElevation, link.endInvertElevation, f1),
    startDepth: lerp(link.startDepth, link.endDepth, f0),
    endDepth: lerp(link.startDepth, link.endDepth, f1),
    vertices: points.slice(1, -1),
    attributes: { ...link.attributes, splitFrom: link.id },
  };
}
