import type { NetworkQaParameters } from '@cimtwin/schemas';
import type { QaContext } from './qa-context.ts';

// The attributes CJJ 61 asks of every surveyed segment and point: size (管径/断面), material
// (材质), depth (埋深, or inverts), pipe type (管线类型), and for a valve whether it is open or
// closed (a closed valve changes what an isolation cuts off). Which ones are required is a
// parameter: all of them for survey data, only the size for hydraulic models, which have no
// material or depth by nature. SWMM sections given by transect (IRREGULAR, STREET) or curve
// (CUSTOM) have no numeric size and are not reported.

const NO_NUMERIC_SIZE = new Set(['IRREGULAR', 'STREET', 'CUSTOM']);

/** Required attributes by source format: surveys need all, models only the size. */
export function defaultRequiredAttributes(sourceFormat: string): NetworkQaParameters['requiredAttributes'] {
  return sourceFormat === 'cjj61' || sourceFormat === 'gis' ? ['size', 'material', 'depth', 'pipeType', 'valveStatus'] : ['size'];
}

/** missing-size, missing-material, missing-depth, missing-pipe-type and valve-without-status. */
export function checkRequiredAttributes(qa: QaContext): void {
  const required = new Set(qa.parameters.requiredAttributes);
  const [needSize, needMaterial, needDepth, needType, needStatus] = (['size', 'material', 'depth', 'pipeType', 'valveStatus'] as const).map((name) => required.has(name));
  const { nodes, links } = qa.network;
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    if (needType && link.pipeType === null) qa.add('missing-pipe-type', () => ({ ...linkPlace(qa, l), message: `${link.kind} ${link.id} has no pipe type` }));
    if (link.kind !== 'pipe' && link.kind !== 'conduit') continue;
    if (needSize && link.diameter === null && (link.width === null || link.height === null) && !NO_NUMERIC_SIZE.has(link.shape ?? '')) {
      qa.add('missing-size', () => ({ ...linkPlace(qa, l), message: `${link.kind} ${link.id} has no diameter and no width × height` }));
    }
    if (needMaterial && link.material === null) qa.add('missing-material', () => ({ ...linkPlace(qa, l), message: `${link.kind} ${link.id} has no material` }));
    if (needDepth && link.startDepth === null && link.endDepth === null && link.startInvertElevation === null && link.endInvertElevation === null) {
      qa.add('missing-depth', () => ({ ...linkPlace(qa, l), message: `${link.kind} ${link.id} has no depth or invert at either end` }));
    }
  }
  if (!needType && !needStatus) return;
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    if (needType && node.pipeType === null) qa.add('missing-pipe-type', () => ({ message: `${qa.nodeName(n)} has no pipe type`, nodeIds: [node.id], location: qa.nodeLocation(n) }));
    if (needStatus && node.kind === 'valve' && node.status === null) qa.add('valve-without-status', () => ({ message: `${qa.nodeName(n)} does not say whether it is open or closed (开/关)`, nodeIds: [node.id], location: qa.nodeLocation(n) }));
  }
}

function linkPlace(qa: QaContext, l: number) {
  const link = qa.network.links[l];
  return { linkIds: [link.id], nodeIds: [link.from, link.to], location: qa.linkLocation(l) };
}
