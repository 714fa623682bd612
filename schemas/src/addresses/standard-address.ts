import { z } from 'zod';
import { AddressLevel } from './address-levels.ts';
import { AddressElements } from './address-elements.ts';

/** A standard address as the library keeps it (table standard_addresses) and the API answers it. */
export const StandardAddress = z.object({
  code: z.string().min(1).describe('GB/T 39609 区划式 code: division code, then road/compound, door plate, building, unit and room parts'),
  level: AddressLevel.describe('the deepest element: roadNo for a door plate, room for a flat'),
  fullText: z.string().describe('every element from the province down, written together'),
  label: z.string().describe('the part people say: from the road (or the POI) down, e.g. 中山东一路18号'),
  elements: AddressElements,
  aliases: z.array(z.string()).describe('other ways of writing it: old names, names of the building, English'),
  parentCode: z.string().nullable().describe('the address one level up (the door plate of a building, the building of a unit)'),
  point: z.tuple([z.number(), z.number()]).nullable().describe('door-plate position, [lon, lat] WGS 84'),
  building: z.object({ layerId: z.string(), featureId: z.number().int() }).nullable().describe('the building feature it belongs to'),
  source: z.string().describe('where it came from: an import file, osm, generated'),
});
export type StandardAddress = z.infer<typeof StandardAddress>;
