import type { NetworkLink } from '@cimtwin/schemas';
import { metres, type QaContext } from './qa-context.ts';

// Depths that cannot be right: below zero (a sign or a datum error), or deeper than a city pipe
// plausibly lies (10 m by default; trunk sewers and tunnels, by default sections of 1 m or more,
// may go to 20 m), and pipes with less than 0.3 m of cover, which neither frost nor traffic
// allow. Cover is the depth to the top: the surveyed depth when it is to the top, else the depth
// less the section height. Overhead, surface and open-channel segments have no cover to check.

const NOT_BURIED = /架空|地面|明渠|明沟|沟渠|overhead|surface/i;

/** negative-depth, excessive-depth and shallow-cover. */
export function checkDepthLimits(qa: QaContext): void {
  const { nodes, links } = qa.network;
  const { maxDepthMetres, maxTrunkDepthMetres, trunkSizeMetres, minCoverMetres } = qa.parameters;
  const nodeTrunk = new Uint8Array(nodes.length);
  for (let l = 0; l < links.length; l++) {
    if ((sectionOf(links[l]) ?? 0) < trunkSizeMetres) continue;
    if (qa.linkFrom[l] >= 0) nodeTrunk[qa.linkFrom[l]] = 1;
    if (qa.linkTo[l] >= 0) nodeTrunk[qa.linkTo[l]] = 1;
  }
  const judge = (depth: number, trunk: boolean, what: string, ids: { nodeIds: string[]; linkIds: string[] }, location: ReturnType<QaContext['nodeLocation']>) => {
    if (depth < 0) {
      qa.add('negative-depth', () => ({ message: `${what} has depth ${depth.toFixed(3)} m`, ...ids, location, value: depth, limit: 0, unit: 'm' }));
      return;
    }
    const limit = trunk ? maxTrunkDepthMetres : maxDepthMetres;
    if (depth > limit) qa.add('excessive-depth', () => ({ message: `${what} is ${metres(depth)} deep, more than the ${metres(limit)} allowed for a ${trunk ? 'trunk' : 'non-trunk'} pipe`, ...ids, location, value: depth, limit, unit: 'm' }));
  };
  for (let n = 0; n < nodes.length; n++) {
    const depth = nodes[n].depth;
    if (depth !== null) judge(depth, nodeTrunk[n] === 1, qa.nodeName(n), { nodeIds: [nodes[n].id], linkIds: [] }, qa.nodeLocation(n));
  }
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    if (link.startDepth === null && link.endDepth === null) continue;
    const trunk = (sectionOf(link) ?? 0) >= trunkSizeMetres;
    for (const [depth, end, node] of [[link.startDepth, 'start', qa.linkFrom[l]], [link.endDepth, 'end', qa.linkTo[l]]] as const) {
      if (depth === null) continue;
      const ids = { nodeIds: node >= 0 ? [qa.network.nodes[node].id] : [], linkIds: [link.id] };
      const location = qa.nodeLocation(node) ?? qa.linkLocation(l);
      judge(depth, trunk, `${link.id} at its ${end} (${node >= 0 ? qa.nodeName(node) : 'unknown node'})`, ids, location);
      if (depth < 0 || NOT_BURIED.test(link.burialMethod ?? '')) continue;
      const toTop = link.attributes.depthReference === 'top';
      const cover = toTop ? depth : depth - (sectionOf(link) ?? 0);
      if (cover >= minCoverMetres) continue;
      qa.add('shallow-cover', () => ({
        message: `${link.id} has ${metres(cover)} of cover at its ${end}${toTop ? '' : ` (depth ${depth.toFixed(3)} to the invert less section ${(sectionOf(link) ?? 0).toFixed(3)})`}`,
        ...ids,
        location,
        value: cover,
        limit: minCoverMetres,
        unit: 'm',
      }));
    }
  }
}

function sectionOf(link: NetworkLink): number | null {
  return link.height ?? link.diameter;
}
