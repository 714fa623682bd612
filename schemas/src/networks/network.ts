import { z } from 'zod';
import { NetworkLink } from './network-link.ts';
import { NetworkNode } from './network-node.ts';

/** The file format a network was read from; `cjj61` is a CJJ 61 survey's point and line tables (物探点号 linking them), `gis` plain GIS lines and points. */
export const NetworkSourceFormat = z.enum(['epanet-inp', 'swmm-inp', 'cjj61', 'gis', 'generated']);
export type NetworkSourceFormat = z.infer<typeof NetworkSourceFormat>;

/** Meaning of NetworkLink.roughness. Darcy-Weisbach roughness is converted to metres. */
export const RoughnessMeaning = z.enum(['hazen-williams-c', 'darcy-weisbach-m', 'chezy-manning-n', 'manning-n']);
export type RoughnessMeaning = z.infer<typeof RoughnessMeaning>;

/** The units the source file used. Stored values are SI whatever these say. */
export const NetworkUnits = z.object({
  system: z.enum(['US', 'SI']),
  flow: z.string().describe('flow units as read, e.g. GPM, LPS, CMH; demands are stored in m³/s'),
  length: z.enum(['ft', 'm']).describe('unit of lengths and elevations in the source'),
  diameter: z.enum(['in', 'mm', 'ft', 'm']).describe('unit of pipe diameters and section sizes in the source'),
  roughness: RoughnessMeaning.nullable(),
  coordinates: z.enum(['ft', 'm', 'deg']).nullable().describe('unit of x and y as the source declares it; null when it does not say'),
});
export type NetworkUnits = z.infer<typeof NetworkUnits>;

/** A pipe network read from one source: nodes, links and what the reader had to say about them. */
export const Network = z.object({
  name: z.string(),
  sourceFormat: NetworkSourceFormat,
  units: NetworkUnits,
  crs: z.string().nullable().describe('CRS of x and y, e.g. EPSG:4547; null when unknown'),
  nodes: z.array(NetworkNode),
  links: z.array(NetworkLink),
  warnings: z.array(z.string()).describe('things read but doubtful, e.g. a missing optional value or an ignored line'),
});
export type Network = z.infer<typeof Network>;
