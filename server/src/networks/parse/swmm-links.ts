import type { LinkKind, NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { createLink } from '../network-elements.ts';
import { commentAttribute, defineLink, forEachLine, requireNode, type InpContext } from './inp-context.ts';
import type { InpFieldReader, InpLine } from './inp-sections.ts';
import { SWMM_NODE_SECTIONS } from './swmm-nodes.ts';

// SWMM links all carry flow from their first node to their second as drawn, which is how
// drainage networks are traced; every link is recorded with flowDirection 'from-to'.

/** How [OPTIONS] LINK_OFFSETS says offsets are given. */
export type LinkOffsets = 'DEPTH' | 'ELEVATION';

const CIRCULAR_SHAPES = new Set(['CIRCULAR', 'FORCE_MAIN', 'FILLED_CIRCULAR']);
const RECTANGULAR_SHAPES = new Set(['RECT_CLOSED', 'RECT_OPEN']);
const NON_NUMERIC_SHAPES = new Set(['IRREGULAR', 'STREET']);

/** Reads [CONDUITS], [PUMPS], [ORIFICES], [WEIRS], [OUTLETS], then [XSECTIONS]. Nodes must be read first. */
export function readSwmmLinks(context: InpContext, offsets: LinkOffsets): void {
  const L = context.lengthScale;
  const ends = (line: InpLine, reader: InpFieldReader, kind: LinkKind) => {
    const id = reader.required(line, 0, `${kind} name`);
    const owner = `${kind} "${id}"`;
    const from = requireNode(context, reader.required(line, 1, `inlet node of ${owner}`), line, reader, owner, SWMM_NODE_SECTIONS);
    const to = requireNode(context, reader.required(line, 2, `outlet node of ${owner}`), line, reader, owner, SWMM_NODE_SECTIONS);
    return { id, from, to };
  };
  // An offset is a height above the node invert (DEPTH) or an elevation (ELEVATION); `*` is the invert.
  const invertAt = (node: NetworkNode, line: InpLine, reader: InpFieldReader, index: number, what: string): number | null => {
    const field = line.fields[index];
    if (field === undefined || field === '*') return node.invertElevation;
    const value = (reader.number(line, index, what) as number) * L;
    if (offsets === 'ELEVATION') return value;
    return node.invertElevation === null ? null : node.invertElevation + value;
  };
  const add = (kind: LinkKind, line: InpLine, reader: InpFieldReader, fields: (ends: { id: string; from: NetworkNode; to: NetworkNode }) => Partial<NetworkLink>) => {
    const linkEnds = ends(line, reader, kind);
    const link = createLink(linkEnds.id, kind, linkEnds.from.id, linkEnds.to.id, { flowDirection: 'from-to', ...fields(linkEnds) });
    link.attributes = { ...link.attributes, ...commentAttribute(line) };
    defineLink(context, link, line, reader);
  };

  forEachLine(context, 'CONDUITS', (line, reader) =>
    add('conduit', line, reader, ({ id, from, to }) => ({
      length: reader.requiredNumber(line, 3, `length of "${id}"`) * L,
      roughness: reader.requiredNumber(line, 4, `Manning roughness of "${id}"`),
      startInvertElevation: invertAt(from, line, reader, 5, `inlet offset of "${id}"`),
      endInvertElevation: invertAt(to, line, reader, 6, `outlet offset of "${id}"`),
    })),
  );
  forEachLine(context, 'PUMPS', (line, reader) =>
    add('pump', line, reader, () => {
      const curve = line.fields[3];
      const initially = line.fields[4]?.toUpperCase();
      const attributes: NetworkLink['attributes'] = curve && curve !== '*' ? { pumpCurve: curve } : {};
      return { status: initially === 'OFF' ? 'closed' : 'open', attributes };
    }),
  );
  forEachLine(context, 'ORIFICES', (line, reader) =>
    add('orifice', line, reader, ({ id, from }) => ({
      startInvertElevation: invertAt(from, line, reader, 4, `offset of "${id}"`),
      attributes: { orificeType: reader.required(line, 3, `type of orifice "${id}"`).toUpperCase() },
    })),
  );
  forEachLine(context, 'WEIRS', (line, reader) =>
    add('weir', line, reader, ({ id, from }) => ({
      startInvertElevation: invertAt(from, line, reader, 4, `crest height of "${id}"`),
      attributes: { weirType: reader.required(line, 3, `type of weir "${id}"`).toUpperCase() },
    })),
  );
  forEachLine(context, 'OUTLETS', (line, reader) =>
    add('outlet', line, reader, ({ id, from }) => {
      const attributes: NetworkLink['attributes'] = line.fields[4] ? { outletType: line.fields[4].toUpperCase() } : {};
      return { startInvertElevation: invertAt(from, line, reader, 3, `offset of "${id}"`), attributes };
    }),
  );

  forEachLine(context, 'XSECTIONS', (line, reader) => {
    const id = reader.required(line, 0, 'link name');
    const link = context.links.get(id);
    if (!link) throw reader.error(line, `cross-section of "${id}", which is not defined in [CONDUITS], [ORIFICES], [WEIRS] or [OUTLETS]`);
    const shape = reader.required(line, 1, `shape of "${id}"`).toUpperCase();
    link.shape = shape;
    if (NON_NUMERIC_SHAPES.has(shape)) {
      link.attributes.transect = line.fields[2] ?? null;
      return;
    }
    const geom1 = reader.requiredNumber(line, 2, `Geom1 of "${id}"`) * L;
    if (CIRCULAR_SHAPES.has(shape)) {
      link.diameter = geom1;
    } else {
      // Geom1 is the full height of every other SWMM shape; only rectangles give a plain width.
      link.height = geom1;
      if (RECTANGULAR_SHAPES.has(shape)) link.width = (reader.number(line, 3, `Geom2 (width) of "${id}"`) ?? 0) * L;
      else link.attributes.xsectionGeometry = line.fields.slice(2, 6).join(' ');
    }
    const barrels = shape === 'CUSTOM' ? undefined : reader.number(line, 6, `barrels of "${id}"`);
    if (barrels !== undefined && barrels > 1) link.attributes.barrels = barrels;
  });
}
