import { z } from 'zod';
import { PipeTypeCode } from './pipe-types.ts';

/**
 * What a node is. EPANET gives junction, reservoir and tank; SWMM junction, outfall, storage and
 * divider; surveyed GIS data adds manholes, valves, hydrants, fittings and meters.
 */
export const NODE_KINDS = [
  'junction',
  'reservoir',
  'tank',
  'outfall',
  'storage',
  'divider',
  'manhole',
  'valve',
  'hydrant',
  'fitting',
  'meter',
  'other',
] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** Free attributes carried from the source, JSON values only. */
export const NetworkAttributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type NetworkAttributes = z.infer<typeof NetworkAttributes>;

/** A node of a pipe network. Lengths and elevations in metres, whatever the source used. */
export const NetworkNode = z.object({
  id: z.string().min(1),
  kind: NodeKind,
  x: z.number().nullable().describe('easting in the source CRS; null when the source has no coordinates for the node'),
  y: z.number().nullable(),
  elevation: z.number().nullable().describe('the elevation the model uses: EPANET junction elevation, tank bottom, reservoir head; SWMM invert (m)'),
  groundElevation: z.number().nullable().describe('ground or cover level (m)'),
  invertElevation: z.number().nullable().describe('invert of a manhole or SWMM node, bottom of a tank (m)'),
  depth: z.number().nullable().describe('ground to invert, or SWMM maximum depth (m)'),
  demand: z.number().nullable().describe('base demand in m³/s (EPANET junctions); null when the source gives none'),
  status: z.enum(['open', 'closed']).nullable().describe('for valve nodes: closed means a normally closed valve (常闭阀) that disconnects'),
  pointNumber: z.string().nullable().describe('物探点号, the survey point number of a CJJ 61 pipe point; null for model nodes'),
  featureCode: z.string().regex(/^\d{8}$/).nullable().describe('8-digit feature code of CJJ 61-2017 Appendix F, when surveyed'),
  pipeType: PipeTypeCode.nullable().describe('CJJ 61 main pipe type (大类) of the network the point belongs to'),
  pipeSubtype: z.string().nullable().describe('CJJ 61 subtype 代号 (小类), e.g. YS for rain water'),
  feature: z.string().nullable().describe('特征点 as surveyed, e.g. 三通, 弯头, 变径, 预留口'),
  attachment: z.string().nullable().describe('附属物 as surveyed, e.g. 阀门, 检修井, 消火栓, 水表'),
  attributes: NetworkAttributes,
});
export type NetworkNode = z.infer<typeof NetworkNode>;
