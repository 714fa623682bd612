import type { Network, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

// A synthetic water network for benchmarks: a street grid of mains (looped), with isolation
// valves on every `valveEvery`-th segment along each street, a few segments left out to make dead
// ends, and reservoirs feeding it. Valves alternate between the two models the isolation
// supports: valve links, and point valves (a valve node splitting the segment in two).

/** Options of {@link generateGridNetwork}. */
export interface GridNetworkOptions {
  /** A valve on every n-th segment along each street; default 4. */
  valveEvery?: number;
  /** Number of reservoirs; default 2. */
  sources?: number;
  /** `link`, `node` or `mixed` (alternating, default). */
  valveModel?: 'link' | 'node' | 'mixed';
  /** Share of plain segments left out, making dead ends and irregular blocks; default 0.05. */
  gapShare?: number;
  /** Block length in metres; default 100. */
  spacing?: number;
  /** Seed of the pseudo-random choices; default 1. */
  seed?: number;
}

/** A looped grid network of about `segments` links (pipes, valve links and source leads). */
export function generateGridNetwork(segments: number, options: GridNetworkOptions = {}): Network {
  const valveEvery = options.valveEvery ?? 4;
  const spacing = options.spacing ?? 100;
  const gapShare = options.gapShare ?? 0.05;
  const sourceCount = options.sources ?? 2;
  const random = mulberry32(options.seed ?? 1);
  const columns = Math.max(2, Math.ceil(Math.sqrt(segments / 2)));
  const nodes: NetworkNode[] = [];
  const links: NetworkLink[] = [];
  const created = new Set<string>();
  let valves = 0;

  const junction = (row: number, column: number) => {
    const id = `n${row}_${column}`;
    if (!created.has(id)) {
      created.add(id);
      nodes.push(createNode(id, 'junction', { x: column * spacing, y: row * spacing, elevation: 20, demand: 0.0005 }));
    }
    return id;
  };
  const segment = (a: string, b: string, valved: boolean, [ax, ay]: number[], [bx, by]: number[]) => {
    const id = `${a}-${b}`;
    if (!valved) return void links.push(createLink(id, 'pipe', a, b, { length: spacing, diameter: 0.2, roughness: 130 }));
    const model = options.valveModel === 'link' || (options.valveModel !== 'node' && valves % 2 === 0) ? 'link' : 'node';
    valves++;
    if (model === 'link') {
      links.push(createLink(`v${valves}`, 'valve', a, b, { length: spacing, diameter: 0.2, valveType: 'isolation' }));
      return;
    }
    const valve = `v${valves}`;
    nodes.push(createNode(valve, 'valve', { x: (ax + bx) / 2, y: (ay + by) / 2, elevation: 20, status: 'open' }));
    links.push(createLink(`${id}:1`, 'pipe', a, valve, { length: spacing / 2, diameter: 0.2, roughness: 130 }));
    links.push(createLink(`${id}:2`, 'pipe', valve, b, { length: spacing / 2, diameter: 0.2, roughness: 130 }));
  };

  const leads = sourceCount;
  for (let row = 0; links.length < segments - leads; row++) {
    for (let column = 0; column < columns && links.length < segments - leads; column++) {
      const here = [column * spacing, row * spacing];
      if (column + 1 < columns) {
        const valved = column % valveEvery === valveEvery - 1;
        if (valved || random() >= gapShare) segment(junction(row, column), junction(row, column + 1), valved, here, [here[0] + spacing, here[1]]);
      }
      if (row > 0) {
        const valved = row % valveEvery === 0;
        if (valved || random() >= gapShare) segment(junction(row - 1, column), junction(row, column), valved, [here[0], here[1] - spacing], here);
      }
    }
  }

  for (let s = 0; s < sourceCount; s++) {
    const target = nodes.filter((node) => node.kind === 'junction')[Math.floor(((s + 0.5) / sourceCount) * created.size)] ?? nodes[0];
    const id = `R${s + 1}`;
    nodes.push(createNode(id, 'reservoir', { x: (target.x ?? 0) - spacing / 2, y: (target.y ?? 0) - spacing / 2, elevation: 60, attributes: { head: 60 } }));
    links.push(createLink(`${id}-lead`, 'pipe', id, target.id, { length: spacing, diameter: 0.5, roughness: 130 }));
  }

  return {
    name: `grid of ${links.length} segments`,
    sourceFormat: 'generated',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: 'hazen-williams-c', coordinates: 'm' },
    crs: null,
    nodes,
    links,
    warnings: [],
  };
}

/** Small seeded PRNG (mulberry32), so generated networks repeat exactly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
