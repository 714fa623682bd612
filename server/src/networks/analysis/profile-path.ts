import { DataError } from '@cimtwin/schemas';
import { MinHeap } from '../graph/min-heap.ts';
import type { PlacedLink, PlacedNetwork } from '../geometry/place-network.ts';
import { polylineLength } from '../snap/polyline.ts';

// The chain of links a longitudinal profile follows: either given link by link (checked to
// connect, each turned to run along the path), or found from two nodes as the shortest chain by
// plan length (Dijkstra with a binary heap over the placed links, lazy deletion).

/** A path as link ids in order, or as two node ids to find the shortest chain between. */
export type ProfilePath = readonly string[] | { from: string; to: string };

/** One link of a resolved path, turned to run along it. */
export interface PathStep {
  link: PlacedLink;
  /** Index in placed.links. */
  index: number;
  /** true when the path runs from the link's `to` node to its `from` node. */
  reversed: boolean;
  /** Node at the start and at the end of this step, along the path. */
  startNode: string;
  endNode: string;
}

/** Resolves `path` against the placed links; DataError when it does not form a chain. */
export function resolveProfilePath(placed: PlacedNetwork, path: ProfilePath): PathStep[] {
  const byId = new Map(placed.links.map((link, index) => [link.id, index]));
  if (Array.isArray(path)) return chainFromLinks(placed, byId, path as readonly string[]);
  const { from, to } = path as { from: string; to: string };
  return shortestChain(placed, from, to);
}

function chainFromLinks(placed: PlacedNetwork, byId: Map<string, number>, ids: readonly string[]): PathStep[] {
  if (ids.length === 0) throw new DataError('profile: the path has no links; give link ids in order, or { from, to } node ids');
  const seen = new Set<string>();
  const indices = ids.map((id) => {
    const index = byId.get(id);
    if (index === undefined) throw new DataError(`profile: link "${id}" is not in the placed network (unknown id, or an end node without coordinates)`);
    if (seen.has(id)) throw new DataError(`profile: link "${id}" appears twice in the path; give each link once`);
    seen.add(id);
    return index;
  });
  const first = placed.links[indices[0]];
  let node = first.from;
  if (indices.length > 1) {
    const second = placed.links[indices[1]];
    node = first.from === second.from || first.from === second.to ? first.to : first.from;
  }
  return indices.map((index, i) => {
    const link = placed.links[index];
    if (link.from !== node && link.to !== node) {
      throw new DataError(`profile: link "${link.id}" does not connect to "${ids[i - 1]}" at node "${node}"; give the links in order along the path`);
    }
    const reversed = link.from !== node;
    const step = { link, index, reversed, startNode: node, endNode: reversed ? link.from : link.to };
    node = step.endNode;
    return step;
  });
}

function shortestChain(placed: PlacedNetwork, from: string, to: string): PathStep[] {
  const nodeIndex = new Map(placed.nodes.map((node, i) => [node.id, i]));
  for (const id of [from, to]) if (!nodeIndex.has(id)) throw new DataError(`profile: node "${id}" is not in the placed network (unknown id, or without coordinates)`);
  if (from === to) throw new DataError(`profile: the path starts and ends at node "${from}"; give two different nodes`);
  const count = placed.nodes.length;
  const degree = new Int32Array(count + 1);
  const ends: [number, number][] = placed.links.map((link) => [nodeIndex.get(link.from) ?? -1, nodeIndex.get(link.to) ?? -1]);
  for (const [a, b] of ends) if (a >= 0 && b >= 0) degree[a]++, degree[b]++;
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + degree[i];
  const incident = new Int32Array(offsets[count]);
  const fill = offsets.slice(0, count);
  ends.forEach(([a, b], link) => {
    if (a < 0 || b < 0) return;
    incident[fill[a]++] = link;
    incident[fill[b]++] = link;
  });
  const lengths = Float64Array.from(placed.links, (link) => polylineLength(link.axis.map(([x, y]) => [x, y])));
  const distance = new Float64Array(count).fill(Infinity);
  const via = new Int32Array(count).fill(-1);
  const start = nodeIndex.get(from)!;
  const goal = nodeIndex.get(to)!;
  const heap = new MinHeap(count);
  distance[start] = 0;
  heap.push(0, start);
  while (heap.length > 0) {
    const key = heap.peekKey();
    const node = heap.pop();
    if (key > distance[node]) continue;
    if (node === goal) break;
    for (let k = offsets[node]; k < offsets[node + 1]; k++) {
      const link = incident[k];
      const other = ends[link][0] === node ? ends[link][1] : ends[link][0];
      const candidate = key + lengths[link];
      if (candidate < distance[other]) {
        distance[other] = candidate;
        via[other] = link;
        heap.push(candidate, other);
      }
    }
  }
  if (via[goal] < 0) throw new DataError(`profile: no chain of placed links connects node "${from}" to node "${to}"`);
  const steps: PathStep[] = [];
  for (let node = goal; node !== start; ) {
    const index = via[node];
    const link = placed.links[index];
    const reversed = ends[index][1] !== node;
    const previous = reversed ? ends[index][1] : ends[index][0];
    steps.push({ link, index, reversed, startNode: placed.nodes[previous].id, endNode: placed.nodes[node].id });
    node = previous;
  }
  return steps.reverse();
}
