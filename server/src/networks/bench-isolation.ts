// Quick timing of the network graph analyses; not a test, nothing is asserted.
//   node --import tsx server/src/networks/bench-isolation.ts [segments]
// Prints graph build time, the per-isolation median over 50 random breaks on a generated grid
// (200,000 segments by default), with and without a failed valve, and trace times on ky9 and
// L-TOWN when the shared test networks are present.
import fs from 'node:fs';
import { generateGridNetwork, mulberry32 } from './graph/generate-grid-network.ts';
import { NetworkGraph } from './graph/network-graph.ts';
import { parseEpanetInp } from './parse/parse-epanet-inp.ts';
import { networkDataPath } from './testing/network-data.ts';

const BREAKS = 50;
const segments = Number(process.argv[2] ?? 200_000);

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms (n=${samples.length})`;
}

const [network, generateMs] = time(() => generateGridNetwork(segments));
const [graph, buildMs] = time(() => new NetworkGraph(network));
console.log(`grid: ${network.links.length} links, ${network.nodes.length} nodes; generated in ${generateMs.toFixed(0)} ms, graph built in ${buildMs.toFixed(0)} ms`);
const [, baselineMs] = time(() => graph.baselineSupply());
console.log(`baseline supply (once per graph): ${baselineMs.toFixed(1)} ms`);

const random = mulberry32(7);
const pipes = network.links.filter((link) => link.kind === 'pipe').map((link) => link.id);
const breaks = Array.from({ length: BREAKS }, () => pipes[Math.floor(random() * pipes.length)]);
graph.isolate(breaks[0]); // warm-up: JIT
const plain: number[] = [];
const withFailure: number[] = [];
let valvesClosed = 0;
let regionLinks = 0;
for (const id of breaks) {
  const [result, ms] = time(() => graph.isolate(id));
  plain.push(ms);
  valvesClosed += result.valvesToClose.length;
  regionLinks += result.region.links.length;
  const failed = result.valvesToClose[0]?.id;
  if (failed) withFailure.push(time(() => graph.isolate(id, { failedValves: [failed] }))[1]);
}
console.log(`isolate, ${BREAKS} random breaks: ${summary(plain)}; mean ${(valvesClosed / BREAKS).toFixed(1)} valves, ${(regionLinks / BREAKS).toFixed(1)} links per region`);
console.log(`isolate with one failed valve: ${summary(withFailure)}`);

const [orientation, gridOrientMs] = time(() => graph.flowOrientation());
const gridTraces = Array.from({ length: 10 }, () => time(() => graph.trace('R1', 'downstream')));
const [components, componentsMs] = time(() => graph.connectedComponents());
console.log(`grid: flow orientation (once) ${gridOrientMs.toFixed(1)} ms, ${orientation.filter((o) => o === 0).length} links undetermined`);
console.log(`grid: trace downstream of R1 (${gridTraces[0][0].links.length} links reached): ${summary(gridTraces.map(([, ms]) => ms))}; connected components (${components.count}): ${componentsMs.toFixed(1)} ms`);

for (const file of ['ky9.inp', 'L-TOWN.inp']) {
  const path = networkDataPath(file);
  if (!fs.existsSync(path)) {
    console.log(`${file}: not found at ${path}, skipped`);
    continue;
  }
  const model = parseEpanetInp(fs.readFileSync(path, 'utf8'));
  const modelGraph = new NetworkGraph(model);
  const [, orientMs] = time(() => modelGraph.flowOrientation());
  const pick = mulberry32(11);
  const downstream: number[] = [];
  const upstream: number[] = [];
  for (let i = 0; i < BREAKS; i++) {
    const node = model.nodes[Math.floor(pick() * model.nodes.length)].id;
    downstream.push(time(() => modelGraph.trace(node, 'downstream'))[1]);
    upstream.push(time(() => modelGraph.trace(node, 'upstream'))[1]);
  }
  const source = model.nodes.find((node) => node.kind === 'reservoir')!.id;
  const fromSource = Array.from({ length: 20 }, () => time(() => modelGraph.trace(source, 'downstream')));
  console.log(`${file}: ${model.links.length} links; flow orientation (once) ${orientMs.toFixed(1)} ms`);
  console.log(`  trace from 50 random nodes: downstream ${summary(downstream)}; upstream ${summary(upstream)}`);
  console.log(`  trace downstream of reservoir ${source} (${fromSource[0][0].links.length} links reached): ${summary(fromSource.map(([, ms]) => ms))}`);
}
