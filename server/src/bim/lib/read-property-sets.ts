/**
 * Reads IfcPropertySet and IfcElementQuantity lines into plain objects. Each definition is read
 * once and cached by express id, because type objects and copy-pasted occurrences share them.
 * Quantities and length, area and volume property values are converted to SI (m, m², m³) with
 * the project units, so review rules compare like with like whatever unit a model is drawn in.
 */
import type { IfcAPI } from 'web-ifc';
import type { IfcPropertyValue } from '../ifc-records.ts';
import { numberValue, refId, refIds, siListValues, siValue, stringValue, type IfcLine } from './ifc-values.ts';
import type { ProjectUnits } from './read-units.ts';

/** A read property set or quantity set. */
export type PropertyDefinition =
  | { kind: 'properties'; name: string; values: Record<string, IfcPropertyValue> }
  | { kind: 'quantities'; name: string; values: Record<string, number> }
  | { kind: 'other' };

/** Reads and caches property and quantity set definitions of one model. */
export class PropertySetReader {
  private readonly cache = new Map<number, PropertyDefinition>();

  constructor(
    private readonly api: IfcAPI,
    private readonly modelId: number,
    private readonly units: ProjectUnits,
  ) {}

  /** The property or quantity set with this express id. */
  read(definitionId: number): PropertyDefinition {
    let definition = this.cache.get(definitionId);
    if (!definition) {
      definition = this.readUncached(definitionId);
      this.cache.set(definitionId, definition);
    }
    return definition;
  }

  private className(line: IfcLine): string {
    return this.api.GetNameFromTypeCode(line.type).toUpperCase();
  }

  private readUncached(definitionId: number): PropertyDefinition {
    const line = this.api.GetLine(this.modelId, definitionId);
    const className = this.className(line);
    const name = stringValue(line.Name) ?? `#${definitionId}`;
    if (className === 'IFCPROPERTYSET') return { kind: 'properties', name, values: this.readProperties(refIds(line.HasProperties), 0) };
    if (className === 'IFCELEMENTQUANTITY') return { kind: 'quantities', name, values: this.readQuantities(refIds(line.Quantities), '') };
    return { kind: 'other' };
  }

  private readProperties(ids: number[], depth: number): Record<string, IfcPropertyValue> {
    const values: Record<string, IfcPropertyValue> = {};
    for (const id of ids) {
      const property = this.api.GetLine(this.modelId, id);
      const name = stringValue(property.Name);
      if (name === null) continue;
      values[name] = this.readProperty(property, depth);
    }
    return values;
  }

  private readProperty(property: IfcLine, depth: number): IfcPropertyValue {
    switch (this.className(property)) {
      case 'IFCPROPERTYSINGLEVALUE':
        return siValue(property.NominalValue, this.units);
      case 'IFCPROPERTYENUMERATEDVALUE': {
        const values = siListValues(property.EnumerationValues, this.units);
        return values.length === 1 ? values[0] : values;
      }
      case 'IFCPROPERTYLISTVALUE':
        return siListValues(property.ListValues, this.units);
      case 'IFCPROPERTYBOUNDEDVALUE': {
        const bounded: { lower: IfcPropertyValue; upper: IfcPropertyValue; set?: IfcPropertyValue } = {
          lower: siValue(property.LowerBoundValue, this.units),
          upper: siValue(property.UpperBoundValue, this.units),
        };
        const set = siValue(property.SetPointValue, this.units);
        if (set !== null) bounded.set = set;
        return bounded;
      }
      case 'IFCPROPERTYTABLEVALUE':
        return { defining: siListValues(property.DefiningValues, this.units), defined: siListValues(property.DefinedValues, this.units) };
      case 'IFCCOMPLEXPROPERTY':
        return depth > 8 ? null : this.readProperties(refIds(property.HasProperties), depth + 1);
      case 'IFCPROPERTYREFERENCEVALUE': {
        const target = refId(property.PropertyReference);
        if (target === null) return stringValue(property.UsageName);
        const referenced = this.api.GetLine(this.modelId, target);
        return stringValue(referenced?.Name) ?? stringValue(property.UsageName);
      }
      default:
        return null;
    }
  }

  private readQuantities(ids: number[], prefix: string): Record<string, number> {
    const values: Record<string, number> = {};
    for (const id of ids) {
      const quantity = this.api.GetLine(this.modelId, id);
      const name = stringValue(quantity.Name);
      if (name === null) continue;
      const key = prefix + name;
      const className = this.className(quantity);
      if (className === 'IFCPHYSICALCOMPLEXQUANTITY') {
        Object.assign(values, this.readQuantities(refIds(quantity.HasQuantities), `${key}.`));
        continue;
      }
      const value = this.readQuantity(className, quantity);
      if (value !== null) values[key] = value;
    }
    return values;
  }

  private readQuantity(className: string, quantity: IfcLine): number | null {
    const { lengthScale, areaScale, volumeScale } = this.units;
    const scaled = (attribute: unknown, scale: number): number | null => {
      const value = numberValue(attribute);
      return value === null ? null : value * scale;
    };
    switch (className) {
      case 'IFCQUANTITYLENGTH':
        return scaled(quantity.LengthValue, lengthScale);
      case 'IFCQUANTITYAREA':
        return scaled(quantity.AreaValue, areaScale);
      case 'IFCQUANTITYVOLUME':
        return scaled(quantity.VolumeValue, volumeScale);
      case 'IFCQUANTITYCOUNT':
        return numberValue(quantity.CountValue);
      case 'IFCQUANTITYWEIGHT':
        return numberValue(quantity.WeightValue);
      case 'IFCQUANTITYTIME':
        return numberValue(quantity.TimeValue);
      case 'IFCQUANTITYNUMBER':
        return numberValue(quantity.NumberValue);
      default:
        return null;
    }
  }
}
