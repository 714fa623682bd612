import { LINK_CLOSED, LINK_DIRECTED, NODE_CLOSED } from './graph-flags.ts';
import { MinHeap } from './min-heap.ts';
import type { NetworkGraph } from './network-graph.ts';

// Which way water runs in a link, without a hydraulic solution. Links with a fixed direction
// (check valves, pumps, PRV/PSV, drainage links) keep it. Every other link is oriented along the
// shortest supply path: a multi-source Dijkstra by link length from the sources (reservoirs,
// tanks) gives each node its supply distance, and flow runs from the nearer end to the farther.
// Networks with no source but outfalls (drainage drawn without directions) run the same search
// backwards from the outfalls, and flow runs towards the nearer end. A link whose ends are
// equally far, or both unreachable, stays undetermined (0) and is passable both ways.
// Tried first: breadth-first hop counts. Rejected: in a regular grid of loops many links join
// nodes at equal hop distance and stayed undetermined; lengths break those ties.

/** +1 flow runs from → to, -1 to → from, 0 undetermined; one entry per link. */
export function computeFlowOrientation(graph: NetworkGraph): Int8Array {
  const { linkCount, linkFlags, linkFrom, linkTo } = graph;
  const orientation = new Int8Array(linkCount);
  const towardsSinks = graph.sources.length === 0 && graph.sinks.length > 0;
  const roots = towardsSinks ? graph.sinks : graph.sources;
  const distance = roots.length > 0 ? shortestDistances(graph, roots, towardsSinks) : null;
  for (let link = 0; link < linkCount; link++) {
    if (linkFlags[link] & LINK_DIRECTED) {
      orientation[link] = 1;
      continue;
    }
    if (!distance) continue;
    const a = distance[linkFrom[link]];
    const b = distance[linkTo[link]];
    if (a === b) continue;
    // From sources, flow runs to the farther end; towards sinks, to the nearer end.
    orientation[link] = (a < b) !== towardsSinks ? 1 : -1;
  }
  return orientation;
}

/** Multi-source Dijkstra over open links; directed links are followed forwards, or backwards when `reverse`. */
function shortestDistances(graph: NetworkGraph, roots: Int32Array, reverse: boolean): Float64Array {
  const { nodeCount, nodeFlags, linkFlags, linkFrom, linkTo, linkLength, incidenceOffsets, incidentLinks } = graph;
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const heap = new MinHeap(nodeCount + 16);
  for (const root of roots) {
    if (nodeFlags[root] & NODE_CLOSED) continue;
    distance[root] = 0;
    heap.push(0, root);
  }
  while (heap.length > 0) {
    const key = heap.peekKey();
    const node = heap.pop();
    if (key > distance[node]) continue;
    for (let k = incidenceOffsets[node]; k < incidenceOffsets[node + 1]; k++) {
      const link = incidentLinks[k];
      const flags = linkFlags[link];
      if (flags & LINK_CLOSED) continue;
      if (flags & LINK_DIRECTED && (reverse ? linkTo[link] : linkFrom[link]) !== node) continue;
      const next = linkFrom[link] === node ? linkTo[link] : linkFrom[link];
      if (nodeFlags[next] & NODE_CLOSED) continue;
      const candidate = key + linkLength[link];
      if (candidate < distance[next]) {
        distance[next] = candidate;
        heap.push(candidate, next);
      }
    }
  }
  return distance;
}
