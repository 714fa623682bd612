import type { Network, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

// A street's worth of pipes of several types laid so that every clear distance can be worked out
// on paper. Coordinates are metres east and north of CLEARANCE_FIXTURE_ORIGIN (a CGCS2000
// 3-degree zone position, so large coordinates are exercised); ground is 12.0 m everywhere.
//
//  y = 0    W1 JS DN300 (0..100), top 1.0 m deep      G1 RQ DN150 次高压A at y = 1.2 (20..80)
//  y = 20   W2 JS DN300 (0..100)                      G2 RQ DN150 中压A at y = 21.2: compliant
//  y = 40   W3 JS DN200 (0..100)                      G3 RQ DN100, no pressure class, at y = 41.0
//  y = 60..80  D1 PS/YS DN400 north along x = 50, invert 9.31 → 9.29, over
//              T1 TX duct 300×200 (管块) east along y = 70, top 2.8 m deep: 0.10 m between them
//  y = 100  W4 JS ends at node n4 where G4 RQ starts: they share a node and are not checked
//  y = 120  R1 PS/YS east along y = 120 (invert 10.0) crosses S1 PS/WS north along x = 50
//           (invert 9.6 at the crossing), DN300 both: 0.10 m between them
//  y = 140  I1 GY DN100 at y = 140.5 next to W6 JS DN200 at y = 140: no cell in the table

/** Where the fixture's local (0, 0) is, in the network CRS. */
export const CLEARANCE_FIXTURE_ORIGIN: [number, number] = [500000, 3400000];

const GROUND = 12;

/** The network drawn above (CRS EPSG:4549, metres). */
export function clearanceFixture(): Network {
  const [x0, y0] = CLEARANCE_FIXTURE_ORIGIN;
  const nodes: NetworkNode[] = [];
  const node = (id: string, x: number, y: number) => {
    nodes.push(createNode(id, 'fitting', { x: x0 + x, y: y0 + y, groundElevation: GROUND }));
    return id;
  };
  const links: NetworkLink[] = [];
  const pipe = (id: string, from: string, to: string, fields: Partial<NetworkLink>) => links.push(createLink(id, 'pipe', from, to, { owner: ownerOf(fields.pipeType ?? null), ...fields }));
  const byDepth = (depth: number) => ({ startDepth: depth, endDepth: depth });

  pipe('W1', node('w1a', 0, 0), node('w1b', 100, 0), { pipeType: 'JS', diameter: 0.3, ...byDepth(1.0) });
  pipe('G1', node('g1a', 20, 1.2), node('g1b', 80, 1.2), { pipeType: 'RQ', pipeSubtype: 'TR', diameter: 0.15, pressureClass: '次高压A', ...byDepth(1.0) });
  pipe('W2', node('w2a', 0, 20), node('w2b', 100, 20), { pipeType: 'JS', diameter: 0.3, ...byDepth(1.0) });
  pipe('G2', node('g2a', 0, 21.2), node('g2b', 100, 21.2), { pipeType: 'RQ', diameter: 0.15, pressureClass: '中压A', ...byDepth(1.0) });
  pipe('W3', node('w3a', 0, 40), node('w3b', 100, 40), { pipeType: 'JS', diameter: 0.2, ...byDepth(1.0) });
  pipe('G3', node('g3a', 0, 41), node('g3b', 100, 41), { pipeType: 'RQ', diameter: 0.1, ...byDepth(1.0) });
  pipe('D1', node('d1a', 50, 60), node('d1b', 50, 80), { kind: 'conduit', pipeType: 'PS', pipeSubtype: 'YS', diameter: 0.4, startInvertElevation: 9.31, endInvertElevation: 9.29 });
  pipe('T1', node('t1a', 40, 70), node('t1b', 60, 70), { pipeType: 'TX', width: 0.3, height: 0.2, burialMethod: '管块', ...byDepth(2.8) });
  pipe('W4', node('w4a', 0, 100), node('n4', 50, 100), { pipeType: 'JS', diameter: 0.2, ...byDepth(1.0) });
  pipe('G4', 'n4', node('g4b', 100, 100.3), { pipeType: 'RQ', diameter: 0.1, pressureClass: '低压', ...byDepth(1.0) });
  pipe('R1', node('r1a', 0, 120), node('r1b', 100, 120), { kind: 'conduit', pipeType: 'PS', pipeSubtype: 'YS', diameter: 0.3, startInvertElevation: 10.0, endInvertElevation: 10.0 });
  pipe('S1', node('s1a', 50, 110), node('s1b', 50, 130), { kind: 'conduit', pipeType: 'PS', pipeSubtype: 'WS', diameter: 0.3, startInvertElevation: 9.6, endInvertElevation: 9.6 });
  pipe('W6', node('w6a', 0, 140), node('w6b', 100, 140), { pipeType: 'JS', diameter: 0.2, ...byDepth(1.0) });
  pipe('I1', node('i1a', 0, 140.5), node('i1b', 100, 140.5), { pipeType: 'GY', diameter: 0.1, ...byDepth(1.0) });

  return {
    name: 'clearance fixture',
    sourceFormat: 'gis',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' },
    crs: 'EPSG:4549',
    nodes,
    links,
    warnings: [],
  };
}

function ownerOf(type: string | null): string | null {
  const owners: Record<string, string> = { JS: '市自来水公司', RQ: '市燃气集团', PS: '市排水公司', TX: '中国电信', GY: '化工园区' };
  return type === null ? null : (owners[type] ?? null);
}
