import { z } from 'zod';
import { NetworkAttributes } from './network-node.ts';
import { PipeTypeCode } from './pipe-types.ts';

/** What a link is: EPANET pipe, pump, valve; SWMM conduit, orifice, weir, outlet, pump. */
export const LINK_KINDS = ['pipe', 'pump', 'valve', 'conduit', 'orifice', 'weir', 'outlet'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** Initial state: `active` is an EPANET control valve working at its setting (open for connectivity). */
export const LinkStatus = z.enum(['open', 'closed', 'active']);
export type LinkStatus = z.infer<typeof LinkStatus>;

/**
 * `from-to`: flow can only go from `from` to `to` (check valve, pump, PRV/PSV, drainage conduit
 * as drawn); `both`: the link itself does not fix the direction (a water main).
 */
export const FlowDirection = z.enum(['from-to', 'both']);
export type FlowDirection = z.infer<typeof FlowDirection>;

/** A link of a pipe network. Lengths, diameters and elevations in metres. */
export const NetworkLink = z.object({
  id: z.string().min(1),
  kind: LinkKind,
  from: z.string().min(1).describe('start node id'),
  to: z.string().min(1).describe('end node id'),
  length: z.number().nullable().describe('model length (m); may differ from the drawn length'),
  diameter: z.number().nullable().describe('inside diameter of a circular section (m)'),
  width: z.number().nullable().describe('width of a box or other non-circular section (m)'),
  height: z.number().nullable().describe('height of a box or other non-circular section (m)'),
  shape: z.string().nullable().describe('cross-section shape as the source names it, e.g. CIRCULAR, RECT_CLOSED; null for EPANET pipes'),
  material: z.string().nullable(),
  roughness: z.number().nullable().describe('in the meaning of Network.units.roughness'),
  status: LinkStatus,
  flowDirection: FlowDirection,
  valveType: z.string().nullable().describe('for valves: EPANET type (PRV, PSV, PBV, FCV, TCV, GPV, PCV) or "isolation" for surveyed isolation valves'),
  startInvertElevation: z.number().nullable().describe('invert at the from end (m)'),
  endInvertElevation: z.number().nullable().describe('invert at the to end (m)'),
  startDepth: z.number().nullable().describe('burial depth at the from end (m)'),
  endDepth: z.number().nullable().describe('burial depth at the to end (m)'),
  pipeType: PipeTypeCode.nullable().describe('CJJ 61 main pipe type (大类): JS water, PS drainage, RQ gas, RL heat, DL power, TX telecom, GY industrial, QT other'),
  pipeSubtype: z.string().nullable().describe('CJJ 61 subtype 代号 (小类), e.g. YS rain water, WS sewage, TR natural gas'),
  burialMethod: z.string().nullable().describe('埋设方式 as surveyed, e.g. 直埋, 管块, 管沟, 顶管, 架空'),
  pressureClass: z.string().nullable().describe('压力 as surveyed, e.g. 低压, 中压A, 0.4MPa'),
  yearBuilt: z.number().int().nullable().describe('埋设年代, the year the pipe was laid'),
  owner: z.string().nullable().describe('权属单位, the utility that owns the pipe'),
  vertices: z.array(z.tuple([z.number(), z.number()])).describe('intermediate points between the end nodes, in the source CRS'),
  attributes: NetworkAttributes,
});
export type NetworkLink = z.infer<typeof NetworkLink>;
