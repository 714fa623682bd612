import { MinHeap } from '../graph/min-heap.ts';
import { nodeComponents, otherNode, type RoadEdge, type RoadGraph } from './road-graph.ts';
import { belongsOnEdge } from './street-sides.ts';
import type { SystemLayout } from './street-layout.ts';

// A system is first laid where the cross-section puts it (its road classes, its half of divided
// roads). That leaves pieces: a water main on the north carriageway of one stretch and on the
// south one of the next. Pieces are then joined, largest first, along the cheapest street path
// (Dijkstra from the largest piece to the nearest other piece), as a real network is connected
// through side streets. Other-half carriageways, shadowed streets (mark-shadowed-edges.ts) and
// ramps cost more, so joins prefer cross streets.

/** Edges carrying a system, and which of them were added to join its pieces. */
export interface SystemEdges {
  edges: Set<number>;
  joined: Set<number>;
}

/** The edges of `system`, connected within every piece of street network that `usable` allows. */
export function selectSystemEdges(graph: RoadGraph, system: SystemLayout, sides: Map<number, 1 | -1>, shadowed: ReadonlySet<number>, usable: (edge: RoadEdge) => boolean): SystemEdges {
  const edges = new Set<number>();
  for (const edge of graph.edges) if (usable(edge) && !shadowed.has(edge.id) && belongsOnEdge(edge, system, sides.get(edge.osmId)!)) edges.add(edge.id);
  const joined = new Set<number>();
  const cost = (edge: RoadEdge): number => {
    if (edges.has(edge.id)) return 0;
    const otherHalf = edge.divided && system.side !== sides.get(edge.osmId);
    return edge.length * (otherHalf ? 6 : 1) * (shadowed.has(edge.id) ? 4 : 1) * (edge.roadClass === 'link' ? 3 : 1) * (system.roadClasses.includes(edge.roadClass) ? 1 : 1.5);
  };
  const streets = nodeComponents(graph, usable);
  for (;;) {
    const pieces = nodeComponents(graph, (edge) => edges.has(edge.id));
    // the largest piece (by street length) of each street component that still has several
    const length = new Map<number, number>();
    for (const id of edges) {
      const piece = pieces[graph.edges[id].from];
      length.set(piece, (length.get(piece) ?? 0) + graph.edges[id].length);
    }
    const largest = new Map<number, number>();
    const counts = new Map<number, number>();
    for (const [piece, total] of [...length.entries()].sort((a, b) => a[0] - b[0])) {
      const node = graph.nodes.findIndex((_, i) => pieces[i] === piece);
      const street = streets[node];
      counts.set(street, (counts.get(street) ?? 0) + 1);
      const best = largest.get(street);
      if (best === undefined || total > length.get(best)!) largest.set(street, piece);
    }
    const street = [...counts.entries()].sort((a, b) => a[0] - b[0]).find(([, count]) => count > 1)?.[0];
    if (street === undefined) break;
    const path = pathToNearestPiece(graph, pieces, largest.get(street)!, usable, cost);
    if (path.length === 0) break;
    for (const id of path) edges.add(id), joined.add(id);
  }
  return { edges, joined };
}

function pathToNearestPiece(graph: RoadGraph, pieces: Int32Array, from: number, usable: (edge: RoadEdge) => boolean, cost: (edge: RoadEdge) => number): number[] {
  const distance = new Float64Array(graph.nodes.length).fill(Infinity);
  const via = new Int32Array(graph.nodes.length).fill(-1);
  const heap = new MinHeap(graph.nodes.length);
  for (let i = 0; i < graph.nodes.length; i++) if (pieces[i] === from) (distance[i] = 0), heap.push(0, i);
  while (heap.length > 0) {
    const key = heap.peekKey();
    const node = heap.pop();
    if (key > distance[node]) continue;
    if (pieces[node] !== -1 && pieces[node] !== from) {
      const path: number[] = [];
      for (let at = node; via[at] !== -1; at = otherNode(graph.edges[via[at]], at)) path.push(via[at]);
      return path.filter((id) => cost(graph.edges[id]) > 0);
    }
    for (const id of graph.nodes[node].edges) {
      const edge = graph.edges[id];
      if (!usable(edge)) continue;
      const next = otherNode(edge, node);
      const d = key + cost(edge);
      if (d < distance[next]) {
        distance[next] = d;
        via[next] = id;
        heap.push(d, next);
      }
    }
  }
  return [];
}
