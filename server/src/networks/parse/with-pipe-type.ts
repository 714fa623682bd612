import type { NetworkLink, NetworkNode, PipeTypeCode } from '@cimtwin/schemas';

/** Gives every node and link without one the network's CJJ 61 pipe type and subtype. */
export function withPipeType(nodes: NetworkNode[], links: NetworkLink[], pipeType: PipeTypeCode, pipeSubtype: string | null): { nodes: NetworkNode[]; links: NetworkLink[] } {
  for (const element of [...nodes, ...links]) {
    element.pipeType ??= pipeType;
    element.pipeSubtype ??= pipeSubtype;
  }
  return { nodes, links };
}
