import type { NetworkLink, NetworkNode } from '@cimtwin/schemas';
import type { WarningCollector } from '../warning-collector.ts';
import { InpFieldReader, type InpLine, type InpSections } from './inp-sections.ts';

/** State shared by the section readers of one EPANET or SWMM file. */
export interface InpContext {
  /** `epanet-inp` or `swmm-inp`, the prefix of every message. */
  stage: string;
  sections: InpSections;
  warnings: WarningCollector;
  /** Metres per length unit of the file (feet or metres). */
  lengthScale: number;
  /** m³/s per flow unit of the file. */
  flowScale: number;
  nodes: Map<string, NetworkNode>;
  links: Map<string, NetworkLink>;
  /** `[SECTION] line N` where each id was defined, for duplicate messages. */
  definedAt: Map<string, string>;
}

/** Calls `read` for each data line of `section`, with a field reader that names the section. */
export function forEachLine(context: InpContext, section: string, read: (line: InpLine, reader: InpFieldReader) => void): void {
  const lines = context.sections.get(section);
  if (!lines) return;
  const reader = new InpFieldReader(context.stage, section);
  for (const line of lines) read(line, reader);
}

/** Adds a node; a second node with the same id is a DataError naming both places. */
export function defineNode(context: InpContext, node: NetworkNode, line: InpLine, reader: InpFieldReader): void {
  claimId(context, 'node', node.id, line, reader);
  context.nodes.set(node.id, node);
}

/** Adds a link; a second link with the same id is a DataError naming both places. */
export function defineLink(context: InpContext, link: NetworkLink, line: InpLine, reader: InpFieldReader): void {
  claimId(context, 'link', link.id, line, reader);
  context.links.set(link.id, link);
}

/** Records where a node or link id is defined; a DataError naming both places if it already was. */
function claimId(context: InpContext, kind: 'node' | 'link', id: string, line: InpLine, reader: InpFieldReader): void {
  const key = `${kind} ${id}`;
  const first = context.definedAt.get(key);
  if (first) throw reader.error(line, `${kind} id "${id}" is already defined at ${first}; ${kind} ids must be unique across all ${kind} sections`);
  context.definedAt.set(key, reader.where(line).replace(`${context.stage}: `, ''));
}

/** The node `id` refers to, or a DataError saying which sections define nodes. */
export function requireNode(context: InpContext, id: string, line: InpLine, reader: InpFieldReader, owner: string, nodeSections: string): NetworkNode {
  const node = context.nodes.get(id);
  if (!node) throw reader.error(line, `${owner} refers to node "${id}", which is not defined in ${nodeSections}`);
  return node;
}

/** The comment of a line as an attribute value, or nothing when it is empty. */
export function commentAttribute(line: InpLine): { comment?: string } {
  return line.comment === '' ? {} : { comment: line.comment };
}
