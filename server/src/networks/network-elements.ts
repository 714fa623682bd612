import type { LinkKind, NetworkLink, NetworkNode, NodeKind } from '@cimtwin/schemas';

/** A node with every optional field null, overridden by `fields`. */
export function createNode(id: string, kind: NodeKind, fields: Partial<Omit<NetworkNode, 'id' | 'kind'>> = {}): NetworkNode {
  return {
    id,
    kind,
    x: null,
    y: null,
    elevation: null,
    groundElevation: null,
    invertElevation: null,
    depth: null,
    demand: null,
    status: null,
    pointNumber: null,
    featureCode: null,
    pipeType: null,
    pipeSubtype: null,
    feature: null,
    attachment: null,
    attributes: {},
    ...fields,
  };
}

/** A link with every optional field null (open, both directions), overridden by `fields`. */
export function createLink(id: string, kind: LinkKind, from: string, to: string, fields: Partial<Omit<NetworkLink, 'id' | 'kind' | 'from' | 'to'>> = {}): NetworkLink {
  return {
    id,
    kind,
    from,
    to,
    length: null,
    diameter: null,
    width: null,
    height: null,
    shape: null,
    material: null,
    roughness: null,
    status: 'open',
    flowDirection: 'both',
    valveType: null,
    startInvertElevation: null,
    endInvertElevation: null,
    startDepth: null,
    endDepth: null,
    pipeType: null,
    pipeSubtype: null,
    burialMethod: null,
    pressureClass: null,
    yearBuilt: null,
    owner: null,
    vertices: [],
    attributes: {},
    ...fields,
  };
}
