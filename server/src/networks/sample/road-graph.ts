import type { Point } from './polyline-geometry.ts';
import type { RoadClass } from './read-road-lines.ts';

/** A junction or end of the street network. */
export interface RoadNode {
  id: number;
  x: number;
  y: number;
  /** Ids of the incident edges, ascending. */
  edges: number[];
}

/** A street piece between two junctions, drawn from `from` to `to` in OSM way direction. */
export interface RoadEdge {
  id: number;
  from: number;
  to: number;
  points: Point[];
  length: number;
  roadClass: RoadClass;
  name: string | null;
  osmId: number;
  oneway: boolean;
  bridge: boolean;
  /** One carriageway of a divided road (drawn as two one-way ways); set by markDividedCarriageways. */
  divided: boolean;
}

/** The noded street network. */
export interface RoadGraph {
  nodes: RoadNode[];
  edges: RoadEdge[];
}

/** The node at the other end of `edge` from `node`. */
export function otherNode(edge: RoadEdge, node: number): number {
  return edge.from === node ? edge.to : edge.from;
}

/** Component number of every node over the edges `usable` accepts (all by default); -1 for a node no usable edge reaches. */
export function nodeComponents(graph: RoadGraph, usable: (edge: RoadEdge) => boolean = () => true): Int32Array {
  const component = new Int32Array(graph.nodes.length).fill(-1);
  let count = 0;
  for (const start of graph.nodes) {
    if (component[start.id] !== -1 || !start.edges.some((e) => usable(graph.edges[e]))) continue;
    component[start.id] = count;
    const stack = [start.id];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const e of graph.nodes[node].edges) {
        const edge = graph.edges[e];
        if (!usable(edge)) continue;
        const next = otherNode(edge, node);
        if (component[next] === -1) {
          component[next] = count;
          stack.push(next);
        }
      }
    }
    count++;
  }
  return component;
}
