import type { Network, NetworkLink, NetworkNode, NodeKind } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

// One street, 60 m east-west, with the usual pipes under it, for cross-sections, profiles and
// excavation. Ground rises from 10.0 m at x = 0 to 10.6 m at x = 60 (10 + 0.01 x) at every
// point. Local metres, CRS unset.
//
//   y = 12    · S3 bypass vertex (30, 12)
//   y = 7     WS1 JS DN100 service north-south along x = 40 (y -5 .. 7), top 1.0 m deep
//   y = 4.6   P1 DL DN200 直埋, top 0.7 m deep
//   y = 4     T1 TX duct bank 400×300 管块, top 0.8 m deep
//   y = 0     M1 ──S1 DN400 (inverts 8.00 → 7.90)── M2 (x 25) ──S2 DN500 (7.85 → 7.71)── M3 (x 60)
//             S3 PS bypass M1 → (30, 12) → M3, DN300
//   y = -4.5  G1 RQ DN150 中压A, top 0.9 m deep
//   y = -6    W1a JS DN300 ── V1 valve (x 20) ── W1b, top 1.0 m deep
//   y = -8.5  D2 PS/YS DN600 storm drain, inverts 7.20 → 7.00

const ground = (x: number) => Math.round((10 + 0.01 * x) * 1000) / 1000;

/** The street drawn above. */
export function streetFixture(): Network {
  const nodes: NetworkNode[] = [];
  const node = (id: string, x: number, y: number, kind: NodeKind = 'fitting', fields: Partial<NetworkNode> = {}) => {
    nodes.push(createNode(id, kind, { x, y, groundElevation: ground(x), ...fields }));
    return id;
  };
  const links: NetworkLink[] = [];
  const pipe = (id: string, from: string, to: string, fields: Partial<NetworkLink>) => links.push(createLink(id, fields.pipeType === 'PS' ? 'conduit' : 'pipe', from, to, fields));
  const depth = (metres: number) => ({ startDepth: metres, endDepth: metres });

  node('w1a', 0, -6);
  node('V1', 20, -6, 'valve', { attachment: '阀门', pipeType: 'JS', status: 'open' });
  node('w1b', 60, -6);
  pipe('W1a', 'w1a', 'V1', { pipeType: 'JS', pipeSubtype: 'JP', diameter: 0.3, material: '球墨铸铁', owner: '市自来水公司', ...depth(1.0) });
  pipe('W1b', 'V1', 'w1b', { pipeType: 'JS', pipeSubtype: 'JP', diameter: 0.3, material: '球墨铸铁', owner: '市自来水公司', ...depth(1.0) });
  pipe('G1', node('g1a', 0, -4.5), node('g1b', 60, -4.5), { pipeType: 'RQ', pipeSubtype: 'TR', diameter: 0.15, material: 'PE', pressureClass: '中压A', owner: '市燃气集团', ...depth(0.9) });
  node('M1', 0, 0, 'manhole', { invertElevation: 8.0, attachment: '检修井', pipeType: 'PS' });
  node('M2', 25, 0, 'manhole', { invertElevation: 7.85, attachment: '检修井', pipeType: 'PS' });
  node('M3', 60, 0, 'manhole', { invertElevation: 7.71, attachment: '检修井', pipeType: 'PS' });
  pipe('S1', 'M1', 'M2', { pipeType: 'PS', pipeSubtype: 'WS', diameter: 0.4, material: '钢筋混凝土', owner: '市排水公司', startInvertElevation: 8.0, endInvertElevation: 7.9, flowDirection: 'from-to' });
  pipe('S2', 'M2', 'M3', { pipeType: 'PS', pipeSubtype: 'WS', diameter: 0.5, material: '钢筋混凝土', owner: '市排水公司', startInvertElevation: 7.85, endInvertElevation: 7.71, flowDirection: 'from-to' });
  pipe('S3', 'M1', 'M3', { pipeType: 'PS', pipeSubtype: 'WS', diameter: 0.3, owner: '市排水公司', startInvertElevation: 8.1, endInvertElevation: 7.8, vertices: [[30, 12]] });
  pipe('T1', node('t1a', 0, 4), node('t1b', 60, 4), { pipeType: 'TX', pipeSubtype: 'DX', width: 0.4, height: 0.3, burialMethod: '管块', owner: '中国电信', ...depth(0.8) });
  pipe('P1', node('p1a', 0, 4.6), node('p1b', 60, 4.6), { pipeType: 'DL', pipeSubtype: 'GD', diameter: 0.2, burialMethod: '直埋', owner: '供电公司', ...depth(0.7) });
  pipe('WS1', node('ws1a', 40, -5), node('ws1b', 40, 7), { pipeType: 'JS', pipeSubtype: 'JP', diameter: 0.1, material: 'PE', owner: '市自来水公司', ...depth(1.0) });
  pipe('D2', node('d2a', 0, -8.5), node('d2b', 60, -8.5), { pipeType: 'PS', pipeSubtype: 'YS', diameter: 0.6, owner: '市排水公司', startInvertElevation: 7.2, endInvertElevation: 7.0 });

  return {
    name: 'street fixture',
    sourceFormat: 'gis',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' },
    crs: null,
    nodes,
    links,
    warnings: [],
  };
}
