/**
 * An element's own simple attributes (OverallWidth of a door, NumberOfRisers of a stair flight,
 * LongName of a space, Tag, ...) as plain values in SI units. Attributes the element record
 * holds elsewhere (GlobalId, Name, placement, representation, predefined type) and references
 * to other entities are left out; review rules and the property panel read the rest.
 */
import type { IfcPropertyValue } from '../ifc-records.ts';
import { refId, siListValues, siValue, type IfcLine } from './ifc-values.ts';
import type { ProjectUnits } from './read-units.ts';

const RECORDED_ELSEWHERE = new Set([
  'expressID',
  'type',
  'GlobalId',
  'OwnerHistory',
  'Name',
  'Description',
  'ObjectType',
  'ObjectPlacement',
  'Representation',
  'PredefinedType',
]);

/** The element's simple attributes by name, in SI units; null and reference values left out. */
export function readDirectAttributes(line: IfcLine, units: ProjectUnits): Record<string, IfcPropertyValue> {
  const attributes: Record<string, IfcPropertyValue> = {};
  for (const [name, value] of Object.entries(line)) {
    if (RECORDED_ELSEWHERE.has(name) || value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0 || value.some((item) => refId(item) !== null)) continue;
      attributes[name] = siListValues(value, units);
      continue;
    }
    if (typeof value === 'object' && refId(value) !== null) continue;
    const plain = siValue(value, units);
    if (plain !== null) attributes[name] = plain;
  }
  return attributes;
}
