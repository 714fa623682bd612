import type { Network, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

// A small surveyed network with at least one case of every quality check, drawn by hand so each
// expected finding can be worked out on paper (coordinates in metres, depths to the pipe top for
// water and gas, to the invert for drainage, as CJJ 61 measures them).
//
// y=0    J1(valve, no status) ═L1,L1b═ J2(三通) ── L3 ── J3 (dangles)        L1r runs J2→J1
//                                       └─ L2 ── J4(预留口)
// y=0    J5(hydrant) ── L5 ── J6(hydrant)     J7 ── L6 ── J8 (L6 drawn on L5, 2 cm off; meters)
// y=0    J9(盖堵) ── L7 (5 mm) ── J10(盖堵)     J11 ⟲ L8 (self-loop), L9: J11 → "NOPE"
// y=0    J12 (isolated)
// y=100  G1 (gas valve, closed) ── L10 (RQ) ── J1 (JS): cross type
// y=200  M1(YS) → C1 (rises 0.15 m, enters 0.2 m below M1's floor) → M2(YS) → C2 (YS) → M3(WS)
// y=300  K1(盖堵) ─ D1 (depth −0.5 … 12) ─ K2(manhole) ─ D2 (cover 0.2, 0.25) ─ K3(三通) ─ D3 (DN1200, 15 m) ─ K4(盖堵)
// y=400  U0(盖堵) ─ T1 (JS, ends at depth 1.0) ─ U1 (no type, no depth) ─ T2 (DL, starts at 1.2) ─ U2(盖堵)

const top = { depthReference: 'top' };
const invert = { depthReference: 'invert' };

const water = { pipeType: 'JS', pipeSubtype: 'JP' } as const;

const NODES: NetworkNode[] = [
  createNode('J1', 'valve', { x: 0, y: 0, pointNumber: 'JS1', groundElevation: 5, depth: 1.2, attachment: '阀门', ...water, attributes: top }),
  createNode('J2', 'fitting', { x: 50, y: 0, pointNumber: 'JS2', groundElevation: 5, depth: 1.15, feature: '三通', ...water, attributes: top }),
  createNode('J3', 'junction', { x: 100, y: 0, pointNumber: 'JS3', ...water }),
  createNode('J4', 'fitting', { x: 50, y: 50, pointNumber: 'JS4', feature: '预留口', ...water }),
  createNode('J5', 'hydrant', { x: 200, y: 0, ...water }),
  createNode('J6', 'hydrant', { x: 300, y: 0, ...water }),
  createNode('J7', 'meter', { x: 200.02, y: 0.01, ...water }),
  createNode('J8', 'meter', { x: 300.01, y: -0.02, ...water }),
  createNode('J9', 'fitting', { x: 400, y: 0, feature: '盖堵', ...water }),
  createNode('J10', 'fitting', { x: 400, y: 0.005, feature: '盖堵', ...water }),
  createNode('J11', 'junction', { x: 500, y: 0, ...water }),
  createNode('J12', 'junction', { x: 600, y: 0, pointNumber: 'JS12', ...water }),
  createNode('G1', 'valve', { x: 0, y: 100, status: 'closed', pointNumber: 'RQ1', pipeType: 'RQ', pipeSubtype: 'TR' }),
  createNode('M1', 'manhole', { x: 0, y: 200, groundElevation: 5, depth: 2, invertElevation: 3, pipeType: 'PS', pipeSubtype: 'YS', attributes: invert }),
  createNode('M2', 'manhole', { x: 40, y: 200, groundElevation: 5, depth: 2.3, invertElevation: 2.7, pipeType: 'PS', pipeSubtype: 'YS', attributes: invert }),
  createNode('M3', 'manhole', { x: 80, y: 200, groundElevation: 5, depth: 2.3, invertElevation: 2.5, pipeType: 'PS', pipeSubtype: 'WS', attributes: invert }),
  createNode('K1', 'fitting', { x: 0, y: 300, feature: '盖堵', ...water }),
  createNode('K2', 'manhole', { x: 100, y: 300, ...water }),
  createNode('K3', 'fitting', { x: 200, y: 300, feature: '三通', ...water }),
  createNode('K4', 'fitting', { x: 300, y: 300, feature: '盖堵', ...water }),
  createNode('U0', 'fitting', { x: 0, y: 400, feature: '盖堵', ...water }),
  createNode('U1', 'junction', { x: 50, y: 400 }),
  createNode('U2', 'fitting', { x: 100, y: 400, feature: '盖堵', pipeType: 'DL', pipeSubtype: 'GD' }),
];

const pipe = (id: string, from: string, to: string, fields: Partial<NetworkLink> = {}) => createLink(id, 'pipe', from, to, { diameter: 0.3, material: 'PE', ...water, ...fields });

const LINKS: NetworkLink[] = [
  pipe('L1', 'J1', 'J2', { startDepth: 1.2, endDepth: 1.3, attributes: top }),
  pipe('L1b', 'J1', 'J2'),
  pipe('L1r', 'J2', 'J1'),
  pipe('L2', 'J2', 'J4', { startDepth: 1.15, endDepth: 1.1, diameter: 0.2, attributes: top }),
  pipe('L3', 'J2', 'J3', { material: null }),
  pipe('L5', 'J5', 'J6', { startDepth: 1, endDepth: 1, attributes: top }),
  pipe('L6', 'J7', 'J8', { startDepth: 1, endDepth: 1, attributes: top }),
  pipe('L7', 'J9', 'J10', { startDepth: 1, endDepth: 1, attributes: top }),
  pipe('L8', 'J11', 'J11', { vertices: [[510, 0], [510, 10]], startDepth: 1, endDepth: 1, attributes: top }),
  pipe('L9', 'J11', 'NOPE', { startDepth: 1, endDepth: 1, attributes: top }),
  pipe('L10', 'G1', 'J1', { pipeType: 'RQ', pipeSubtype: 'TR', diameter: 0.1, startDepth: 1, endDepth: 1.2, attributes: top }),
  createLink('C1', 'conduit', 'M1', 'M2', { diameter: 0.6, material: '混凝土', pipeType: 'PS', pipeSubtype: 'YS', flowDirection: 'from-to', startInvertElevation: 2.8, endInvertElevation: 2.95 }),
  createLink('C2', 'conduit', 'M2', 'M3', { diameter: 0.6, material: '混凝土', pipeType: 'PS', pipeSubtype: 'YS', flowDirection: 'from-to', startInvertElevation: 2.7, endInvertElevation: 2.5 }),
  pipe('D1', 'K1', 'K2', { diameter: 0.2, startDepth: -0.5, endDepth: 12, attributes: top }),
  pipe('D2', 'K2', 'K3', { diameter: 0.2, startDepth: 0.2, endDepth: 0.25, attributes: top }),
  pipe('D3', 'K3', 'K4', { diameter: 1.2, startDepth: 15, endDepth: 15, attributes: top }),
  pipe('T1', 'U0', 'U1', { startDepth: 1, endDepth: 1, attributes: top }),
  pipe('T2', 'U1', 'U2', { pipeType: 'DL', pipeSubtype: 'GD', startDepth: 1.2, endDepth: 1, attributes: top }),
];

/** The network drawn above, in a projected CRS in metres. */
export function qaFixtureNetwork(): Network {
  return {
    name: 'qa-fixture',
    sourceFormat: 'cjj61',
    units: { system: 'SI', flow: 'none', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' },
    crs: 'EPSG:4549',
    nodes: structuredClone(NODES),
    links: structuredClone(LINKS),
    warnings: [],
  };
}
