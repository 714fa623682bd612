import { z } from 'zod';
import { CodeListSource } from '../networks/code-list-provenance.ts';
import { NodeKind } from '../networks/network-node.ts';
import { PipeTypeCode } from '../networks/pipe-types.ts';
import { COMPONENT_MINOR_CLASSES } from './component-classes.ts';

// The manhole covers, valve chambers and hydrants of a surveyed pipe network (CJJ 61) are city
// components (部件) as well. This table says which component minor class a pipe point becomes.
// The mapping is this library's reading of the class names, not a table of either standard; the
// choices that need judgement (combined sewers, traffic-signal cables) say so in `note`.

/** Where a CJJ 61 pipe point falls among the component classes. */
export const PipeComponentClass = CodeListSource.extend({
  pipeType: PipeTypeCode.describe('CJJ 61 main type 代号'),
  pipeSubtype: z.string().nullable().describe('CJJ 61 subtype 代号; null matches any subtype not listed on its own'),
  nodeKinds: z.array(NodeKind).min(1),
  componentClass: z.string().regex(/^\d{4}$/).describe('component minor class code (COMPONENT_MINOR_CLASSES)'),
  note: z.string().nullable(),
});
export type PipeComponentClass = z.infer<typeof PipeComponentClass>;

const M = {
  source: 'cimtwin mapping from CJJ 61-2017 pipe types to GB/T 30428.2 component classes by their names; not from either standard',
  provenance: 'general-knowledge',
  verified: false,
} as const;
const COVERED: NodeKind[] = ['manhole', 'valve'];

function row(pipeType: PipeTypeCode, pipeSubtype: string | null, componentClass: string, nodeKinds: NodeKind[] = COVERED, note: string | null = null) {
  return { ...M, pipeType, pipeSubtype, nodeKinds, componentClass, note };
}

/** Pipe type and node kind to component minor class, most specific rows first. */
export const PIPE_COMPONENT_CLASSES: readonly PipeComponentClass[] = z.array(PipeComponentClass).parse([
  row('JS', null, '0113', ['hydrant'], 'a fire hydrant is filed under 消防设施'),
  row('JS', null, '0101'),
  row('PS', 'YS', '0103'),
  row('PS', 'WS', '0102'),
  row('PS', 'HS', '0102', COVERED, 'a combined sewer carries sewage, so its cover is filed as 污水井盖'),
  row('RQ', null, '0111'),
  row('RL', null, '0110'),
  row('DL', 'LD', '0106'),
  row('DL', null, '0105', COVERED, 'power supply, traffic-signal, tram and advertising cables alike'),
  row('TX', 'DS', '0108'),
  row('TX', 'XX', '0109'),
  row('TX', null, '0107'),
]);

for (const entry of PIPE_COMPONENT_CLASSES) {
  if (!COMPONENT_MINOR_CLASSES.some((minor) => minor.code === entry.componentClass)) throw new Error(`pipe component classes: ${entry.componentClass} is not a listed component class`);
}

/** What is known of a pipe point. */
export interface PipePoint {
  pipeType: PipeTypeCode | null;
  pipeSubtype?: string | null;
  kind: NodeKind;
  /** 附属物 as surveyed; rain inlet grates (雨水篦子) and hydrants (消火栓) are recognised by it. */
  attachment?: string | null;
}

const INLET_NAMES = ['雨水箅子', '雨水篦子', '雨箅子', '雨篦子', '雨水口'];
const HYDRANT_NAMES = ['消火栓', '消防栓'];

/**
 * The component minor class (4-digit code) of a pipe point, or null when it is not a component
 * (a bend, a junction) or the table cannot tell (a 排水 cover with no subtype, an industrial pipe).
 */
export function componentClassForPipePoint(point: PipePoint): string | null {
  const attachment = point.attachment?.trim() ?? '';
  if (point.pipeType === 'PS' && INLET_NAMES.includes(attachment)) return '0104';
  if (!point.pipeType) return null;
  const kind: NodeKind = HYDRANT_NAMES.includes(attachment) ? 'hydrant' : point.kind;
  const subtype = point.pipeSubtype?.trim().toUpperCase() ?? null;
  const rows = PIPE_COMPONENT_CLASSES.filter((entry) => entry.pipeType === point.pipeType && entry.nodeKinds.includes(kind));
  const exact = rows.find((entry) => entry.pipeSubtype !== null && entry.pipeSubtype === subtype);
  return (exact ?? rows.find((entry) => entry.pipeSubtype === null))?.componentClass ?? null;
}
