import { reachFrom, type Reach } from './connected-to.ts';
import type { ResolvedElement } from './element-ref.ts';
import type { NetworkGraph } from './network-graph.ts';

/** Downstream follows the flow, upstream goes against it. */
export type TraceDirection = 'upstream' | 'downstream';

/**
 * Everything upstream or downstream of a node or link, following the flow orientation of each
 * link (see flow-orientation.ts); undetermined links are passable both ways. From a link, the
 * trace starts at its downstream end (downstream) or upstream end (upstream).
 */
export function traceFlow(graph: NetworkGraph, start: ResolvedElement, direction: TraceDirection): Reach {
  const orientation = graph.flowOrientation();
  const { linkFrom, linkTo } = graph;
  const sign = direction === 'downstream' ? 1 : -1;
  // A link may be left from `node` when it points away from `node` in the trace direction.
  const filter = (link: number, node: number) => {
    const o = orientation[link] * sign;
    return o === 0 || (o === 1 ? linkFrom[link] === node : linkTo[link] === node);
  };
  const enter = (link: number) => {
    const o = orientation[link] * sign;
    return o === 0 ? [linkFrom[link], linkTo[link]] : [o === 1 ? linkTo[link] : linkFrom[link]];
  };
  return reachFrom(graph, start, filter, enter);
}
