import type { AddressElements, AddressLevel } from '@cimtwin/schemas';

/** A standard address on its way into the library (see StandardAddress for the API's shape). */
export interface AddressRecord {
  code: string;
  level: AddressLevel;
  elements: AddressElements;
  aliases: string[];
  parentCode: string | null;
  /** Deepest administrative division code (6, 9 or 12 digits), when known. */
  divisionCode: string | null;
  /** Door-plate position, [lon, lat] WGS 84. */
  point: [number, number] | null;
  /** The building feature by layer and source id. */
  building: { layerId: string; sourceId: string } | null;
}
