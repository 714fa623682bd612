import { createNode } from '../network-elements.ts';
import { commentAttribute, defineNode, forEachLine, type InpContext } from './inp-context.ts';

/** Node sections of an EPANET file, for messages about undefined nodes. */
export const EPANET_NODE_SECTIONS = '[JUNCTIONS], [RESERVOIRS] or [TANKS]';

/** Reads [JUNCTIONS], [RESERVOIRS], [TANKS], then [DEMANDS], which replaces junction demands. */
export function readEpanetNodes(context: InpContext): void {
  const { lengthScale: L, flowScale: Q } = context;
  const scaled = (value: number | undefined, scale: number) => (value === undefined ? null : value * scale);

  forEachLine(context, 'JUNCTIONS', (line, reader) => {
    const id = reader.required(line, 0, 'junction id');
    const elevation = reader.number(line, 1, 'elevation');
    if (elevation === undefined) context.warnings.add(`${reader.where(line)}: junction "${id}" has no elevation`, 'junction without elevation');
    const pattern = line.fields[3];
    defineNode(context, createNode(id, 'junction', {
      elevation: scaled(elevation, L),
      demand: scaled(reader.number(line, 2, 'base demand'), Q),
      attributes: { ...(pattern ? { demandPattern: pattern } : {}), ...commentAttribute(line) },
    }), line, reader);
  });

  forEachLine(context, 'RESERVOIRS', (line, reader) => {
    const id = reader.required(line, 0, 'reservoir id');
    const head = reader.requiredNumber(line, 1, 'total head');
    const pattern = line.fields[2];
    defineNode(context, createNode(id, 'reservoir', {
      elevation: head * L,
      attributes: { head: head * L, ...(pattern ? { headPattern: pattern } : {}), ...commentAttribute(line) },
    }), line, reader);
  });

  forEachLine(context, 'TANKS', (line, reader) => {
    const id = reader.required(line, 0, 'tank id');
    const bottom = reader.requiredNumber(line, 1, 'bottom elevation');
    const attribute = (index: number, name: string, scale: number) => {
      const value = reader.number(line, index, name);
      return value === undefined ? {} : { [name]: value * scale };
    };
    const volumeCurve = line.fields[7];
    const overflow = line.fields[8];
    defineNode(context, createNode(id, 'tank', {
      elevation: bottom * L,
      invertElevation: bottom * L,
      attributes: {
        ...attribute(2, 'initialLevel', L),
        ...attribute(3, 'minimumLevel', L),
        ...attribute(4, 'maximumLevel', L),
        ...attribute(5, 'tankDiameter', L),
        ...attribute(6, 'minimumVolume', L ** 3),
        ...(volumeCurve && volumeCurve !== '*' ? { volumeCurve } : {}),
        ...(overflow ? { overflow: overflow.toUpperCase() === 'YES' } : {}),
        ...commentAttribute(line),
      },
    }), line, reader);
  });

  const replaced = new Set<string>();
  forEachLine(context, 'DEMANDS', (line, reader) => {
    const id = reader.required(line, 0, 'junction id');
    const node = context.nodes.get(id);
    if (!node) throw reader.error(line, `demand for "${id}", which is not defined in [JUNCTIONS]`);
    if (node.kind !== 'junction') throw reader.error(line, `demand for "${id}", which is a ${node.kind}; only junctions take demands`);
    const demand = reader.requiredNumber(line, 1, 'base demand') * Q;
    // EPANET: [DEMANDS] replaces the [JUNCTIONS] demand; several lines add up as categories.
    node.demand = (replaced.has(id) ? (node.demand ?? 0) : 0) + demand;
    replaced.add(id);
  });
}
