import type { Network, NetworkLink, PipeTypeCode } from '@cimtwin/schemas';
import { generateGridNetwork } from '../graph/generate-grid-network.ts';

// Two utilities under one street grid, for clearance benchmarks: the generated water grid
// (JS DN200, top 1.0 m deep) and a copy moved `offset` metres east and north as gas (RQ DN200
// 中压A, top 1.5 m deep). Each gas main runs `offset` from a water main (0.8 m clear at the
// default 1.0 m, against 0.5 m for 中压A) and crosses the water grid once per block near a
// junction (0.3 m vertical clear against 0.15 m). Every `subHighEvery`-th gas link is 次高压A
// instead, which asks for 1.5 m horizontally: those pairs are violations.

/** Options of {@link utilityGridNetwork}. */
export interface UtilityGridOptions {
  /** Shift of the gas grid east and north (m); default 1.0. */
  offset?: number;
  /** Every n-th gas link is 次高压A; default 50. */
  subHighEvery?: number;
}

/** About `segments` links: half water, half gas, ids prefixed "w:" and "g:". */
export function utilityGridNetwork(segments: number, options: UtilityGridOptions = {}): Network {
  const offset = options.offset ?? 1.0;
  const subHighEvery = options.subHighEvery ?? 50;
  const grid = generateGridNetwork(Math.ceil(segments / 2));
  const copy = (prefix: string, dx: number, pipeType: PipeTypeCode, depth: number, pressure: (i: number) => string | null): Pick<Network, 'nodes' | 'links'> => ({
    nodes: grid.nodes.map((node) => ({ ...node, id: prefix + node.id, x: node.x === null ? null : node.x + dx, y: node.y === null ? null : node.y + dx, groundElevation: 20 })),
    links: grid.links.map((link, i): NetworkLink => ({
      ...link,
      id: prefix + link.id,
      from: prefix + link.from,
      to: prefix + link.to,
      pipeType,
      startDepth: depth,
      endDepth: depth,
      pressureClass: pressure(i),
      owner: pipeType === 'JS' ? '自来水公司' : '燃气集团',
    })),
  });
  const water = copy('w:', 0, 'JS', 1.0, () => null);
  const gas = copy('g:', offset, 'RQ', 1.5, (i) => (i % subHighEvery === 0 ? '次高压A' : '中压A'));
  return { ...grid, name: `water and gas grids of ${water.links.length + gas.links.length} segments`, crs: 'EPSG:4549', nodes: [...water.nodes, ...gas.nodes], links: [...water.links, ...gas.links] };
}
