/**
 * Reads the property and quantity sets of an element for the property facet: property sets,
 * element quantities and predefined property sets (whose attributes act as properties), attached
 * by IfcRelDefinesByProperties or, for type objects, HasPropertySets; materials and profiles carry
 * theirs as IfcMaterialProperties / IfcProfileProperties (IFC2X3: IfcExtendedMaterialProperties). An occurrence inherits its
 * type's sets; a property the occurrence defines in a set of the same name overrides the type's.
 * Every value is converted to IDS units (project unit, or the property's own unit).
 */
import type { IfcScalar } from '../values/ifc-scalar.ts';
import { refId, refIds, stringOf, type IfcLine } from './ifc-line.ts';
import type { ModelContext } from './model-context.ts';
import { readScalar } from './read-scalar.ts';

/** A property or quantity: its values (several for lists, enumerations, bounds and tables). */
export interface PropertyEntry {
  name: string;
  /** `unsupported` for complex properties, reference properties and complex quantities. */
  status: 'values' | 'unsupported';
  /** Non-empty values; an empty list means the property holds no value. */
  values: IfcScalar[];
  /** For bounded values: the lower and upper bound (null when not given). */
  bounds?: { lower: IfcScalar | null; upper: IfcScalar | null };
}

/** A named set of properties. */
export interface PropertySetEntry {
  name: string;
  properties: PropertyEntry[];
}

const QUANTITY_MEASURES: Record<string, [string, string]> = {
  IFCQUANTITYLENGTH: ['LengthValue', 'IFCLENGTHMEASURE'],
  IFCQUANTITYAREA: ['AreaValue', 'IFCAREAMEASURE'],
  IFCQUANTITYVOLUME: ['VolumeValue', 'IFCVOLUMEMEASURE'],
  IFCQUANTITYCOUNT: ['CountValue', 'IFCCOUNTMEASURE'],
  IFCQUANTITYWEIGHT: ['WeightValue', 'IFCMASSMEASURE'],
  IFCQUANTITYTIME: ['TimeValue', 'IFCTIMEMEASURE'],
  IFCQUANTITYNUMBER: ['NumberValue', 'IFCNUMERICMEASURE'],
};

const ROOT_ATTRIBUTES = new Set(['GlobalId', 'OwnerHistory', 'Name', 'Description']);

function scalars(ctx: ModelContext, raw: unknown, unitId: number | null, ifcType: string | null = null): IfcScalar[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .map((item) => readScalar(item, { units: ctx.units, unitId, ifcType }))
    .filter((s): s is IfcScalar => s !== null);
}

function readProperty(ctx: ModelContext, id: number): PropertyEntry | null {
  const line = ctx.line(id);
  const name = stringOf(line.Name);
  if (name === null) return null;
  const className = ctx.className(id);
  const unit = refId(line.Unit);
  switch (className) {
    case 'IFCPROPERTYSINGLEVALUE':
      return { name, status: 'values', values: scalars(ctx, line.NominalValue, unit) };
    case 'IFCPROPERTYENUMERATEDVALUE': {
      const reference = refId(line.EnumerationReference);
      const enumUnit = reference === null ? null : refId(ctx.line(reference).Unit);
      return { name, status: 'values', values: scalars(ctx, line.EnumerationValues ?? [], enumUnit) };
    }
    case 'IFCPROPERTYLISTVALUE':
      return { name, status: 'values', values: scalars(ctx, line.ListValues ?? [], unit) };
    case 'IFCPROPERTYBOUNDEDVALUE':
      return {
        name,
        status: 'values',
        values: [line.UpperBoundValue, line.LowerBoundValue, line.SetPointValue].flatMap((v) => scalars(ctx, v, unit)),
        bounds: { lower: scalars(ctx, line.LowerBoundValue, unit)[0] ?? null, upper: scalars(ctx, line.UpperBoundValue, unit)[0] ?? null },
      };
    case 'IFCPROPERTYTABLEVALUE':
      return {
        name,
        status: 'values',
        values: [
          ...scalars(ctx, line.DefiningValues ?? [], refId(line.DefiningUnit)),
          ...scalars(ctx, line.DefinedValues ?? [], refId(line.DefinedUnit)),
        ],
      };
    default: {
      const quantity = QUANTITY_MEASURES[className];
      if (quantity) return { name, status: 'values', values: scalars(ctx, line[quantity[0]], unit, quantity[1]) };
      return { name, status: 'unsupported', values: [] };
    }
  }
}

function readDefinition(ctx: ModelContext, id: number): PropertySetEntry | null {
  const line = ctx.line(id);
  const name = stringOf(line.Name);
  if (name === null) return null;
  if (ctx.isA(id, 'IFCPROPERTYSET')) {
    return { name, properties: refIds(line.HasProperties).map((p) => readProperty(ctx, p)).filter((p): p is PropertyEntry => p !== null) };
  }
  if (ctx.isA(id, 'IFCEXTENDEDPROPERTIES') || ctx.isA(id, 'IFCEXTENDEDMATERIALPROPERTIES')) {
    const properties = refIds(line.Properties ?? line.ExtendedProperties);
    return { name, properties: properties.map((p) => readProperty(ctx, p)).filter((p): p is PropertyEntry => p !== null) };
  }
  if (ctx.isA(id, 'IFCELEMENTQUANTITY')) {
    return { name, properties: refIds(line.Quantities).map((q) => readProperty(ctx, q)).filter((p): p is PropertyEntry => p !== null) };
  }
  if (ctx.isA(id, 'IFCPROPERTYSETDEFINITION')) return { name, properties: predefinedProperties(ctx, id, line) };
  return null;
}

/** The attributes of a predefined property set (e.g. IfcDoorPanelProperties) as properties. */
function predefinedProperties(ctx: ModelContext, id: number, line: IfcLine): PropertyEntry[] {
  const entity = ctx.schema.entity(ctx.className(id));
  if (!entity) return [];
  return entity.attributes
    .filter((a) => !ROOT_ATTRIBUTES.has(a.name))
    .filter((a) => line[a.name] !== null && line[a.name] !== undefined)
    .map((a) =>
      a.kind === 'value' || a.kind === 'enumeration'
        ? { name: a.name, status: 'values' as const, values: scalars(ctx, line[a.name], null, a.definedType) }
        : { name: a.name, status: 'unsupported' as const, values: [] },
    );
}

function ownDefinitions(ctx: ModelContext, id: number): number[] {
  const line = ctx.line(id);
  const fromType = ctx.isA(id, 'IFCTYPEOBJECT') ? refIds(line.HasPropertySets) : [];
  return [
    ...fromType,
    ...(ctx.relations.propertyDefinitions.get(id) ?? []),
    ...(ctx.relations.resourceProperties.get(id) ?? []),
  ];
}

function merge(target: Map<string, Map<string, PropertyEntry>>, definitions: number[], ctx: ModelContext): void {
  for (const definition of definitions) {
    const set = readDefinition(ctx, definition);
    if (!set) continue;
    let properties = target.get(set.name);
    if (!properties) {
      properties = new Map();
      target.set(set.name, properties);
    }
    for (const property of set.properties) properties.set(property.name, property);
  }
}

const cache = new WeakMap<ModelContext, Map<number, PropertySetEntry[]>>();

/** The property sets of an element, type sets merged under the occurrence's own (memoised per run). */
export function readPropertySets(ctx: ModelContext, id: number): PropertySetEntry[] {
  let perModel = cache.get(ctx);
  if (!perModel) {
    perModel = new Map();
    cache.set(ctx, perModel);
  }
  let sets = perModel.get(id);
  if (!sets) {
    sets = collectPropertySets(ctx, id);
    perModel.set(id, sets);
  }
  return sets;
}

function collectPropertySets(ctx: ModelContext, id: number): PropertySetEntry[] {
  const sets = new Map<string, Map<string, PropertyEntry>>();
  const typeId = ctx.isA(id, 'IFCTYPEOBJECT') ? null : ctx.typeOf(id);
  if (typeId !== null) merge(sets, ownDefinitions(ctx, typeId), ctx);
  merge(sets, ownDefinitions(ctx, id), ctx);
  return [...sets].map(([name, properties]) => ({ name, properties: [...properties.values()] }));
}
