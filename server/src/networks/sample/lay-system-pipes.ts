import { deflection, offsetPolyline, polylineLength, simplifyPolyline, slicePolyline, type Point } from './polyline-geometry.ts';
import type { RoadEdge, RoadGraph } from './road-graph.ts';
import { ROAD_CLASS_RANK } from './street-layout.ts';

// Pipes of one system along its streets. Each street keeps its pipe on its own offset line, and
// at a junction the pipes of the system meet where the offset lines of the widest street (the
// "dominant" edge) and of the widest street crossing it intersect, as a water main on the north
// side of one street meets the main on the east side of the cross street at the north-east
// corner. Other arms reach that point from their own line with a short diagonal. Survey points go
// at junctions, at bends of more than bendAngle degrees, and in between so that no piece is
// longer than maxSpacing (pieces come out between half and all of maxSpacing where a run allows).
// Tried first: all arms to a point beside the junction on the dominant line; the side streets'
// pipes then ran across the junction in a tangle of diagonals.

/** Options of {@link laySystemPipes}. */
export interface LayPipesOptions {
  maxSpacing: number;
  /** Deflection that makes a vertex a bend point (弯头), degrees. */
  bendAngle: number;
  /** Vertices closer than this to the simplified pipe line are dropped, metres. */
  simplifyTolerance: number;
}

/** Defaults of {@link laySystemPipes}. */
export const LAY_PIPES_DEFAULTS: LayPipesOptions = Object.freeze({ maxSpacing: 60, bendAngle: 20, simplifyTolerance: 0.3 });

/** A survey point of a laid system before it is described. */
export interface LaidPoint {
  x: number;
  y: number;
  /** The street junction or end it sits beside, or null for points along a street. */
  roadNode: number | null;
  /** A bend of more than the bend angle. */
  bend: boolean;
}

/** The pipe under one street edge: its points from the edge's `from` end to its `to` end. */
export interface LaidRun {
  edge: number;
  /** Signed offset used along the street, metres (positive right of drawing direction). */
  offset: number;
  points: number[];
  /** Geometry of each piece between consecutive points, pieces.length === points.length - 1. */
  pieces: Point[][];
}

/** Points and runs of one system. */
export interface LaidSystem {
  points: LaidPoint[];
  runs: LaidRun[];
}

/** Lays a system under `edges` with the signed offsets `offsetOf` (and `joined` edges ranking last at junctions). */
export function laySystemPipes(graph: RoadGraph, edges: ReadonlySet<number>, joined: ReadonlySet<number>, offsetOf: (edge: RoadEdge) => number, options: LayPipesOptions = LAY_PIPES_DEFAULTS): LaidSystem {
  const sorted = [...edges].sort((a, b) => a - b);
  const offsetLines = new Map<number, Point[]>();
  for (const id of sorted) offsetLines.set(id, offsetPolyline(graph.edges[id].points, offsetOf(graph.edges[id])));

  const points: LaidPoint[] = [];
  const junctionPoint = new Map<number, number>();
  const junction = (node: number): number => {
    let index = junctionPoint.get(node);
    if (index !== undefined) return index;
    const [x, y] = junctionPosition(graph, node, edges, joined, offsetLines);
    index = points.length;
    points.push({ x, y, roadNode: node, bend: false });
    junctionPoint.set(node, index);
    return index;
  };

  const runs: LaidRun[] = [];
  for (const id of sorted) {
    const edge = graph.edges[id];
    const start = junction(edge.from);
    const end = junction(edge.to);
    const line = offsetLines.get(id)!;
    const length = polylineLength(line);
    const a = points[start];
    const b = points[end];
    const reversed = line.slice().reverse();
    const leave = armChainage(line, [a.x, a.y], length);
    const arrive = length - armChainage(reversed, [b.x, b.y], length);
    const middle = length > 1 && arrive - leave > 0.5 ? slicePolyline(line, leave, arrive) : [];
    const raw: Point[] = [[a.x, a.y], ...middle, [b.x, b.y]];
    const distinct = dropDuplicates(raw);
    const path = distinct.length >= 2 ? simplifyPolyline(distinct, options.simplifyTolerance) : [raw[0], raw[raw.length - 1]];
    runs.push(placePoints(edge, offsetOf(edge), path, start, end, points, options));
  }
  return { points, runs };
}

/**
 * Where the system's pipes meet at `node`: the intersection of the dominant edge's offset line
 * with the offset line of the widest edge crossing it at more than 30°, or, without one (a bend
 * or an end of the street), the dominant line's end.
 */
function junctionPosition(graph: RoadGraph, node: number, edges: ReadonlySet<number>, joined: ReadonlySet<number>, offsetLines: Map<number, Point[]>): Point {
  const candidates = graph.nodes[node].edges.filter((id) => edges.has(id));
  const rank = (id: number): number[] => [ROAD_CLASS_RANK[graph.edges[id].roadClass], joined.has(id) ? 0 : 1, graph.edges[id].length, -id];
  const byRank = candidates.slice().sort((p, q) => compareRanks(rank(q), rank(p)));
  const end = (id: number): { at: Point; direction: Point } => {
    const line = graph.edges[id].from === node ? offsetLines.get(id)! : offsetLines.get(id)!.slice().reverse();
    const dx = line[1][0] - line[0][0];
    const dy = line[1][1] - line[0][1];
    const length = Math.hypot(dx, dy) || 1;
    return { at: line[0], direction: [dx / length, dy / length] };
  };
  const dominant = end(byRank[0]);
  const dominantOffset = Math.hypot(dominant.at[0] - graph.nodes[node].x, dominant.at[1] - graph.nodes[node].y);
  for (const id of byRank.slice(1)) {
    const other = end(id);
    const otherOffset = Math.hypot(other.at[0] - graph.nodes[node].x, other.at[1] - graph.nodes[node].y);
    const sine = dominant.direction[0] * other.direction[1] - dominant.direction[1] * other.direction[0];
    if (Math.abs(sine) < 0.5) continue;
    // intersection of the two lines (infinite), kept only near the junction
    const t = ((other.at[0] - dominant.at[0]) * other.direction[1] - (other.at[1] - dominant.at[1]) * other.direction[0]) / sine;
    const meet: Point = [dominant.at[0] + t * dominant.direction[0], dominant.at[1] + t * dominant.direction[1]];
    // only near the junction and within the first part of both streets, or skewed streets make spikes
    const along = (meet[0] - other.at[0]) * other.direction[0] + (meet[1] - other.at[1]) * other.direction[1];
    const reach = Math.hypot(meet[0] - graph.nodes[node].x, meet[1] - graph.nodes[node].y);
    const near = reach <= 1.6 * Math.hypot(dominantOffset, otherOffset) + 2;
    if (near && Math.abs(t) <= 0.4 * graph.edges[byRank[0]].length && Math.abs(along) <= 0.4 * graph.edges[id].length) return meet;
    break;
  }
  return dominant.at;
}

/** Chainage along `line` where a pipe from the junction point `p` joins it: past p's foot on the line by a 45° diagonal. */
function armChainage(line: Point[], p: Point, length: number): number {
  const limit = 0.45 * length;
  let best = { chainage: 0, distance: Infinity };
  let travelled = 0;
  for (let i = 1; i < line.length && travelled <= limit; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const segment = Math.hypot(bx - ax, by - ay);
    const t = segment === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / (segment * segment)));
    const distance = Math.hypot(ax + t * (bx - ax) - p[0], ay + t * (by - ay) - p[1]);
    if (distance < best.distance) best = { chainage: travelled + t * segment, distance };
    travelled += segment;
  }
  const foot = Math.min(best.chainage, limit);
  return best.distance < 0.3 ? foot : Math.min(foot + Math.max(3, best.distance), limit);
}

function placePoints(edge: RoadEdge, offset: number, path: Point[], start: number, end: number, points: LaidPoint[], options: LayPipesOptions): LaidRun {
  // break at bends, then split long stretches evenly
  const breaks = [0];
  for (let i = 1; i < path.length - 1; i++) {
    const last = path[breaks[breaks.length - 1]];
    const far = Math.hypot(path[i][0] - last[0], path[i][1] - last[1]) > 4 && Math.hypot(path[path.length - 1][0] - path[i][0], path[path.length - 1][1] - path[i][1]) > 4;
    if (far && deflection(path[i - 1], path[i], path[i + 1]) >= options.bendAngle) breaks.push(i);
  }
  breaks.push(path.length - 1);
  const run: LaidRun = { edge: edge.id, offset, points: [start], pieces: [] };
  for (let k = 1; k < breaks.length; k++) {
    const stretch = path.slice(breaks[k - 1], breaks[k] + 1);
    const length = polylineLength(stretch);
    const parts = Math.max(1, Math.ceil(length / options.maxSpacing - 1e-9));
    for (let p = 1; p <= parts; p++) {
      const piece = slicePolyline(stretch, ((p - 1) / parts) * length, (p / parts) * length);
      run.pieces.push(piece);
      if (p === parts && k === breaks.length - 1) run.points.push(end);
      else {
        const [x, y] = piece[piece.length - 1];
        run.points.push(points.length);
        points.push({ x, y, roadNode: null, bend: p === parts });
      }
    }
  }
  return run;
}

function dropDuplicates(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1][0], p[1] - points[i - 1][1]) > 0.05);
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
