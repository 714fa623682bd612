import { MinHeap } from '../graph/min-heap.ts';
import { verticalClearance } from './clearance-rules.ts';
import { findLineCrossings, verticalExtent } from './find-crossings.ts';
import type { GroundElevation } from './ground-elevation.ts';
import type { LaidSystem } from './lay-system-pipes.ts';
import { drainAttributes } from './pipe-attributes.ts';
import { slicePolyline, polylineLength, type Point } from './polyline-geometry.ts';
import type { River } from './river-bank.ts';
import { nodeComponents, otherNode, type RoadGraph } from './road-graph.ts';
import type { SampleLine, SamplePoint, SampleSystem } from './sample-system.ts';
import { randomFor, randomInteger } from './seeded-random.ts';
import type { SystemLayout } from './street-layout.ts';

// Gravity drains as a forest of shortest-path trees. Outfalls are street junctions near the
// Huangpu, the nearest first, then others along the bank at least outfallSpacing apart, one per
// lengthPerOutfall of drain in each connected piece of the drain network. A
// multi-source Dijkstra over the laid pipe lengths gives every junction its way down; a street
// that is no tree edge is split at its summit (分水点), the survey point where both ways down are
// equally long, and drains to both ends. Every manhole then has exactly one outgoing pipe.
// Diameters grow with the pipe length upstream (a stand-in for catchment area); inverts are
// computed downstream with crowns aligned (管顶平接) and a minimum slope per diameter. Where a
// manhole would be deeper than maxDepth a pumping station (泵站) lifts the flow back to the
// minimum depth. Storm pieces end in a pumping station and an outlet (出水口) on the bank, as
// Shanghai's storm drains do; sewage pieces end in a terminal pumping station (to the municipal
// trunk outside the district; sewage is never let into the river). Drains planned earlier are
// obstacles: where a sewer crosses a storm drain it passes over it if it is shallow enough, else
// dives under it with the clearance, which deepens everything downstream.

/** Options of {@link planDrainage}. */
export interface DrainageOptions {
  /** Cover above the pipe crown at the head of a branch and after a pump, metres. */
  headCover: number;
  /** Deepest manhole before a pump lifts the flow, metres. */
  maxDepth: number;
  /** [upstream pipe length in metres, nominal diameter in mm], ascending; the last applies beyond. */
  diameters: [number, number][];
  /** [largest diameter in mm, slope] ascending: the slope a drain is laid at. */
  slopes: [number, number][];
  /** Smallest diameter under primary and secondary roads, mm. */
  mainRoadDiameter: number;
  /** One outfall per this much drain length in a piece (at least one, at most maxOutfalls), metres. */
  lengthPerOutfall: number;
  maxOutfalls: number;
  /** Outfalls of one piece are at least this far apart, metres. */
  outfallSpacing: number;
  /** End storm pieces with an outlet on the river bank. */
  bankOutlet: boolean;
}

/** Slope of a drain of `diameter` millimetres from `slopes` ([largest diameter, slope], ascending); never below 0.1 %. */
export function drainSlope(slopes: readonly [number, number][], diameter: number): number {
  const slope = slopes.find(([largest]) => diameter <= largest)?.[1] ?? slopes[slopes.length - 1][1];
  return Math.max(0.001, slope);
}

/** Smallest fall of a short drain, metres, so that inverts rounded to millimetres still fall. */
const MIN_FALL = 0.005;

/** Where the generator put each drain outfall or terminal pumping station. */
export interface DrainageOutcome {
  system: SampleSystem;
  /** Point index of each outlet (storm) or terminal pumping station (sewage). */
  terminals: number[];
  /** Point index of each pumping station along the way. */
  pumps: number[];
}

/** Directs, sizes and deepens a laid drain system. */
export function planDrainage(graph: RoadGraph, laid: LaidSystem, layout: SystemLayout, river: River, ground: GroundElevation, options: DrainageOptions, seed: number, obstacles: readonly SampleSystem[] = []): DrainageOutcome {
  const points: SamplePoint[] = laid.points.map((p) => ({ x: p.x, y: p.y, roadNode: p.roadNode, ground: ground(p.x, p.y), depth: 0, feature: '', attachment: null, remark: null, number: '' }));
  const pointOfNode = new Map<number, number>();
  points.forEach((p, i) => p.roadNode !== null && pointOfNode.set(p.roadNode, i));
  const runLength = new Map<number, number>();
  for (const run of laid.runs) runLength.set(run.edge, run.pieces.reduce((sum, piece) => sum + polylineLength(piece), 0));

  const outfalls = chooseOutfalls(graph, laid, layout, river, options);
  const { distance, via } = shortestPaths(graph, runLength, outfalls);

  // direct every piece downhill
  const directed: { from: number; to: number; vertices: Point[]; edge: number }[] = [];
  for (const run of laid.runs) {
    const edge = graph.edges[run.edge];
    let summit: number;
    if (via[edge.from] === run.edge) summit = 0;
    else if (via[edge.to] === run.edge) summit = run.pieces.length;
    else {
      if (run.pieces.length === 1) splitInMiddle(run, points, ground);
      const s = (runLength.get(run.edge)! + distance[edge.to] - distance[edge.from]) / 2;
      let best = 1;
      let chainage = 0;
      let bestGap = Infinity;
      for (let k = 1; k < run.pieces.length; k++) {
        chainage += polylineLength(run.pieces[k - 1]);
        if (Math.abs(chainage - s) < bestGap) (bestGap = Math.abs(chainage - s)), (best = k);
      }
      summit = best;
    }
    run.pieces.forEach((piece, k) => {
      if (k >= summit) directed.push({ from: run.points[k], to: run.points[k + 1], vertices: piece, edge: run.edge });
      else directed.push({ from: run.points[k + 1], to: run.points[k], vertices: piece.slice().reverse(), edge: run.edge });
    });
  }

  const terminals: number[] = [];
  const forcedPumps = new Set<number>();
  for (const node of outfalls) {
    const at = pointOfNode.get(node)!;
    if (!options.bankOutlet) {
      terminals.push(at);
      continue;
    }
    const p: Point = [points[at].x, points[at].y];
    const bank = river.nearestBankPoint(p);
    const gap = Math.hypot(bank[0] - p[0], bank[1] - p[1]);
    const back = Math.min(3, gap / 2) / (gap || 1);
    const outlet: Point = [bank[0] + (p[0] - bank[0]) * back, bank[1] + (p[1] - bank[1]) * back];
    points.push({ x: outlet[0], y: outlet[1], roadNode: null, ground: ground(outlet[0], outlet[1]), depth: 0, feature: '出水口', attachment: null, remark: '雨水排放口（生成）', number: '' });
    directed.push({ from: at, to: points.length - 1, vertices: [p, outlet], edge: graph.nodes[node].edges[0] });
    forcedPumps.add(at);
    terminals.push(points.length - 1);
  }

  const lines = sizeAndDeepen(graph, directed, points, layout, options, forcedPumps, seed, obstacles);
  const pumps = [...new Set(points.map((p, i) => (p.attachment === '泵站' && !terminals.includes(i) ? i : -1)).filter((i) => i >= 0))];
  for (const at of terminals) {
    if (!options.bankOutlet) {
      points[at].attachment = '泵站';
      points[at].remark = '污水泵站，压力输送至区外污水干管（生成）';
    }
  }
  return { system: { layout, points, lines }, terminals, pumps };
}

function chooseOutfalls(graph: RoadGraph, laid: LaidSystem, layout: SystemLayout, river: River, options: DrainageOptions): number[] {
  const laidEdges = new Set(laid.runs.map((run) => run.edge));
  const pieces = nodeComponents(graph, (edge) => laidEdges.has(edge.id));
  const length = new Map<number, number>();
  for (const id of laidEdges) length.set(pieces[graph.edges[id].from], (length.get(pieces[graph.edges[id].from]) ?? 0) + graph.edges[id].length);
  const outfalls: number[] = [];
  for (const piece of [...length.keys()].sort((a, b) => a - b)) {
    const nodes = graph.nodes.filter((node) => pieces[node.id] === piece).map((node) => ({ node, distance: river.distance([node.x, node.y]) }));
    nodes.sort((a, b) => a.distance - b.distance || a.node.id - b.node.id);
    const wanted = Math.max(1, Math.min(options.maxOutfalls, Math.round(length.get(piece)! / options.lengthPerOutfall)));
    const chosen = [nodes[0]];
    for (const candidate of nodes) {
      if (chosen.length >= wanted || candidate.distance > nodes[0].distance + 150) break;
      if (chosen.every((c) => Math.hypot(candidate.node.x - c.node.x, candidate.node.y - c.node.y) >= options.outfallSpacing)) chosen.push(candidate);
    }
    outfalls.push(...chosen.map((c) => c.node.id));
  }
  return outfalls;
}

function shortestPaths(graph: RoadGraph, runLength: Map<number, number>, outfalls: number[]): { distance: Float64Array; via: Int32Array } {
  const distance = new Float64Array(graph.nodes.length).fill(Infinity);
  const via = new Int32Array(graph.nodes.length).fill(-1);
  const heap = new MinHeap(graph.nodes.length);
  for (const node of outfalls) (distance[node] = 0), heap.push(0, node);
  while (heap.length > 0) {
    const key = heap.peekKey();
    const node = heap.pop();
    if (key > distance[node]) continue;
    for (const id of graph.nodes[node].edges) {
      const length = runLength.get(id);
      if (length === undefined) continue;
      const next = otherNode(graph.edges[id], node);
      if (key + length < distance[next]) {
        distance[next] = key + length;
        via[next] = id;
        heap.push(distance[next], next);
      }
    }
  }
  return { distance, via };
}

function splitInMiddle(run: LaidSystem['runs'][number], points: SamplePoint[], ground: GroundElevation): void {
  const piece = run.pieces[0];
  const length = polylineLength(piece);
  const first = slicePolyline(piece, 0, length / 2);
  const second = slicePolyline(piece, length / 2, length);
  const [x, y] = first[first.length - 1];
  points.push({ x, y, roadNode: null, ground: ground(x, y), depth: 0, feature: '', attachment: null, remark: null, number: '' });
  run.points.splice(1, 0, points.length - 1);
  run.pieces = [first, second];
}

function sizeAndDeepen(graph: RoadGraph, directed: { from: number; to: number; vertices: Point[]; edge: number }[], points: SamplePoint[], layout: SystemLayout, options: DrainageOptions, forcedPumps: Set<number>, seed: number, obstacles: readonly SampleSystem[]): SampleLine[] {
  // Every manhole has one outgoing pipe except a summit, where two heads start back to back.
  const outgoing: number[][] = points.map(() => []);
  const incoming: number[][] = points.map(() => []);
  directed.forEach((line, i) => {
    outgoing[line.from].push(i);
    incoming[line.to].push(i);
  });
  for (const [p, list] of outgoing.entries()) {
    if (list.length > 2 || (list.length === 2 && incoming[p].length > 0)) throw new Error(`plan-drainage: point ${p} of ${layout.code} has ${list.length} outgoing pipes`);
  }
  // topological order of the lines, upstream first
  const order: number[] = [];
  const waiting = incoming.map((list) => list.length);
  const ready = points.map((_, i) => i).filter((i) => waiting[i] === 0);
  while (ready.length > 0) {
    const point = ready.pop()!;
    for (const line of outgoing[point]) {
      order.push(line);
      if (--waiting[directed[line].to] === 0) ready.push(directed[line].to);
    }
  }
  if (order.length !== directed.length) throw new Error(`plan-drainage: ${layout.code} has a cycle`);

  const length = directed.map((line) => polylineLength(line.vertices));
  const upstream = new Float64Array(directed.length);
  const diameter = new Int32Array(directed.length);
  for (const i of order) {
    const line = directed[i];
    upstream[i] = length[i] + incoming[line.from].reduce((sum, j) => sum + upstream[j], 0);
    let d = options.diameters.find(([limit]) => upstream[i] <= limit)?.[1] ?? options.diameters[options.diameters.length - 1][1];
    const roadClass = graph.edges[line.edge].roadClass;
    if (roadClass === 'primary' || roadClass === 'secondary') d = Math.max(d, options.mainRoadDiameter);
    for (const j of incoming[line.from]) d = Math.max(d, diameter[j]);
    diameter[i] = d;
  }

  const attributes = directed.map((line, i) => {
    const year = randomInteger(randomFor(seed, `${layout.code}:${graph.edges[line.edge].osmId}`), 1995, 2022);
    return drainAttributes(layout.code as 'YS' | 'WS', diameter[i], year);
  });
  const obstaclesOf = obstacleCrossings(directed.map((line) => line.vertices), obstacles, layout);

  const startInvert = new Float64Array(directed.length);
  const endInvert = new Float64Array(directed.length);
  for (const i of order) {
    const line = directed[i];
    const at = points[line.from];
    const d = diameter[i] / 1000;
    const fall = Math.max(MIN_FALL, drainSlope(options.slopes, diameter[i]) * length[i]);
    const wall = Math.max(0, (attributes[i].width - d) / 2);
    const shallowest = at.ground - options.headCover - d;
    let start = shallowest;
    for (const j of incoming[line.from]) start = Math.min(start, endInvert[j] - Math.max(0, d - diameter[j] / 1000));
    start = passObstacles(start, fall, d, wall, obstaclesOf[i]);
    if (forcedPumps.has(line.from) || at.ground - start > options.maxDepth) {
      at.attachment = '泵站';
      at.remark = forcedPumps.has(line.from) ? '雨水泵站（生成）' : '提升泵站（生成）';
      start = passObstacles(shallowest, fall, d, wall, obstaclesOf[i]);
    }
    startInvert[i] = Math.round(start * 1000) / 1000;
    endInvert[i] = Math.round((start - fall) * 1000) / 1000;
  }
  points.forEach((point, p) => {
    let lowest = Infinity;
    for (const j of outgoing[p]) lowest = Math.min(lowest, startInvert[j]);
    for (const j of incoming[p]) lowest = Math.min(lowest, endInvert[j]);
    point.depth = point.ground - lowest;
  });
  return directed.map((line, i) => {
    return {
      from: line.from,
      to: line.to,
      vertices: line.vertices,
      startDepth: points[line.from].ground - startInvert[i],
      endDepth: points[line.to].ground - endInvert[i],
      attributes: attributes[i],
      edge: line.edge,
      remark: null,
    };
  });
}

/** A drain planned earlier, crossed at `fraction` of a new drain, as elevations of its outer top and bottom. */
interface Obstacle {
  fraction: number;
  topElevation: number;
  bottomElevation: number;
  clearance: number;
}

function obstacleCrossings(vertices: Point[][], obstacles: readonly SampleSystem[], layout: SystemLayout): Obstacle[][] {
  const found: Obstacle[][] = vertices.map(() => []);
  for (const obstacle of obstacles) {
    const clearance = verticalClearance(layout.code, obstacle.layout.code);
    for (const c of findLineCrossings(vertices, obstacle.lines.map((line) => line.vertices))) {
      const line = obstacle.lines[c.b];
      const groundThere = (1 - c.fractionB) * obstacle.points[line.from].ground + c.fractionB * obstacle.points[line.to].ground;
      const extent = verticalExtent(obstacle, line, c.fractionB);
      found[c.a].push({ fraction: c.fractionA, topElevation: groundThere - extent.top, bottomElevation: groundThere - extent.bottom, clearance });
    }
  }
  return found;
}

/** The highest start invert at or below `start` with which the drain passes every obstacle, over or (diving) under it. */
function passObstacles(start: number, fall: number, diameter: number, wall: number, obstacles: Obstacle[]): number {
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const o of obstacles) {
      const invert = start - fall * o.fraction;
      const over = invert - wall >= o.topElevation + o.clearance;
      const under = invert + diameter + wall <= o.bottomElevation - o.clearance;
      if (over || under) continue;
      start = o.bottomElevation - o.clearance - diameter - wall + fall * o.fraction - 0.005;
      changed = true;
    }
    if (!changed) break;
  }
  return start;
}
