import type { NetworkLink, NetworkNode, PipeTypeCode } from '@cimtwin/schemas';
import type { Cjj61Context } from './cjj61-context.ts';
import type { PipeTypeSource } from './cjj61-type-columns.ts';

// After the topology is known, elements the tables did not type take the type of what they
// connect to: a segment that of its end points when these agree, a point that of its segments
// when these agree (and a typed segment without a subtype takes its end points' common subtype).
// Then the pipeType option fills the rest. Whatever is still untyped stays
// null with a warning; guessing across disagreeing neighbours would hide cross connections the
// quality check is there to find.

/** Fills missing pipe types from neighbours, then the option; warns with counts per source. */
export function inheritPipeTypes(context: Cjj61Context, nodes: NetworkNode[], links: NetworkLink[], sources: Map<NetworkNode | NetworkLink, PipeTypeSource | null>): void {
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const agreed = (elements: { pipeType: PipeTypeCode | null; pipeSubtype: string | null }[]) => {
    const typed = elements.filter((element) => element.pipeType !== null);
    if (typed.length === 0 || typed.some((element) => element.pipeType !== typed[0].pipeType)) return null;
    const subtypes = new Set(typed.map((element) => element.pipeSubtype).filter((subtype) => subtype !== null));
    return { pipeType: typed[0].pipeType!, pipeSubtype: subtypes.size === 1 ? [...subtypes][0] : null };
  };
  for (const link of links) {
    if (link.pipeType !== null && link.pipeSubtype !== null) continue;
    const guess = agreed([nodeById.get(link.from), nodeById.get(link.to)].filter((node) => node !== undefined));
    if (!guess) continue;
    if (link.pipeType === null) (Object.assign(link, guess), sources.set(link, 'connected elements'));
    // A typed segment between two points of the same subtype (JS1, JS2 both JP) is of that subtype.
    else if (link.pipeType === guess.pipeType) link.pipeSubtype = guess.pipeSubtype;
  }
  const incident = new Map<string, NetworkLink[]>();
  for (const link of links) for (const end of new Set([link.from, link.to])) incident.set(end, [...(incident.get(end) ?? []), link]);
  for (const node of nodes) {
    if (node.pipeType !== null) continue;
    const guess = agreed(incident.get(node.id) ?? []);
    if (guess) (Object.assign(node, guess), sources.set(node, 'connected elements'));
  }
  const untyped: { nodes: number; links: number } = { nodes: 0, links: 0 };
  for (const [element, what] of [...nodes.map((node) => [node, 'nodes'] as const), ...links.map((link) => [link, 'links'] as const)]) {
    if (element.pipeType !== null) continue;
    if (context.options.pipeType) {
      element.pipeType = context.options.pipeType;
      element.pipeSubtype ??= context.options.pipeSubtype ?? null;
      sources.set(element, 'option');
    } else {
      untyped[what]++;
    }
  }
  const counts = new Map<string, number>();
  for (const source of sources.values()) if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  if (counts.size > 0) context.warnings.add(`cjj61: pipe types from ${[...counts].map(([source, n]) => `${source} ${n}`).join(', ')}`);
  if (untyped.nodes + untyped.links > 0) {
    context.warnings.add(`cjj61: no pipe type for ${untyped.nodes} point(s) and ${untyped.links} segment(s): no type column, feature code, typed point number or typed neighbour; pass the pipeType option if the whole delivery is one type`);
  }
}
