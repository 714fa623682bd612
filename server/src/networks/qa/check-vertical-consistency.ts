import type { NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { metres, type QaContext } from './qa-context.ts';

// CJJ 61 surveys a depth at every pipe point and lists it again on each segment at that point,
// and the two must agree within the survey's accuracy (0.05 m by default). Where a pipe passes a
// point (a fitting, a straight point, a valve), the segment's end depth and invert must equal the
// point's, and the segments meeting there must agree with each other. A structure (manhole,
// storage, outfall, tank, and every node of a SWMM model, whose junctions are manholes) is
// different: pipes enter it at their own levels (drop connections), so the only rule is that no
// pipe enters below its floor. Depths are only compared when they measure the same thing (see
// attributes.depthReference: CJJ 61 measures drainage to the invert and other pipes to the top;
// absent means invert), and segments with each other only when of the same size. Ground
// elevation minus depth must give the invert (minus the section height when the depth is to the
// top); at a reducer (变径) levels may step, so segments are not compared with each other there.

const STRUCTURES = new Set<NetworkNode['kind']>(['manhole', 'storage', 'outfall', 'tank', 'reservoir', 'divider']);

interface EndValue {
  link: number;
  depth: number | null;
  invert: number | null;
}

/** depth-mismatch, invert-mismatch, invert-below-node and depth-invert-inconsistent. */
export function checkVerticalConsistency(qa: QaContext): void {
  const { nodes, links } = qa.network;
  const tolerance = qa.parameters.toleranceMetres;
  const swmm = qa.network.sourceFormat === 'swmm-inp';
  const ends = new Map<number, EndValue[]>();
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    if (link.startDepth === null && link.endDepth === null && link.startInvertElevation === null && link.endInvertElevation === null) continue;
    for (const [node, depth, invert] of [[qa.linkFrom[l], link.startDepth, link.startInvertElevation], [qa.linkTo[l], link.endDepth, link.endInvertElevation]] as const) {
      if (node < 0 || (depth === null && invert === null)) continue;
      const list = ends.get(node);
      if (list) list.push({ link: l, depth, invert });
      else ends.set(node, [{ link: l, depth, invert }]);
      checkGroundDepthInvert(qa, nodes[node], node, link, depth, invert);
    }
  }
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    checkNodeItself(qa, node, n);
    const list = ends.get(n);
    if (!list) continue;
    if (swmm || STRUCTURES.has(node.kind)) {
      const floor = node.invertElevation;
      if (floor === null) continue;
      for (const end of list) {
        const invert = end.invert;
        if (invert === null || invert >= floor - tolerance) continue;
        qa.add('invert-below-node', () => ({
          message: `${links[end.link].id} enters ${qa.nodeName(n)} at invert ${invert.toFixed(3)}, ${metres(floor - invert)} below its floor ${floor.toFixed(3)}`,
          nodeIds: [node.id],
          linkIds: [links[end.link].id],
          location: qa.nodeLocation(n),
          value: floor - invert,
          limit: tolerance,
          unit: 'm',
        }));
      }
      continue;
    }
    compareAtPoint(qa, n, list, 'depth');
    compareAtPoint(qa, n, list, 'invert');
  }
}

/** A pipe point: each segment end against the point, else the segments against each other. */
function compareAtPoint(qa: QaContext, n: number, list: EndValue[], what: 'depth' | 'invert'): void {
  const { nodes, links } = qa.network;
  const node = nodes[n];
  const tolerance = qa.parameters.toleranceMetres;
  const code = what === 'depth' ? 'depth-mismatch' : 'invert-mismatch';
  const nodeValue = what === 'depth' ? node.depth : node.invertElevation;
  const nodeReference = reference(node.attributes);
  const comparable = list.filter((end) => end[what] !== null);
  if (nodeValue !== null) {
    for (const end of comparable) {
      if (what === 'depth' && reference(links[end.link].attributes) !== nodeReference) continue;
      const difference = Math.abs(end[what]! - nodeValue);
      if (difference <= tolerance) continue;
      qa.add(code, () => ({
        message: `${links[end.link].id} has ${what} ${end[what]!.toFixed(3)} at ${qa.nodeName(n)}, whose ${what} is ${nodeValue.toFixed(3)} (difference ${metres(difference)})`,
        nodeIds: [node.id],
        linkIds: [links[end.link].id],
        location: qa.nodeLocation(n),
        value: difference,
        limit: tolerance,
        unit: 'm',
      }));
    }
    return;
  }
  if (comparable.length < 2 || /变径|异径|reducer/i.test(`${node.feature ?? ''}${node.attachment ?? ''}`)) return;
  // Pipes of different sizes meet at different levels (top-aligned, centre-aligned, invert-aligned
  // by local practice), so segments are compared only with segments of the same size and depth reference.
  const groups = new Map<string, EndValue[]>();
  for (const end of comparable) {
    const key = `${reference(links[end.link].attributes)} ${size(links[end.link])}`;
    groups.set(key, [...(groups.get(key) ?? []), end]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let low = group[0];
    let high = group[0];
    for (const end of group) {
      if (end[what]! < low[what]!) low = end;
      if (end[what]! > high[what]!) high = end;
    }
    const difference = high[what]! - low[what]!;
    if (difference <= tolerance) continue;
    qa.add(code, () => ({
      message: `the segments meeting at ${qa.nodeName(n)} disagree on its ${what}: ${links[low.link].id} ${low[what]!.toFixed(3)}, ${links[high.link].id} ${high[what]!.toFixed(3)} (difference ${metres(difference)})`,
      nodeIds: [node.id],
      linkIds: [links[low.link].id, links[high.link].id],
      location: qa.nodeLocation(n),
      value: difference,
      limit: tolerance,
      unit: 'm',
    }));
  }
}

function checkGroundDepthInvert(qa: QaContext, node: NetworkNode, n: number, link: NetworkLink, depth: number | null, invert: number | null): void {
  const ground = node.groundElevation;
  if (ground === null || depth === null || invert === null) return;
  const toTop = reference(link.attributes) === 'top';
  const section = size(link);
  if (toTop && section === null) return;
  const expected = ground - depth - (toTop ? section! : 0);
  const difference = Math.abs(expected - invert);
  if (difference <= qa.parameters.toleranceMetres) return;
  qa.add('depth-invert-inconsistent', () => ({
    message: `at ${qa.nodeName(n)}, ground ${ground.toFixed(3)} − depth ${depth.toFixed(3)}${toTop ? ` − section ${section!.toFixed(3)}` : ''} of ${link.id} gives invert ${expected.toFixed(3)}, but its invert is ${invert.toFixed(3)} (difference ${metres(difference)})`,
    nodeIds: [node.id],
    linkIds: [link.id],
    location: qa.nodeLocation(n),
    value: difference,
    limit: qa.parameters.toleranceMetres,
    unit: 'm',
  }));
}

function checkNodeItself(qa: QaContext, node: NetworkNode, n: number): void {
  const { groundElevation: ground, depth, invertElevation: invert } = node;
  if (ground === null || depth === null || invert === null || reference(node.attributes) !== 'invert') return;
  const difference = Math.abs(ground - depth - invert);
  if (difference <= qa.parameters.toleranceMetres) return;
  qa.add('depth-invert-inconsistent', () => ({
    message: `${qa.nodeName(n)}: ground ${ground.toFixed(3)} − depth ${depth.toFixed(3)} is ${(ground - depth).toFixed(3)}, but its invert is ${invert.toFixed(3)} (difference ${metres(difference)})`,
    nodeIds: [node.id],
    location: qa.nodeLocation(n),
    value: difference,
    limit: qa.parameters.toleranceMetres,
    unit: 'm',
  }));
}

function reference(attributes: NetworkNode['attributes']): 'invert' | 'top' {
  return attributes.depthReference === 'top' ? 'top' : 'invert';
}

function size(link: NetworkLink): number | null {
  return link.height ?? link.diameter;
}
