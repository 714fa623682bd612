import { DataError } from '@cimtwin/schemas';
import type { NetworkGraph } from './network-graph.ts';

/**
 * A node or link by id. A bare string is looked up among nodes and links; EPANET keeps them in
 * separate namespaces, so when both have the id the caller must say `{ node }` or `{ link }`.
 */
export type ElementRef = string | { node: string } | { link: string };

/** A node or link by index in the graph. */
export interface ResolvedElement {
  type: 'node' | 'link';
  index: number;
}

/** Finds the element a reference names, or throws a DataError starting with `stage`. */
export function resolveElement(graph: NetworkGraph, ref: ElementRef, stage: string): ResolvedElement {
  if (typeof ref !== 'string') {
    if ('node' in ref) {
      const index = graph.nodeIndex.get(ref.node);
      if (index === undefined) throw new DataError(`${stage}: node "${ref.node}" is not in the network`, { status: 404 });
      return { type: 'node', index };
    }
    const index = graph.linkIndex.get(ref.link);
    if (index === undefined) throw new DataError(`${stage}: link "${ref.link}" is not in the network`, { status: 404 });
    return { type: 'link', index };
  }
  const node = graph.nodeIndex.get(ref);
  const link = graph.linkIndex.get(ref);
  if (node !== undefined && link !== undefined) {
    throw new DataError(`${stage}: "${ref}" is both a node and a link id; give { node: "${ref}" } or { link: "${ref}" }`);
  }
  if (node !== undefined) return { type: 'node', index: node };
  if (link !== undefined) return { type: 'link', index: link };
  throw new DataError(`${stage}: "${ref}" is neither a node nor a link of the network`, { status: 404 });
}
