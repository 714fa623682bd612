import { nodeComponents, type RoadGraph } from './road-graph.ts';
import { ROAD_CLASS_RANK } from './street-layout.ts';

// Water enters the district from the city grid outside it. The generator puts the supply points
// (附属物 水源) where the widest streets leave the district: street ends (degree 1) on the widest
// road class, nearest the edge of the street network's extent. One per piece of street network,
// two in a piece longer than `secondSourceLength`.

/** The road nodes of the water supply points among the ends of `edges` (the water edges). */
export function chooseWaterSources(graph: RoadGraph, edges: ReadonlySet<number>, secondSourceLength = 30000): number[] {
  const xs = graph.nodes.map((n) => n.x);
  const ys = graph.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pieces = nodeComponents(graph, (edge) => edges.has(edge.id));
  const length = new Map<number, number>();
  for (const id of edges) length.set(pieces[graph.edges[id].from], (length.get(pieces[graph.edges[id].from]) ?? 0) + graph.edges[id].length);
  const sources: number[] = [];
  for (const piece of [...length.keys()].sort((a, b) => a - b)) {
    const ends = graph.nodes
      .filter((node) => pieces[node.id] === piece && node.edges.length === 1 && edges.has(node.edges[0]))
      .map((node) => ({
        node,
        rank: ROAD_CLASS_RANK[graph.edges[node.edges[0]].roadClass],
        edgeDistance: Math.min(node.x - minX, maxX - node.x, node.y - minY, maxY - node.y),
      }))
      .sort((a, b) => b.rank - a.rank || a.edgeDistance - b.edgeDistance || a.node.id - b.node.id);
    if (ends.length === 0) continue;
    const first = ends[0];
    sources.push(first.node.id);
    if (length.get(piece)! > secondSourceLength) {
      const second = ends.find((e) => e.rank === first.rank && e.edgeDistance < 150 && Math.hypot(e.node.x - first.node.x, e.node.y - first.node.y) > 1000);
      if (second) sources.push(second.node.id);
    }
  }
  return sources;
}
