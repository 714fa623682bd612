import type { LinkKind, Network, NetworkLink, NetworkNode, NodeKind } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';

// A small water network drawn by hand so test answers can be worked out on paper.
// ( ) point valve node, ═ valve link, ┆ closed pipe; every junction has a demand.
//
//                vA                                         p13        p14
//  R ──p0── J1 ══════ J2 ──p1── J3 ──p2── (VN1) ──p3── J4 ─────── (VN3) ────── J12
//                     │          ┆                      │ └──p4── H5 (hydrant)
//                     p5        p12                     p6
//                     │          ┆                      │
//                     J6 ──p7── (VN2) ──p8── J7 ──p9── J8
//                                J11                    ║ vB
//                                                       J9 ──p10── J10 ──p11── T (tank)
//
// Lengths are 100 m except vA and vB (1 m), p13 and p14 (50 m), p6 and p9 (120 m); with them
// the supply distances from R and T meet at J4 and J7, and no link has equal distances at both ends.

const NODES: [string, NodeKind, number, number][] = [
  ['R', 'reservoir', 0, 0],
  ['J1', 'junction', 1, 0],
  ['J2', 'junction', 2, 0],
  ['J3', 'junction', 3, 0],
  ['VN1', 'valve', 4, 0],
  ['J4', 'junction', 5, 0],
  ['H5', 'hydrant', 6, -0.5],
  ['VN3', 'valve', 5.5, 0],
  ['J12', 'junction', 6, 0],
  ['J6', 'junction', 2, -1],
  ['VN2', 'valve', 3, -1],
  ['J7', 'junction', 4, -1],
  ['J8', 'junction', 5, -1],
  ['J9', 'junction', 5, -2],
  ['J10', 'junction', 6, -2],
  ['T', 'tank', 7, -2],
  ['J11', 'junction', 3, -0.5],
];

const LINKS: [string, LinkKind, string, string, number, NetworkLink['status']?][] = [
  ['p0', 'pipe', 'R', 'J1', 100],
  ['vA', 'valve', 'J1', 'J2', 1],
  ['p1', 'pipe', 'J2', 'J3', 100],
  ['p2', 'pipe', 'J3', 'VN1', 100],
  ['p3', 'pipe', 'VN1', 'J4', 100],
  ['p4', 'pipe', 'J4', 'H5', 100],
  ['p13', 'pipe', 'J4', 'VN3', 50],
  ['p14', 'pipe', 'VN3', 'J12', 50],
  ['p5', 'pipe', 'J2', 'J6', 100],
  ['p7', 'pipe', 'J6', 'VN2', 100],
  ['p8', 'pipe', 'VN2', 'J7', 100],
  ['p9', 'pipe', 'J7', 'J8', 120],
  ['p6', 'pipe', 'J4', 'J8', 120],
  ['vB', 'valve', 'J8', 'J9', 1],
  ['p10', 'pipe', 'J9', 'J10', 100],
  ['p11', 'pipe', 'J10', 'T', 100],
  ['p12', 'pipe', 'J3', 'J11', 100, 'closed'],
];

/** The network drawn above; `changes` edit nodes or links by id before it is returned. */
export function handDrawnNetwork(changes: { nodes?: Record<string, Partial<NetworkNode>>; links?: Record<string, Partial<NetworkLink>> } = {}): Network {
  const nodes = NODES.map(([id, kind, x, y]) =>
    createNode(id, kind, { x, y, elevation: 10, demand: kind === 'junction' ? 0.001 : null, status: kind === 'valve' ? 'open' : null, ...changes.nodes?.[id] }),
  );
  const links = LINKS.map(([id, kind, from, to, length, status]) =>
    createLink(id, kind, from, to, { length, diameter: 0.2, status: status ?? (kind === 'valve' ? 'active' : 'open'), valveType: kind === 'valve' ? 'TCV' : null, ...changes.links?.[id] }),
  );
  return {
    name: 'hand-drawn',
    sourceFormat: 'generated',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: 'hazen-williams-c', coordinates: 'm' },
    crs: null,
    nodes,
    links,
    warnings: [],
  };
}
