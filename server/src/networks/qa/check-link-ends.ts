import { metres, type QaContext } from './qa-context.ts';

// Segments whose ends are wrong: an end naming a node that does not exist, both ends at the same
// node (a self-loop), or no length at all. Only pipes and conduits must have length: EPANET
// valves and pumps, and SWMM orifices, weirs and outlets, are drawn between two nodes at the same
// place by design.

/** unknown-node, self-loop and zero-length-link. */
export function checkLinkEnds(qa: QaContext): void {
  const { links } = qa.network;
  const zero = qa.parameters.zeroLengthMetres;
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    const from = qa.linkFrom[l];
    const to = qa.linkTo[l];
    if (from < 0 || to < 0) {
      const missing = [from < 0 ? link.from : null, to < 0 ? link.to : null].filter((id): id is string => id !== null);
      qa.add('unknown-node', () => ({ message: `${link.kind} ${link.id} refers to node ${missing.map((id) => `"${id}"`).join(' and ')}, which the network does not have`, linkIds: [link.id], location: qa.linkLocation(l) }));
      continue;
    }
    if (from === to) {
      qa.add('self-loop', () => ({ message: `${link.kind} ${link.id} starts and ends at ${qa.nodeName(from)}`, linkIds: [link.id], nodeIds: [link.from], location: qa.nodeLocation(from), value: qa.drawnLength(l), unit: 'm' }));
      continue;
    }
    if (link.kind !== 'pipe' && link.kind !== 'conduit') continue;
    const drawn = qa.drawnLength(l);
    const length = drawn ?? link.length;
    if (length !== null && length <= zero) {
      qa.add('zero-length-link', () => ({
        message: `${link.kind} ${link.id} from ${qa.nodeName(from)} to ${qa.nodeName(to)} is ${metres(length)} long ${drawn === null ? '(model length)' : 'as drawn'}`,
        linkIds: [link.id],
        nodeIds: [link.from, link.to],
        location: qa.linkLocation(l),
        value: length,
        limit: zero,
        unit: 'm',
      }));
    }
  }
}
