import { LINK_CLOSED, NODE_CLOSED } from './graph-flags.ts';
import type { NetworkGraph } from './network-graph.ts';

/** Component ids per node and per link, indexed like `graph.nodeIds` / `graph.linkIds`. */
export interface ConnectedComponents {
  count: number;
  /** Component of each node; -1 for a closed valve node, which belongs to no side. */
  nodeComponent: Int32Array;
  /** Component of each link; -1 for a closed link. */
  linkComponent: Int32Array;
}

/**
 * Breadth-first labelling over open links and open nodes. Components are numbered in order of
 * their lowest node index, so the numbering is stable for a given network. An open link whose
 * ends are both closed valve nodes forms a component of its own.
 */
export function findConnectedComponents(graph: NetworkGraph): ConnectedComponents {
  const { nodeCount, linkCount, nodeFlags, linkFlags, incidenceOffsets, incidentLinks } = graph;
  const queue = graph.scratch.queue;
  const nodeComponent = new Int32Array(nodeCount).fill(-1);
  const linkComponent = new Int32Array(linkCount).fill(-1);
  let count = 0;
  for (let start = 0; start < nodeCount; start++) {
    if (nodeComponent[start] !== -1 || nodeFlags[start] & NODE_CLOSED) continue;
    const component = count++;
    nodeComponent[start] = component;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++];
      for (let k = incidenceOffsets[node]; k < incidenceOffsets[node + 1]; k++) {
        const link = incidentLinks[k];
        if (linkComponent[link] !== -1 || linkFlags[link] & LINK_CLOSED) continue;
        linkComponent[link] = component;
        const next = graph.otherEnd(link, node);
        if (nodeComponent[next] !== -1 || nodeFlags[next] & NODE_CLOSED) continue;
        nodeComponent[next] = component;
        queue[tail++] = next;
      }
    }
  }
  for (let link = 0; link < linkCount; link++) {
    if (linkComponent[link] === -1 && !(linkFlags[link] & LINK_CLOSED)) linkComponent[link] = count++;
  }
  return { count, nodeComponent, linkComponent };
}
