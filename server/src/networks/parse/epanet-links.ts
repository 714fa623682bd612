import type { LinkStatus } from '@cimtwin/schemas';
import { createLink } from '../network-elements.ts';
import { EPANET_NODE_SECTIONS } from './epanet-nodes.ts';
import { commentAttribute, defineLink, forEachLine, requireNode, type InpContext } from './inp-context.ts';
import type { InpFieldReader, InpLine } from './inp-sections.ts';

/** EPANET 2.2 valve types, plus PCV of EPANET 2.3. */
export const EPANET_VALVE_TYPES = ['PRV', 'PSV', 'PBV', 'FCV', 'TCV', 'GPV', 'PCV'] as const;

// EPANET closes a PRV or PSV rather than let flow reverse through it; the other valve types
// pass flow both ways, so only these two fix the direction for tracing.
const ONE_WAY_VALVES = new Set(['PRV', 'PSV']);

/** Metres per diameter unit of the file, and the roughness factor (metres per unit for D-W, else 1). */
export interface EpanetLinkScales {
  diameter: number;
  roughness: number;
}

/** Reads [PIPES], [PUMPS], [VALVES], then [STATUS]. Nodes must be read first. */
export function readEpanetLinks(context: InpContext, scales: EpanetLinkScales): void {
  const L = context.lengthScale;
  const ends = (line: InpLine, reader: InpFieldReader, what: string) => {
    const id = reader.required(line, 0, `${what} id`);
    const owner = `${what} "${id}"`;
    const from = reader.required(line, 1, `start node of ${owner}`);
    const to = reader.required(line, 2, `end node of ${owner}`);
    requireNode(context, from, line, reader, owner, EPANET_NODE_SECTIONS);
    requireNode(context, to, line, reader, owner, EPANET_NODE_SECTIONS);
    return { id, from, to };
  };

  forEachLine(context, 'PIPES', (line, reader) => {
    const { id, from, to } = ends(line, reader, 'pipe');
    const length = reader.number(line, 3, 'length');
    const diameter = reader.number(line, 4, 'diameter');
    const roughness = reader.number(line, 5, 'roughness');
    if (length === undefined || diameter === undefined || roughness === undefined) {
      context.warnings.add(`${reader.where(line)}: pipe "${id}" lacks length, diameter or roughness; read as unknown`, 'pipe without length, diameter or roughness');
    }
    const minorLoss = reader.number(line, 6, 'minor loss coefficient');
    const statusField = (line.fields[7] ?? 'OPEN').toUpperCase();
    if (!['OPEN', 'CLOSED', 'CV'].includes(statusField)) throw reader.error(line, `pipe "${id}" status "${line.fields[7]}" is not Open, Closed or CV`);
    defineLink(context, createLink(id, 'pipe', from, to, {
      length: length === undefined ? null : length * L,
      diameter: diameter === undefined ? null : diameter * scales.diameter,
      roughness: roughness === undefined ? null : roughness * scales.roughness,
      status: statusField === 'CLOSED' ? 'closed' : 'open',
      flowDirection: statusField === 'CV' ? 'from-to' : 'both',
      attributes: { ...(minorLoss ? { minorLoss } : {}), ...(statusField === 'CV' ? { checkValve: true } : {}), ...commentAttribute(line) },
    }), line, reader);
  });

  forEachLine(context, 'PUMPS', (line, reader) => {
    const { id, from, to } = ends(line, reader, 'pump');
    const parameters = line.fields.slice(3).join(' ');
    defineLink(context, createLink(id, 'pump', from, to, {
      flowDirection: 'from-to',
      attributes: { ...(parameters ? { parameters } : {}), ...commentAttribute(line) },
    }), line, reader);
  });

  forEachLine(context, 'VALVES', (line, reader) => {
    const { id, from, to } = ends(line, reader, 'valve');
    const diameter = reader.requiredNumber(line, 3, `diameter of valve "${id}"`);
    const type = reader.required(line, 4, `type of valve "${id}"`).toUpperCase();
    if (!(EPANET_VALVE_TYPES as readonly string[]).includes(type)) {
      throw reader.error(line, `valve "${id}" type "${line.fields[4]}" is not one of ${EPANET_VALVE_TYPES.join(', ')}`);
    }
    const setting = line.fields[5];
    const minorLoss = reader.number(line, 6, 'minor loss coefficient');
    defineLink(context, createLink(id, 'valve', from, to, {
      diameter: diameter * scales.diameter,
      status: 'active',
      valveType: type,
      flowDirection: ONE_WAY_VALVES.has(type) ? 'from-to' : 'both',
      attributes: { ...(setting !== undefined ? { setting } : {}), ...(minorLoss ? { minorLoss } : {}), ...commentAttribute(line) },
    }), line, reader);
  });

  forEachLine(context, 'STATUS', (line, reader) => {
    const id = reader.required(line, 0, 'link id');
    const link = context.links.get(id);
    if (!link) throw reader.error(line, `status for link "${id}", which is not defined in [PIPES], [PUMPS] or [VALVES]`);
    const value = reader.required(line, 1, `status or setting of "${id}"`);
    const status = readStatusValue(value);
    if (link.attributes.checkValve === true) {
      context.warnings.add(`${reader.where(line)}: status of check-valve pipe "${id}" ignored (EPANET does not allow presetting a check valve)`);
      return;
    }
    if (status) {
      if (status === 'active' && link.kind !== 'valve') throw reader.error(line, `"${id}" is a ${link.kind}; only valves can be Active`);
      link.status = status;
      return;
    }
    const setting = reader.number(line, 1, `setting of "${id}"`) as number;
    if (link.kind === 'pump') {
      link.status = setting === 0 ? 'closed' : 'open';
      link.attributes.speed = setting;
    } else if (link.kind === 'valve') {
      link.status = 'active';
      link.attributes.setting = value;
    } else {
      throw reader.error(line, `pipe "${id}" status "${value}" is not Open or Closed`);
    }
  });
}

function readStatusValue(value: string): LinkStatus | undefined {
  switch (value.toUpperCase()) {
    case 'OPEN':
      return 'open';
    case 'CLOSED':
      return 'closed';
    case 'ACTIVE':
      return 'active';
    default:
      return undefined;
  }
}
