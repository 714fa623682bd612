import { horizontalClearance, verticalClearance } from './clearance-rules.ts';
import { findLineCrossings, verticalExtent } from './find-crossings.ts';
import type { GroundElevation } from './ground-elevation.ts';
import type { PipeAttributes } from './pipe-attributes.ts';
import { distanceToSegment, offsetPolyline, pointAlong, polylineLength, slicePolyline, type Point } from './polyline-geometry.ts';
import type { RoadEdge, RoadGraph } from './road-graph.ts';
import type { SampleLine, SampleSystem } from './sample-system.ts';
import type { SystemEdges } from './select-system-edges.ts';
import type { SystemCode } from './street-layout.ts';
import { LAYER_TOP_DEPTH } from './build-pressure-system.ts';

// The clearance problems the sample carries on purpose, so that a clearance or connectivity
// analysis has known answers: a gas main laid beside the water main on one street, a power duct
// bank squeezed against the water main on another, a water main dipping onto a storm drain where
// they cross, and a stretch of telecom duct connected to nothing. Streets are picked by rule (the
// longest straight street that fits), so the choice is stable for a given street layer.

/** Wall-to-wall distances the horizontal problems are built with, metres. */
export const DELIBERATE_CLEAR = Object.freeze({ gasWater: 0.2, powerWater: 0.15, waterOverDrain: 0.05 });

/** One deliberate problem, with the segments involved and the distance as built. */
export interface DeliberateViolation {
  id: 'gas-water-horizontal' | 'power-water-horizontal' | 'water-over-storm-drain-vertical' | 'telecom-island';
  systems: SystemCode[];
  street: string | null;
  /** Segments involved, by system and line index (numbers are looked up after numbering). */
  lines: { system: SystemCode; line: number }[];
  /** As built: wall-to-wall or vertical clear distance in metres; null for the island. */
  measured: number | null;
  /** The clearance this generator reads from GB 50289-2016; null for the island. */
  required: number | null;
  description: string;
}

/** Streets chosen for the horizontal problems and the island, and the offsets that make them. */
export interface DeliberatePlan {
  gasWaterEdge: number;
  powerWaterEdge: number;
  islandEdge: number;
  /** Signed offsets replacing the cross-section on the chosen streets, by system. */
  offsets: Map<SystemCode, Map<number, number>>;
}

/** Picks the streets and offsets of the horizontal problems and the island. */
export function planDeliberateViolations(
  graph: RoadGraph,
  selections: Map<SystemCode, SystemEdges>,
  offsetOf: (code: SystemCode, edge: RoadEdge) => number,
  attributesOf: (code: SystemCode, edge: RoadEdge) => PipeAttributes,
): DeliberatePlan {
  const laidPlain = (code: SystemCode, edge: RoadEdge): boolean => selections.get(code)!.edges.has(edge.id) && !selections.get(code)!.joined.has(edge.id);
  const straight = (edge: RoadEdge): boolean => {
    const a = edge.points[0];
    const b = edge.points[edge.points.length - 1];
    return Math.hypot(b[0] - a[0], b[1] - a[1]) >= 0.995 * edge.length;
  };
  const longest = (candidates: RoadEdge[], what: string): RoadEdge => {
    const best = candidates.sort((a, b) => b.length - a.length || a.id - b.id)[0];
    if (!best) throw new Error(`deliberate-violations: no street fits the ${what}`);
    return best;
  };
  const gasWater = longest(graph.edges.filter((e) => e.roadClass === 'tertiary' && !e.divided && straight(e) && e.length < 400 && laidPlain('JS', e) && laidPlain('RQ', e)), 'gas-water problem');
  const powerWater = longest(graph.edges.filter((e) => e.roadClass === 'secondary' && !e.divided && straight(e) && e.length < 400 && laidPlain('JS', e) && laidPlain('DL', e)), 'power-water problem');
  const txNodes = new Set([...selections.get('TX')!.edges].flatMap((id) => [graph.edges[id].from, graph.edges[id].to]));
  const island = longest(
    graph.edges.filter((e) => (e.roadClass === 'tertiary' || e.roadClass === 'minor') && !e.divided && e.length >= 120 && e.length <= 300 && !selections.get('TX')!.edges.has(e.id) && (txNodes.has(e.from) || txNodes.has(e.to)) && laidPlain('JS', e)),
    'telecom island',
  );

  const offsets = new Map<SystemCode, Map<number, number>>([['RQ', new Map()], ['DL', new Map()]]);
  // the gas main on the water main's inner side, the duct bank on its outer side, at the chosen clearances
  const water = offsetOf('JS', gasWater);
  const waterWidth = attributesOf('JS', gasWater).width;
  offsets.get('RQ')!.set(gasWater.id, water - Math.sign(water) * (waterWidth / 2 + attributesOf('RQ', gasWater).width / 2 + DELIBERATE_CLEAR.gasWater));
  const water2 = offsetOf('JS', powerWater);
  offsets.get('DL')!.set(powerWater.id, water2 + Math.sign(water2) * (attributesOf('JS', powerWater).width / 2 + attributesOf('DL', powerWater).width / 2 + DELIBERATE_CLEAR.powerWater));
  return { gasWaterEdge: gasWater.id, powerWaterEdge: powerWater.id, islandEdge: island.id, offsets };
}

/** Appends to `system` (telecom) a duct along `edge` that stops short of both junctions: an island. */
export function addTelecomIsland(system: SampleSystem, edge: RoadEdge, offset: number, attributes: PipeAttributes, ground: GroundElevation, maxSpacing: number): number[] {
  const line = offsetPolyline(edge.points, offset);
  const length = polylineLength(line);
  const path = slicePolyline(line, 15, length - 15);
  const pathLength = polylineLength(path);
  const parts = Math.max(1, Math.ceil(pathLength / maxSpacing));
  const first = system.points.length;
  const depth = LAYER_TOP_DEPTH.TX;
  for (let k = 0; k <= parts; k++) {
    const [x, y] = pointAlong(path, (k / parts) * pathLength).point;
    system.points.push({ x, y, roadNode: null, ground: ground(x, y), depth, feature: '', attachment: null, remark: null, number: '' });
  }
  const lines: number[] = [];
  for (let k = 0; k < parts; k++) {
    lines.push(system.lines.length);
    system.lines.push({ from: first + k, to: first + k + 1, vertices: slicePolyline(path, (k / parts) * pathLength, ((k + 1) / parts) * pathLength), startDepth: depth, endDepth: depth, attributes, edge: edge.id, remark: null });
  }
  return lines;
}

/**
 * Lowers one water segment onto a storm drain it crosses until the clear distance is
 * DELIBERATE_CLEAR.waterOverDrain. The segment is one whose ends join only one other water segment
 * each and whose neighbourhood crosses no other drain, so no other crossing changes; of those, the
 * one needing the smallest dip. Returns the water and drain line indices and the clear distance.
 */
export function addWaterOverDrain(water: SampleSystem, storm: SampleSystem, others: readonly SampleSystem[]): { waterLine: number; drainLine: number; clear: number } {
  const touching: number[][] = water.points.map(() => []);
  water.lines.forEach((line, i) => (touching[line.from].push(i), touching[line.to].push(i)));
  const vertices = water.lines.map((line) => line.vertices);
  const drainCrossings = new Map<number, number>();
  for (const drain of [storm, ...others]) for (const c of findLineCrossings(vertices, drain.lines.map((l) => l.vertices))) drainCrossings.set(c.a, (drainCrossings.get(c.a) ?? 0) + 1);
  let best: { waterLine: number; drainLine: number; depth: number; dip: number } | null = null;
  for (const c of findLineCrossings(vertices, storm.lines.map((l) => l.vertices))) {
    const line = water.lines[c.a];
    if (touching[line.from].length !== 2 || touching[line.to].length !== 2 || drainCrossings.get(c.a) !== 1) continue;
    const neighbours = [...touching[line.from], ...touching[line.to]].filter((i) => i !== c.a);
    if (neighbours.some((i) => drainCrossings.has(i))) continue;
    const drainTop = verticalExtent(storm, storm.lines[c.b], c.fractionB).top;
    const depth = drainTop - DELIBERATE_CLEAR.waterOverDrain - line.attributes.width;
    const dip = depth - Math.max(line.startDepth, line.endDepth);
    if (dip > 0 && (!best || dip < best.dip)) best = { waterLine: c.a, drainLine: c.b, depth, dip };
  }
  if (!best) throw new Error('deliberate-violations: no water main crossing a storm drain fits the vertical problem');
  const line = water.lines[best.waterLine];
  for (const point of [line.from, line.to]) {
    water.points[point].depth = best.depth;
    for (const i of touching[point]) {
      if (water.lines[i].from === point) water.lines[i].startDepth = best.depth;
      if (water.lines[i].to === point) water.lines[i].endDepth = best.depth;
    }
  }
  return { waterLine: best.waterLine, drainLine: best.drainLine, clear: DELIBERATE_CLEAR.waterOverDrain };
}

/** Smallest wall-to-wall distance between lines `a` of one system and lines `b` of another, sampled every metre. */
export function smallestClear(a: readonly SampleLine[], b: readonly SampleLine[]): number {
  let best = Infinity;
  for (const line of a) {
    const length = polylineLength(line.vertices);
    for (let s = 0; s <= length; s += 1) {
      const p: Point = pointAlong(line.vertices, s).point;
      for (const other of b) {
        for (let i = 1; i < other.vertices.length; i++) {
          best = Math.min(best, distanceToSegment(p, other.vertices[i - 1], other.vertices[i]) - (line.attributes.width + other.attributes.width) / 2);
        }
      }
    }
  }
  return best;
}

/** The records of the deliberate problems of a finished set of systems. */
export function describeDeliberateViolations(
  graph: RoadGraph,
  systems: readonly SampleSystem[],
  plan: DeliberatePlan,
  vertical: { waterLine: number; drainLine: number; clear: number },
  islandLines: number[],
): DeliberateViolation[] {
  const system = (code: SystemCode): SampleSystem => systems.find((s) => s.layout.code === code)!;
  const onEdge = (code: SystemCode, edge: number): { system: SystemCode; line: number }[] =>
    system(code).lines.flatMap((line, i) => (line.edge === edge ? [{ system: code, line: i }] : []));
  const linesOf = (refs: { system: SystemCode; line: number }[], code: SystemCode): SampleLine[] => refs.filter((r) => r.system === code).map((r) => system(code).lines[r.line]);
  const horizontal = (id: 'gas-water-horizontal' | 'power-water-horizontal', edge: number, code: SystemCode, description: string): DeliberateViolation => {
    const lines = [...onEdge(code, edge), ...onEdge('JS', edge)];
    const measured = Math.round(smallestClear(linesOf(lines, code), linesOf(lines, 'JS')) * 1000) / 1000;
    const required = horizontalClearance(code, linesOf(lines, code)[0], 'JS', linesOf(lines, 'JS')[0]);
    return { id, systems: [code, 'JS'], street: graph.edges[edge].name, lines, measured, required, description };
  };
  const water = system('JS');
  return [
    horizontal('gas-water-horizontal', plan.gasWaterEdge, 'RQ', '燃气管与给水管并行，外壁净距不足（燃气管敷设在给水管内侧）'),
    horizontal('power-water-horizontal', plan.powerWaterEdge, 'DL', '电力排管与给水管并行，外壁净距不足'),
    {
      id: 'water-over-storm-drain-vertical',
      systems: ['JS', 'YS'],
      street: graph.edges[water.lines[vertical.waterLine].edge].name,
      lines: [{ system: 'JS', line: vertical.waterLine }, { system: 'YS', line: vertical.drainLine }],
      measured: vertical.clear,
      required: verticalClearance('JS', 'YS'),
      description: '给水管从雨水管上方交叉通过，垂直净距不足（给水管局部下沉）',
    },
    {
      id: 'telecom-island',
      systems: ['TX'],
      street: graph.edges[system('TX').lines[islandLines[0]].edge].name,
      lines: islandLines.map((line) => ({ system: 'TX' as SystemCode, line })),
      measured: null,
      required: null,
      description: '通信管道孤立段，两端未与管网连接（连接关系不明）',
    },
  ];
}
