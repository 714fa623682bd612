import type { ResolvedElement } from './element-ref.ts';
import { LINK_CLOSED, NODE_CLOSED } from './graph-flags.ts';
import type { NetworkGraph } from './network-graph.ts';

/** Nodes and links by id, in the order a traversal reached them. */
export interface Reach {
  nodes: string[];
  links: string[];
}

/** Which links a traversal may take from `node`: all open ones, or only some (tracing). */
export type LinkFilter = (link: number, node: number) => boolean;

/**
 * Breadth-first reach from a node or link over open links and open nodes. From a link, both of
 * its ends are reached even when the link itself is closed: standing on a closed pipe, both
 * sides are what is connected to it. `enter` chooses the link ends to start from.
 */
export function reachFrom(graph: NetworkGraph, start: ResolvedElement, filter?: LinkFilter, enter?: (link: number) => number[]): Reach {
  const { nodeFlags, linkFlags, incidenceOffsets, incidentLinks, scratch } = graph;
  const { queue, reachedNodes, reachedLinks } = scratch;
  const stamp = scratch.nextStamp();
  const nodes: number[] = [];
  const links: number[] = [];
  let tail = 0;
  const visit = (node: number) => {
    if (reachedNodes[node] === stamp) return;
    reachedNodes[node] = stamp;
    nodes.push(node);
    if (!(nodeFlags[node] & NODE_CLOSED)) queue[tail++] = node;
  };
  if (start.type === 'node') {
    visit(start.index);
  } else {
    reachedLinks[start.index] = stamp;
    links.push(start.index);
    for (const node of enter ? enter(start.index) : [graph.linkFrom[start.index], graph.linkTo[start.index]]) visit(node);
  }
  let head = 0;
  while (head < tail) {
    const node = queue[head++];
    for (let k = incidenceOffsets[node]; k < incidenceOffsets[node + 1]; k++) {
      const link = incidentLinks[k];
      if (reachedLinks[link] === stamp || linkFlags[link] & LINK_CLOSED) continue;
      if (filter && !filter(link, node)) continue;
      reachedLinks[link] = stamp;
      links.push(link);
      visit(graph.otherEnd(link, node));
    }
  }
  return { nodes: nodes.map((i) => graph.nodeIds[i]), links: links.map((i) => graph.linkIds[i]) };
}
