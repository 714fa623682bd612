/**
 * A small pipe network drawn by hand for the mesh tests, so answers can be worked out on paper:
 * drains between three manholes, a water main with a bend, a valve, a hydrant, a valve link, a
 * meter and a fitting, and a power duct with a bend; all ground at 10 m (the hydrant 10.2 m).
 *
 *  - drains (PS): s1 from manhole M1 (0, 0) east to M2 (50, 0), DN400 by inverts; s2 from M3
 *    (50, -30) north into M2, DN200, 1.2 m deep;
 *  - water (JS, DN300, 1 m cover): w1 from A (0, 20) by (10, 35) and (20, 35) to B (30, 20), then
 *    east through valve V (60, 20) to C (90, 20), valve link w5 to meter W (120, 20), w6 to fitting
 *    E (150, 20); w4 (fire water, DN150) from C to hydrant H (90, 26);
 *  - power (DL): an 800×400 duct d1 from D1 (0, -20) by (20, -30) to D2 (40, -20).
 */
import type { Network } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

function network(nodes: Network['nodes'], links: Network['links']): Network {
  const units = { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' } as const;
  return { name: 't', sourceFormat: 'gis', units, crs: 'EPSG:4549', nodes, links, warnings: [] };
}

/** The network, shifted by `east` and `north` (to put it in a projected CRS's range). */
export function handDrawnPipes(east = 0, north = 0): Network {
  const x = (value: number) => east + value;
  const y = (value: number) => north + value;
  return network(
    [
      createNode('M1', 'manhole', { x: x(0), y: y(0), groundElevation: 10, invertElevation: 7.5, pipeType: 'PS' }),
      createNode('M2', 'manhole', { x: x(50), y: y(0), groundElevation: 10, invertElevation: 7.3, pipeType: 'PS' }),
      createNode('M3', 'manhole', { x: x(50), y: y(-30), groundElevation: 10, invertElevation: 8.8, pipeType: 'PS' }),
      createNode('A', 'junction', { x: x(0), y: y(20), groundElevation: 10 }),
      createNode('B', 'junction', { x: x(30), y: y(20), groundElevation: 10 }),
      createNode('V', 'valve', { x: x(60), y: y(20), groundElevation: 10 }),
      createNode('C', 'junction', { x: x(90), y: y(20), groundElevation: 10 }),
      createNode('H', 'hydrant', { x: x(90), y: y(26), groundElevation: 10.2 }),
      createNode('W', 'meter', { x: x(120), y: y(20), groundElevation: 10 }),
      createNode('E', 'fitting', { x: x(150), y: y(20), groundElevation: 10 }),
      createNode('D1', 'junction', { x: x(0), y: y(-20), groundElevation: 10 }),
      createNode('D2', 'junction', { x: x(40), y: y(-20), groundElevation: 10 }),
    ],
    [
      createLink('s1', 'conduit', 'M1', 'M2', { pipeType: 'PS', pipeSubtype: 'WS', diameter: 0.4, startInvertElevation: 7.5, endInvertElevation: 7.3, material: '钢筋混凝土' }),
      createLink('s2', 'conduit', 'M3', 'M2', { pipeType: 'PS', pipeSubtype: 'YS', diameter: 0.2, startInvertElevation: 8.8, endInvertElevation: 8.7 }),
      createLink('w1', 'pipe', 'A', 'B', { pipeType: 'JS', diameter: 0.3, startDepth: 1, endDepth: 1, vertices: [[x(10), y(35)], [x(20), y(35)]] }),
      createLink('w2', 'pipe', 'B', 'V', { pipeType: 'JS', diameter: 0.3, startDepth: 1, endDepth: 1 }),
      createLink('w3', 'pipe', 'V', 'C', { pipeType: 'JS', diameter: 0.3, startDepth: 1, endDepth: 1 }),
      createLink('w4', 'pipe', 'C', 'H', { pipeType: 'JS', pipeSubtype: 'XS', diameter: 0.15, startDepth: 1, endDepth: 1 }),
      createLink('w5', 'valve', 'C', 'W', { pipeType: 'JS', diameter: 0.3, startDepth: 1, endDepth: 1 }),
      createLink('w6', 'pipe', 'W', 'E', { pipeType: 'JS', diameter: 0.3, startDepth: 1, endDepth: 1 }),
      createLink('d1', 'pipe', 'D1', 'D2', { pipeType: 'DL', width: 0.8, height: 0.4, startDepth: 0.7, endDepth: 0.7, vertices: [[x(20), y(-30)]] }),
    ],
  );
}
