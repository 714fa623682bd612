import { nodeComponents, type RoadEdge, type RoadGraph, type RoadNode } from './road-graph.ts';
import { polylineLength, segmentIntersection, type Point } from './polyline-geometry.ts';
import type { RoadLine } from './read-road-lines.ts';
import { SegmentGrid } from './segment-grid.ts';
import { projectOnSegment } from '../snap/polyline.ts';

// Noding in four passes over the merged OSM ways: (1) a way end within SNAP of another way is
// moved onto it (a vertex is inserted there), (2) ways that cross without a shared vertex get one
// on both (not for bridges, which pass over), (3) every vertex shared by two ways, and every way
// end, becomes a node and the ways are cut there, (4) nodes closer than MERGE are fused, which
// collapses the short stubs that dual carriageways and tile cuts leave at complex junctions.
// Pieces of network smaller than MIN_COMPONENT are dropped: they are slivers at the district edge.

/** Options of {@link buildRoadGraph}. */
export interface RoadGraphOptions {
  /** A way end this close to another way is joined to it, metres. */
  snapDistance: number;
  /** Nodes this close are fused, metres. */
  mergeDistance: number;
  /** Connected pieces with less street length than this are dropped, metres. */
  minComponentLength: number;
}

/** Defaults of {@link buildRoadGraph}. */
export const ROAD_GRAPH_DEFAULTS: RoadGraphOptions = Object.freeze({ snapDistance: 4, mergeDistance: 4, minComponentLength: 800 });

interface Insertion {
  segment: number;
  t: number;
  point: Point;
}

/** The street graph of merged road lines. */
export function buildRoadGraph(lines: readonly RoadLine[], options: RoadGraphOptions = ROAD_GRAPH_DEFAULTS): RoadGraph {
  const vertices = lines.map((line) => line.points.map((p): Point => [p[0], p[1]]));
  const grid = new SegmentGrid(50);
  const segmentOwner: [number, number][] = [];
  vertices.forEach((points, l) => {
    for (let s = 0; s + 1 < points.length; s++) {
      grid.insert(segmentOwner.length, points[s], points[s + 1]);
      segmentOwner.push([l, s]);
    }
  });
  const insertions: Insertion[][] = lines.map(() => []);

  // (1) way ends onto nearby ways
  vertices.forEach((points, l) => {
    for (const end of [0, points.length - 1]) {
      const p = points[end];
      let best: { line: number; segment: number; t: number; distance: number } | null = null;
      for (const id of grid.query(p, p, options.snapDistance)) {
        const [other, segment] = segmentOwner[id];
        if (other === l) continue;
        const a = vertices[other][segment];
        const b = vertices[other][segment + 1];
        const { distanceSquared, t } = projectOnSegment(p[0], p[1], a[0], a[1], b[0], b[1]);
        const distance = Math.sqrt(distanceSquared);
        if (distance <= options.snapDistance && (!best || distance < best.distance)) best = { line: other, segment, t, distance };
      }
      if (!best || best.distance === 0) continue;
      const a = vertices[best.line][best.segment];
      const b = vertices[best.line][best.segment + 1];
      const onto: Point = [a[0] + best.t * (b[0] - a[0]), a[1] + best.t * (b[1] - a[1])];
      const near = Math.hypot(onto[0] - a[0], onto[1] - a[1]) < options.snapDistance ? a : Math.hypot(onto[0] - b[0], onto[1] - b[1]) < options.snapDistance ? b : null;
      if (near) points[end] = [near[0], near[1]];
      else {
        points[end] = onto;
        insertions[best.line].push({ segment: best.segment, t: best.t, point: onto });
      }
    }
  });

  // (2) crossings without a shared vertex
  segmentOwner.forEach(([l, s], id) => {
    if (lines[l].bridge) return;
    const p1 = vertices[l][s];
    const p2 = vertices[l][s + 1];
    for (const otherId of grid.query(p1, p2)) {
      if (otherId <= id) continue;
      const [m, r] = segmentOwner[otherId];
      if (m === l || lines[m].bridge) continue;
      const hit = segmentIntersection(p1, p2, vertices[m][r], vertices[m][r + 1]);
      if (!hit || hit.t < 1e-6 || hit.t > 1 - 1e-6 || hit.u < 1e-6 || hit.u > 1 - 1e-6) continue;
      const point: Point = [p1[0] + hit.t * (p2[0] - p1[0]), p1[1] + hit.t * (p2[1] - p1[1])];
      insertions[l].push({ segment: s, t: hit.t, point });
      insertions[m].push({ segment: r, t: hit.u, point });
    }
  });
  const noded = vertices.map((points, l) => insertVertices(points, insertions[l]));

  // (3) nodes at shared vertices and ends, cut the ways there
  const key = (p: Point): string => `${p[0].toFixed(2)},${p[1].toFixed(2)}`;
  const uses = new Map<string, number>();
  for (const points of noded) {
    points.forEach((p, i) => uses.set(key(p), (uses.get(key(p)) ?? 0) + (i === 0 || i === points.length - 1 ? 2 : 1)));
  }
  const nodeByKey = new Map<string, number>();
  const positions: Point[] = [];
  const nodeAt = (p: Point): number => {
    let id = nodeByKey.get(key(p));
    if (id === undefined) {
      id = positions.length;
      nodeByKey.set(key(p), id);
      positions.push([p[0], p[1]]);
    }
    return id;
  };
  const raw: Omit<RoadEdge, 'id' | 'length' | 'divided'>[] = [];
  noded.forEach((points, l) => {
    let start = 0;
    for (let i = 1; i < points.length; i++) {
      if (i < points.length - 1 && (uses.get(key(points[i])) ?? 0) < 2) continue;
      const piece = points.slice(start, i + 1);
      const { osmId, name, roadClass, oneway, bridge } = lines[l];
      raw.push({ from: nodeAt(piece[0]), to: nodeAt(piece[piece.length - 1]), points: piece, osmId, name, roadClass, oneway, bridge });
      start = i;
    }
  });

  // (4) fuse close nodes
  const cluster = fuseNodes(positions, options.mergeDistance);
  const merged = new Map<number, Point>();
  positions.forEach((p, i) => {
    const c = cluster[i];
    if (!merged.has(c)) merged.set(c, positions[c]);
  });
  const edges: Omit<RoadEdge, 'id' | 'divided'>[] = [];
  for (const edge of raw) {
    const from = cluster[edge.from];
    const to = cluster[edge.to];
    const points = edge.points.slice();
    points[0] = merged.get(from)!;
    points[points.length - 1] = merged.get(to)!;
    const length = polylineLength(points);
    if (from === to && length < 30) continue;
    if (from === to) {
      // a loop: cut it in the middle so every edge joins two different nodes
      const middle = Math.floor(points.length / 2) || 1;
      const mid = points.length > 2 ? points[middle] : ([(points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2] as Point);
      const id = positions.length;
      positions.push(mid);
      cluster.push(id);
      merged.set(id, mid);
      const first = points.length > 2 ? points.slice(0, middle + 1) : [points[0], mid];
      const second = points.length > 2 ? points.slice(middle) : [mid, points[1]];
      edges.push({ ...edge, from, to: id, points: first, length: polylineLength(first) });
      edges.push({ ...edge, from: id, to, points: second, length: polylineLength(second) });
      continue;
    }
    edges.push({ ...edge, from, to, points, length });
  }
  return dropSmallComponents(merged, edges, options.minComponentLength);
}

function insertVertices(points: Point[], insertions: Insertion[]): Point[] {
  if (insertions.length === 0) return points;
  insertions.sort((a, b) => a.segment - b.segment || a.t - b.t);
  const out: Point[] = [];
  let k = 0;
  for (let s = 0; s < points.length; s++) {
    out.push(points[s]);
    while (k < insertions.length && insertions[k].segment === s) {
      const last = out[out.length - 1];
      const p = insertions[k++].point;
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) > 1e-3) out.push(p);
    }
  }
  return out;
}

/** Cluster representative (the lowest index) of every position, fusing positions closer than `distance`. */
function fuseNodes(positions: readonly Point[], distance: number): number[] {
  const parent = positions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const grid = new SegmentGrid(Math.max(distance, 10));
  positions.forEach((p, i) => grid.insert(i, p, p));
  positions.forEach((p, i) => {
    for (const j of grid.query(p, p, distance)) {
      if (j <= i || Math.hypot(positions[j][0] - p[0], positions[j][1] - p[1]) >= distance) continue;
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  return positions.map((_, i) => find(i));
}

function dropSmallComponents(positions: Map<number, Point>, edges: Omit<RoadEdge, 'id' | 'divided'>[], minLength: number): RoadGraph {
  // Renumber the nodes in order of first use so ids are dense and stable.
  const renumber = new Map<number, number>();
  const nodes: RoadNode[] = [];
  const use = (old: number): number => {
    let id = renumber.get(old);
    if (id === undefined) {
      id = nodes.length;
      renumber.set(old, id);
      const [x, y] = positions.get(old)!;
      nodes.push({ id, x, y, edges: [] });
    }
    return id;
  };
  const all: RoadEdge[] = edges.map((edge, id) => ({ ...edge, id, from: use(edge.from), to: use(edge.to), divided: false }));
  for (const edge of all) nodes[edge.from].edges.push(edge.id), nodes[edge.to].edges.push(edge.id);
  const component = nodeComponents({ nodes, edges: all });
  const length = new Map<number, number>();
  for (const edge of all) length.set(component[edge.from], (length.get(component[edge.from]) ?? 0) + edge.length);
  const keptEdges = all.filter((edge) => (length.get(component[edge.from]) ?? 0) >= minLength);
  const keptNodes = new Map<number, number>();
  const outNodes: RoadNode[] = [];
  const outEdges: RoadEdge[] = keptEdges.map((edge, id) => {
    for (const end of [edge.from, edge.to]) {
      if (!keptNodes.has(end)) {
        keptNodes.set(end, outNodes.length);
        outNodes.push({ id: outNodes.length, x: nodes[end].x, y: nodes[end].y, edges: [] });
      }
    }
    return { ...edge, id, from: keptNodes.get(edge.from)!, to: keptNodes.get(edge.to)! };
  });
  for (const edge of outEdges) outNodes[edge.from].edges.push(edge.id), outNodes[edge.to].edges.push(edge.id);
  return { nodes: outNodes, edges: outEdges };
}
