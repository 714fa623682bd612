import { LINK_CLOSED, LINK_DIRECTED, NODE_CLOSED } from './graph-flags.ts';
import { NO_STAMP } from './graph-scratch.ts';
import type { NetworkGraph } from './network-graph.ts';

/** Which nodes and links the sources reach (1) or not (0), indexed like the graph. */
export interface SupplyState {
  nodes: Uint8Array;
  links: Uint8Array;
}

/**
 * Marks in `scratch.reachedNodes/Links` (with a fresh stamp, returned) every node and link
 * reachable from a source. Closed links and nodes stop the spread, and so does everything marked
 * with `blockStamp` in the region or ring marks (the isolated region and the valves closed
 * around it). Directed links (check valves, pumps) carry supply only from → to.
 */
export function spreadSupply(graph: NetworkGraph, blockStamp: number): number {
  const { nodeFlags, linkFlags, linkFrom, incidenceOffsets, incidentLinks, sources, scratch } = graph;
  const { queue, reachedNodes, reachedLinks, regionNodes, regionLinks, ringNodes, ringLinks } = scratch;
  const stamp = scratch.nextStamp();
  const blockedNode = (node: number) => nodeFlags[node] & NODE_CLOSED || regionNodes[node] === blockStamp || ringNodes[node] === blockStamp;
  let tail = 0;
  for (const source of sources) {
    if (blockedNode(source) || reachedNodes[source] === stamp) continue;
    reachedNodes[source] = stamp;
    queue[tail++] = source;
  }
  let head = 0;
  while (head < tail) {
    const node = queue[head++];
    for (let k = incidenceOffsets[node]; k < incidenceOffsets[node + 1]; k++) {
      const link = incidentLinks[k];
      if (reachedLinks[link] === stamp) continue;
      const flags = linkFlags[link];
      if (flags & LINK_CLOSED || regionLinks[link] === blockStamp || ringLinks[link] === blockStamp) continue;
      if (flags & LINK_DIRECTED && linkFrom[link] !== node) continue;
      reachedLinks[link] = stamp;
      const next = graph.otherEnd(link, node);
      if (reachedNodes[next] === stamp || blockedNode(next)) continue;
      reachedNodes[next] = stamp;
      queue[tail++] = next;
    }
  }
  return stamp;
}

/** Supply with nothing closed but what the network says is closed. */
export function computeBaselineSupply(graph: NetworkGraph): SupplyState {
  const stamp = spreadSupply(graph, NO_STAMP);
  const { reachedNodes, reachedLinks } = graph.scratch;
  const nodes = new Uint8Array(graph.nodeCount);
  const links = new Uint8Array(graph.linkCount);
  for (let i = 0; i < nodes.length; i++) nodes[i] = reachedNodes[i] === stamp ? 1 : 0;
  for (let i = 0; i < links.length; i++) links[i] = reachedLinks[i] === stamp ? 1 : 0;
  return { nodes, links };
}
