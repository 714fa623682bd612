import type { NetworkLink, NetworkNode } from '@cimtwin/schemas';
import type { QaContext } from './qa-context.ts';

// A water main cannot run into a gas point, and a storm drain should not run into a foul sewer
// (雨污混接, the most common defect Chinese drainage surveys look for). Each segment is compared
// with the points at its ends; at a point without a type, the segments meeting there are
// compared with each other (reported once per point). A different main type is an error, a
// different subtype of the same main type a warning. A utility tunnel (QT/ZH 综合管沟) carries
// every type and is not compared.

type Typed = Pick<NetworkLink | NetworkNode, 'pipeType' | 'pipeSubtype'>;

const label = (element: Typed) => (element.pipeSubtype ? `${element.pipeType}/${element.pipeSubtype}` : `${element.pipeType}`);
const isTunnel = (element: Typed) => element.pipeType === 'QT' && element.pipeSubtype === 'ZH';

/** cross-type-connection and cross-subtype-connection. */
export function checkPipeTypeConnections(qa: QaContext): void {
  const { nodes, links } = qa.network;
  const firstLink = new Int32Array(nodes.length).fill(-1);
  const reported = new Uint8Array(nodes.length);
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    if (link.pipeType === null || isTunnel(link)) continue;
    for (let end = 0; end < 2; end++) {
      const n = end === 0 ? qa.linkFrom[l] : qa.linkTo[l];
      if (n < 0 || (end === 1 && n === qa.linkFrom[l])) continue;
      const node = nodes[n];
      if (node.pipeType !== null) {
        if (!isTunnel(node)) compare(qa, link, node, [link.id], [node.id], `${link.kind} ${link.id} (${label(link)}) connects to ${qa.nodeName(n)} (${label(node)})`, qa.nodeLocation(n));
        continue;
      }
      if (firstLink[n] < 0) {
        firstLink[n] = l;
        continue;
      }
      const first = links[firstLink[n]];
      if (reported[n] || (first.pipeType === link.pipeType && (first.pipeSubtype === link.pipeSubtype || !first.pipeSubtype || !link.pipeSubtype))) continue;
      reported[n] = 1;
      compare(qa, first, link, [first.id, link.id], [node.id], `${first.id} (${label(first)}) and ${link.id} (${label(link)}) meet at ${qa.nodeName(n)}`, qa.nodeLocation(n));
    }
  }
}

function compare(qa: QaContext, a: Typed, b: Typed, linkIds: string[], nodeIds: string[], what: string, location: ReturnType<QaContext['nodeLocation']>): void {
  if (a.pipeType !== b.pipeType) {
    qa.add('cross-type-connection', () => ({ message: what, linkIds, nodeIds, location }));
  } else if (a.pipeSubtype && b.pipeSubtype && a.pipeSubtype !== b.pipeSubtype) {
    const drainage = a.pipeType === 'PS' && new Set([a.pipeSubtype, b.pipeSubtype]).has('YS') && new Set([a.pipeSubtype, b.pipeSubtype]).has('WS');
    qa.add('cross-subtype-connection', () => ({ message: `${what}${drainage ? ': 雨污混接, storm water into the foul sewer' : ''}`, linkIds, nodeIds, location }));
  }
}
