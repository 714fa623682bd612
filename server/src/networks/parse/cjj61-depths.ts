import type { NetworkLink, NetworkNode, PipeTypeCode } from '@cimtwin/schemas';
import type { ResolvedCjj61Options } from './cjj61-context.ts';

// CJJ 61 measures 埋深 to the inside bottom (管内底) of drainage pipes and of trenches and box
// channels (管沟, 方沟), and to the outside top (管顶) of every other pipe and cable. The depth is
// stored as surveyed, and the element's `attributes.depthReference` says which it is (`invert`
// or `top`), so the quality check compares like with like. When an invert elevation is missing
// it follows from the ground elevation of the point and the depth: ground - depth for `invert`,
// ground - depth - section height (or diameter) for `top`, when the size is known.

/** What a depth of this pipe type and burial method measures under `option`. */
export function depthReferenceOf(pipeType: PipeTypeCode | null, burialMethod: string | null, option: ResolvedCjj61Options['depthReference']): 'invert' | 'top' {
  if (option !== 'cjj61') return option;
  return pipeType === 'PS' || /沟|渠/.test(burialMethod ?? '') ? 'invert' : 'top';
}

/** Marks depth references and derives missing inverts and node elevations from ground and depth. */
export function completeElevations(nodes: NetworkNode[], links: NetworkLink[], option: ResolvedCjj61Options['depthReference']): void {
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const incidentBurial = new Map<string, string | null>();
  for (const link of links) {
    const reference = depthReferenceOf(link.pipeType, link.burialMethod, option);
    if (link.startDepth !== null || link.endDepth !== null) link.attributes.depthReference = reference;
    const size = link.height ?? link.diameter;
    const derive = (nodeId: string, depth: number | null) => {
      const ground = nodeById.get(nodeId)?.groundElevation ?? null;
      if (ground === null || depth === null) return null;
      if (reference === 'invert') return ground - depth;
      return size === null ? null : ground - depth - size;
    };
    link.startInvertElevation ??= derive(link.from, link.startDepth);
    link.endInvertElevation ??= derive(link.to, link.endDepth);
    for (const end of [link.from, link.to]) if (!incidentBurial.has(end)) incidentBurial.set(end, link.burialMethod);
  }
  for (const node of nodes) {
    if (node.depth === null) continue;
    const reference = depthReferenceOf(node.pipeType, incidentBurial.get(node.id) ?? null, option);
    node.attributes.depthReference = reference;
    if (node.invertElevation === null && reference === 'invert' && node.groundElevation !== null) node.invertElevation = node.groundElevation - node.depth;
    node.elevation = node.invertElevation ?? node.groundElevation;
  }
}
