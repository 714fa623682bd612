import { buildPressureSystem } from './build-pressure-system.ts';
import { buildRoadGraph } from './build-road-graph.ts';
import { createCgcs2000Projector } from './cgcs2000.ts';
import { chooseWaterSources } from './choose-water-sources.ts';
import { addTelecomIsland, addWaterOverDrain, describeDeliberateViolations, planDeliberateViolations, type DeliberateViolation } from './deliberate-violations.ts';
import { describePoints } from './describe-points.ts';
import { createGroundElevation } from './ground-elevation.ts';
import { LAY_PIPES_DEFAULTS, laySystemPipes } from './lay-system-pipes.ts';
import { markDividedCarriageways } from './mark-divided-carriageways.ts';
import { markShadowedEdges } from './mark-shadowed-edges.ts';
import { pressureAttributes, type PipeAttributes } from './pipe-attributes.ts';
import { planDrainage, type DrainageOptions } from './plan-drainage.ts';
import { readRoadLines, type InputFeatureCollection } from './read-road-lines.ts';
import { readRiver } from './river-bank.ts';
import type { RoadEdge } from './road-graph.ts';
import type { SampleSystem } from './sample-system.ts';
import { selectSystemEdges, type SystemEdges } from './select-system-edges.ts';
import { randomFor } from './seeded-random.ts';
import { rightHandSides, systemOffset } from './street-sides.ts';
import { SYSTEM_LAYOUTS, systemLayout, type SystemCode } from './street-layout.ts';

// The whole generator as one pure function: street and water layers in, six systems out.
// Stages: read and node the streets; mark divided roads and shadowed side streets; choose each
// system's streets; pick the streets of the deliberate problems; lay and plan the pressure
// systems and ducts (fixed depth layers), then the storm drains and the sewers, which pass under
// everything laid before them; add the vertical problem; number the points.

/** Options of {@link generateSampleNetworks}. */
export interface SampleNetworkOptions {
  seed: number;
  /** Name of the river the storm drains discharge to, as in the water layer. */
  river: string;
  drainage: Record<'YS' | 'WS', DrainageOptions>;
}

/** Defaults of {@link generateSampleNetworks}. */
export const SAMPLE_NETWORK_DEFAULTS: SampleNetworkOptions = Object.freeze<SampleNetworkOptions>({
  seed: 20240521,
  river: '黄浦江',
  drainage: {
    YS: {
      headCover: 1.5, maxDepth: 6.0, mainRoadDiameter: 600, lengthPerOutfall: 8000, maxOutfalls: 4, outfallSpacing: 900, bankOutlet: true,
      diameters: [[300, 400], [700, 500], [1500, 600], [3000, 800], [6000, 1000], [Infinity, 1200]],
      slopes: [[300, 0.003], [400, 0.002], [500, 0.0015], [600, 0.0012], [Infinity, 0.001]],
    },
    WS: {
      headCover: 2.2, maxDepth: 6.0, mainRoadDiameter: 400, lengthPerOutfall: 15000, maxOutfalls: 3, outfallSpacing: 900, bankOutlet: false,
      diameters: [[500, 300], [1500, 400], [3500, 500], [7000, 600], [Infinity, 800]],
      slopes: [[300, 0.002], [400, 0.0015], [500, 0.0012], [Infinity, 0.001]],
    },
  },
});

/** The generated systems in output order (JS, YS, WS, RQ, DL, TX) and where things were put. */
export interface SampleNetworks {
  systems: SampleSystem[];
  /** Point indices (in the JS system) of the water supply points. */
  waterSources: number[];
  /** Point indices of storm outlets / sewage terminal pumping stations, by system. */
  drainTerminals: Record<'YS' | 'WS', number[]>;
  /** Point indices of the other pumping stations, by system. */
  drainPumps: Record<'YS' | 'WS', number[]>;
  violations: DeliberateViolation[];
}

/** Generates the sample pipe networks under the streets of `roads` (Tilezen roads layer) beside the river in `water`. */
export function generateSampleNetworks(roads: InputFeatureCollection, water: InputFeatureCollection, options: SampleNetworkOptions = SAMPLE_NETWORK_DEFAULTS): SampleNetworks {
  const project = createCgcs2000Projector();
  const graph = buildRoadGraph(readRoadLines(roads, project));
  markDividedCarriageways(graph);
  const sides = rightHandSides(graph);
  const shadowed = markShadowedEdges(graph);
  const surface = createGroundElevation(options.seed);
  const ground = (x: number, y: number): number => Math.round(surface(x, y) * 1000) / 1000;
  const river = readRiver(water, project, options.river);

  const offsetOf = (code: SystemCode, edge: RoadEdge): number => systemOffset(edge, systemLayout(code), sides.get(edge.osmId)!);
  const attributesOf = (code: SystemCode, edge: RoadEdge): PipeAttributes => attributesFor(code, edge, options.seed);
  const selections = new Map<SystemCode, SystemEdges>();
  for (const layout of SYSTEM_LAYOUTS) {
    const gravity = layout.kind === 'gravity';
    const usable = (edge: RoadEdge): boolean => !gravity || (!edge.bridge && edge.roadClass !== 'link');
    selections.set(layout.code, selectSystemEdges(graph, layout, sides, shadowed, usable));
  }
  const plan = planDeliberateViolations(graph, selections, offsetOf, attributesOf);

  const built = new Map<SystemCode, SampleSystem>();
  let waterSources: number[] = [];
  let islandLines: number[] = [];
  const drainTerminals = { YS: [] as number[], WS: [] as number[] };
  const drainPumps = { YS: [] as number[], WS: [] as number[] };
  // pressure systems and ducts first: drains are planned to pass under them
  const planningOrder = [...SYSTEM_LAYOUTS].sort((a, b) => Number(a.kind === 'gravity') - Number(b.kind === 'gravity'));
  for (const layout of planningOrder) {
    const selection = selections.get(layout.code)!;
    const overrides = plan.offsets.get(layout.code);
    const offset = (edge: RoadEdge): number => overrides?.get(edge.id) ?? offsetOf(layout.code, edge);
    const laid = laySystemPipes(graph, selection.edges, selection.joined, offset, LAY_PIPES_DEFAULTS);
    if (layout.kind === 'gravity') {
      const code = layout.code as 'YS' | 'WS';
      const outcome = planDrainage(graph, laid, layout, river, ground, options.drainage[code], options.seed, [...built.values()]);
      drainTerminals[code] = outcome.terminals;
      drainPumps[code] = outcome.pumps;
      describePoints(outcome.system);
      built.set(code, outcome.system);
      continue;
    }
    const system = buildPressureSystem(graph, laid, layout, (edge) => attributesOf(layout.code, edge), ground, options.seed ^ layout.code.charCodeAt(0));
    let sources = new Set<number>();
    if (layout.code === 'JS') {
      const nodes = chooseWaterSources(graph, selection.edges);
      waterSources = system.points.flatMap((p, i) => (p.roadNode !== null && nodes.includes(p.roadNode) ? [i] : []));
      sources = new Set(waterSources);
    }
    if (layout.code === 'TX') {
      const edge = graph.edges[plan.islandEdge];
      islandLines = addTelecomIsland(system, edge, offsetOf('TX', edge), attributesOf('TX', edge), ground, LAY_PIPES_DEFAULTS.maxSpacing);
    }
    describePoints(system, sources);
    built.set(layout.code, system);
  }
  const systems = SYSTEM_LAYOUTS.map((layout) => built.get(layout.code)!);
  const vertical = addWaterOverDrain(built.get('JS')!, built.get('YS')!, [built.get('WS')!]);
  for (const system of systems) numberPoints(system);
  const violations = describeDeliberateViolations(graph, systems, plan, vertical, islandLines);
  return { systems, waterSources, drainTerminals, drainPumps, violations };
}

/** Attributes of a pressure pipe or duct of system `code` under `edge`, the same for every edge of one OSM way and class. */
export function attributesFor(code: SystemCode, edge: RoadEdge, seed: number): PipeAttributes {
  return pressureAttributes(code as 'JS' | 'RQ' | 'DL' | 'TX', edge.roadClass, randomFor(seed, `${code}:${edge.osmId}:${edge.roadClass}`));
}

/** 物探点号: the system code and a serial, in point order (JS0001, YS0002, ...). */
function numberPoints(system: SampleSystem): void {
  const width = Math.max(4, String(system.points.length).length);
  system.points.forEach((point, i) => {
    point.number = `${system.layout.code}${String(i + 1).padStart(width, '0')}`;
  });
}
