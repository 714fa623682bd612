import type { GroundElevation } from './ground-elevation.ts';
import type { LaidSystem } from './lay-system-pipes.ts';
import type { PipeAttributes } from './pipe-attributes.ts';
import type { RoadEdge, RoadGraph } from './road-graph.ts';
import type { SampleSystem } from './sample-system.ts';
import { createSeededRandom } from './seeded-random.ts';
import type { SystemLayout } from './street-layout.ts';

// Pressure pipes and ducts have no flow direction to respect: segments run along the street's
// drawing direction. Depths follow the top-to-bottom order GB 50289-2016 recommends at crossings
// (telecom, power, gas, water), each system in its own layer with a few centimetres of seeded
// scatter, so that where they cross at junctions no two pipes pass through each other. The
// layers are 0.02-0.1 m apart: closer than the GB 50289 crossing clearances between neighbouring
// layers (telecom-power, power-gas, gas-water) and clear of them between the others. Keeping
// every clearance would put water mains 2 m down and the drains below them deeper still, where
// real streets keep typical depths and settle each crossing on site. Drains are planned after
// these and pass under them with the full clearance (plan-drainage.ts).

/** Depth to the top of each pressure system's layer, metres; scatter adds 0-SCATTER. */
export const LAYER_TOP_DEPTH = Object.freeze({ TX: 0.6, DL: 0.9, RQ: 1.25, JS: 1.57 });
const SCATTER = 0.02;

/** The segments and points of a pressure or duct system laid along `laid`. */
export function buildPressureSystem(graph: RoadGraph, laid: LaidSystem, layout: SystemLayout, attributesOf: (edge: RoadEdge) => PipeAttributes, ground: GroundElevation, seed: number): SampleSystem {
  const random = createSeededRandom(seed);
  const points = laid.points.map((p) => ({ x: p.x, y: p.y, roadNode: p.roadNode, ground: ground(p.x, p.y), depth: 0, feature: '', attachment: null, remark: null, number: '' }));
  const lines: SampleSystem['lines'] = [];
  for (const run of laid.runs) {
    const attributes = attributesOf(graph.edges[run.edge]);
    run.pieces.forEach((piece, k) => {
      lines.push({ from: run.points[k], to: run.points[k + 1], vertices: piece, startDepth: 0, endDepth: 0, attributes, edge: run.edge, remark: null });
    });
  }
  points.forEach((point) => {
    point.depth = LAYER_TOP_DEPTH[layout.code as keyof typeof LAYER_TOP_DEPTH] + Math.round(random() * SCATTER * 1000) / 1000;
  });
  for (const line of lines) {
    line.startDepth = points[line.from].depth;
    line.endDepth = points[line.to].depth;
  }
  return { layout, points, lines };
}
