import type { NetworkNode, NodeKind } from '@cimtwin/schemas';
import { createNode } from '../network-elements.ts';
import { commentAttribute, defineNode, forEachLine, type InpContext } from './inp-context.ts';
import type { InpFieldReader, InpLine } from './inp-sections.ts';

/** Node sections of a SWMM file, for messages about undefined nodes. */
export const SWMM_NODE_SECTIONS = '[JUNCTIONS], [OUTFALLS], [STORAGE] or [DIVIDERS]';

/**
 * Reads [JUNCTIONS], [OUTFALLS], [STORAGE] and [DIVIDERS]. The invert is field 2 everywhere;
 * junctions and storage units also give the maximum depth, from which the ground (rim) level
 * follows. A maximum depth of 0 means "up to the highest connected crown" in SWMM, so no ground
 * level is derived from it.
 */
export function readSwmmNodes(context: InpContext): void {
  const L = context.lengthScale;
  const node = (kind: NodeKind, line: InpLine, reader: InpFieldReader, maxDepthField: number | null, attributes: NetworkNode['attributes']) => {
    const id = reader.required(line, 0, `${kind} name`);
    const invert = reader.requiredNumber(line, 1, `invert elevation of "${id}"`) * L;
    const maxDepth = maxDepthField === null ? undefined : reader.number(line, maxDepthField, `maximum depth of "${id}"`);
    const depth = maxDepth !== undefined && maxDepth > 0 ? maxDepth * L : null;
    defineNode(context, createNode(id, kind, {
      elevation: invert,
      invertElevation: invert,
      depth,
      groundElevation: depth === null ? null : invert + depth,
      attributes: { ...attributes, ...commentAttribute(line) },
    }), line, reader);
  };

  forEachLine(context, 'JUNCTIONS', (line, reader) => node('junction', line, reader, 2, {}));
  forEachLine(context, 'OUTFALLS', (line, reader) => {
    const type = line.fields[2]?.toUpperCase();
    node('outfall', line, reader, null, type ? { outfallType: type } : {});
  });
  forEachLine(context, 'STORAGE', (line, reader) => {
    const shape = line.fields[4]?.toUpperCase();
    node('storage', line, reader, 2, shape ? { storageShape: shape } : {});
  });
  forEachLine(context, 'DIVIDERS', (line, reader) => {
    const divertedLink = line.fields[2];
    const type = line.fields[3]?.toUpperCase();
    node('divider', line, reader, null, { ...(divertedLink ? { divertedLink } : {}), ...(type ? { dividerType: type } : {}) });
  });
}
