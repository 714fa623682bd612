/**
 * Builds one element record per IfcProduct with a GlobalId, plus IfcZone, from the relationship
 * index: type object, storey and spatial path (walking containment, then aggregation, upwards),
 * property and quantity sets (type first, occurrence overriding), materials and classifications
 * (occurrence and type). Bounding boxes are filled in from the meshes streamed afterwards.
 */
import { WebIfc } from './web-ifc.ts';
import type { IfcAPI } from 'web-ifc';
import type { IfcElementRecord, IfcObjectReference, IfcPropertyValue, IfcStoreyReference } from '../ifc-records.ts';
import { AssociationReader } from './read-associations.ts';
import { PropertySetReader } from './read-property-sets.ts';
import type { RelationIndex } from './build-relation-index.ts';
import { numberValue, refIds, stringValue } from './ifc-values.ts';
import { readDirectAttributes } from './read-direct-attributes.ts';
import type { ProjectUnits } from './read-units.ts';

/** A bounding box `[minX, minY, minZ, maxX, maxY, maxZ]`. */
export type BoundingBox = [number, number, number, number, number, number];

/** What {@link readElements} needs besides the model. */
export interface ReadElementsContext {
  api: IfcAPI;
  modelId: number;
  index: RelationIndex;
  units: ProjectUnits;
  /**
   * Read property and quantity sets, materials, classifications and attributes (default). Off,
   * records carry identity, class, type, storey and bounds only: what tiles need.
   */
  properties?: boolean;
}

/** Express ids of the lines of a class and its subclasses; empty when the schema lacks it. */
function idsWithSubtypes(api: IfcAPI, modelId: number, typeCode: number | undefined): number[] {
  if (typeCode === undefined) return [];
  try {
    const vector = api.GetLineIDsWithType(modelId, typeCode, true);
    const ids: number[] = [];
    for (let i = 0; i < vector.size(); i++) ids.push(vector.get(i));
    return ids;
  } catch {
    return [];
  }
}

/** Express ids of every IfcProduct and IfcZone of the model, in file order. */
export function listElementIds(api: IfcAPI, modelId: number): number[] {
  const ids = new Set([...idsWithSubtypes(api, modelId, WebIfc.IFCPRODUCT), ...idsWithSubtypes(api, modelId, WebIfc.IFCZONE)]);
  return [...ids].sort((a, b) => a - b);
}

/** Reads element records one by one, so the caller can send them in batches. */
export function* readElements(context: ReadElementsContext, ids: number[]): Generator<IfcElementRecord> {
  const { api, modelId, index, units } = context;
  const withProperties = context.properties ?? true;
  const properties = new PropertySetReader(api, modelId, units);
  const associations = new AssociationReader(api, modelId);
  const spatial = new Set([
    ...idsWithSubtypes(api, modelId, WebIfc.IFCPROJECT),
    ...idsWithSubtypes(api, modelId, WebIfc.IFCSPATIALSTRUCTUREELEMENT),
    ...idsWithSubtypes(api, modelId, (WebIfc as Record<string, unknown>).IFCSPATIALELEMENT as number | undefined),
  ]);
  const references = new Map<number, IfcObjectReference & { line: Record<string, unknown> }>();
  const reference = (id: number) => {
    let ref = references.get(id);
    if (!ref) {
      const line = api.GetLine(modelId, id);
      ref = { globalId: stringValue(line.GlobalId) ?? '', name: stringValue(line.Name), ifcClass: api.GetNameFromTypeCode(line.type), line };
      references.set(id, ref);
    }
    return ref;
  };
  const plain = (id: number): IfcObjectReference => {
    const { globalId, name, ifcClass } = reference(id);
    return { globalId, name, ifcClass };
  };

  for (const id of ids) {
    const line = api.GetLine(modelId, id);
    const globalId = stringValue(line.GlobalId);
    if (!globalId) continue;
    const ifcClass = api.GetNameFromTypeCode(line.type);
    const typeId = index.typeOf.get(id) ?? null;
    const typeLine = typeId === null ? null : reference(typeId).line;

    // Ancestors: containment first (elements), aggregation otherwise (spaces, storeys, parts).
    const ancestors: number[] = [];
    const seen = new Set([id]);
    for (let at = index.containedIn.get(id) ?? index.aggregatedBy.get(id); at !== undefined && !seen.has(at); ) {
      seen.add(at);
      ancestors.push(at);
      at = index.containedIn.get(at) ?? index.aggregatedBy.get(at);
    }
    const spatialPath = ancestors.filter((a) => spatial.has(a)).reverse().map(plain);
    const storeyId = ancestors.find((a) => reference(a).ifcClass.toUpperCase() === 'IFCBUILDINGSTOREY');
    let storey: IfcStoreyReference | null = null;
    if (storeyId !== undefined) {
      const ref = reference(storeyId);
      const elevation = numberValue(ref.line.Elevation);
      storey = { globalId: ref.globalId, name: ref.name, elevation: elevation === null ? null : elevation * units.lengthScale };
    }

    const propertySets: Record<string, Record<string, IfcPropertyValue>> = {};
    const quantitySets: Record<string, Record<string, number>> = {};
    const typePropertySets = new Set<string>();
    const addDefinition = (definitionId: number, fromType: boolean) => {
      const definition = properties.read(definitionId);
      if (definition.kind === 'properties') {
        propertySets[definition.name] = { ...propertySets[definition.name], ...definition.values };
        if (fromType) typePropertySets.add(definition.name);
      } else if (definition.kind === 'quantities') {
        quantitySets[definition.name] = { ...quantitySets[definition.name], ...definition.values };
      }
    };
    let materials: string[] = [];
    let classifications: IfcElementRecord['classifications'] = [];
    if (withProperties) {
      if (typeLine) for (const definitionId of refIds(typeLine.HasPropertySets)) addDefinition(definitionId, true);
      if (typeId !== null) for (const definitionId of index.propertySets.get(typeId) ?? []) addDefinition(definitionId, true);
      for (const definitionId of index.propertySets.get(id) ?? []) addDefinition(definitionId, false);
      const materialIds = [...(index.materials.get(id) ?? []), ...(typeId === null ? [] : index.materials.get(typeId) ?? [])];
      materials = [...new Set(materialIds.flatMap((m) => associations.materialNames(m)))];
      const classificationIds = [...(index.classifications.get(id) ?? []), ...(typeId === null ? [] : index.classifications.get(typeId) ?? [])];
      classifications = [...new Set(classificationIds)].map((c) => associations.classification(c));
    }

    let predefinedType = stringValue(line.PredefinedType);
    if ((predefinedType === null || predefinedType === 'NOTDEFINED') && typeLine) predefinedType = stringValue(typeLine.PredefinedType) ?? predefinedType;

    const record: IfcElementRecord = {
      expressId: id,
      globalId,
      ifcClass,
      predefinedType,
      name: stringValue(line.Name),
      description: stringValue(line.Description),
      objectType: stringValue(line.ObjectType),
      attributes: withProperties ? readDirectAttributes(line, units) : {},
      typeObject: typeId === null ? null : plain(typeId),
      storey,
      spatialPath,
      propertySets,
      typePropertySets: [...typePropertySets],
      quantitySets,
      materials,
      classifications,
      // Bounds come with the meshes, after the records (see ifc-worker.ts).
      bbox: null,
    };
    const upper = ifcClass.toUpperCase();
    if (upper === 'IFCZONE') {
      record.zoneSpaces = (index.groupMembers.get(id) ?? []).map((m) => reference(m)).filter((m) => m.ifcClass.toUpperCase() === 'IFCSPACE').map((m) => m.globalId);
    } else if (upper === 'IFCSPACE') {
      record.spaceQuantities = spaceQuantities(quantitySets);
    }
    yield record;
  }
}

/** Area and volume of a space: Qto_SpaceBaseQuantities first, else any set naming them. */
export function spaceQuantities(quantitySets: Record<string, Record<string, number>>): NonNullable<IfcElementRecord['spaceQuantities']> {
  const sets = Object.entries(quantitySets).sort(([a], [b]) => Number(b === 'Qto_SpaceBaseQuantities') - Number(a === 'Qto_SpaceBaseQuantities'));
  const find = (name: string): number | undefined => {
    for (const [, values] of sets) if (typeof values[name] === 'number') return values[name];
    return undefined;
  };
  const result: NonNullable<IfcElementRecord['spaceQuantities']> = {};
  const netFloorArea = find('NetFloorArea');
  const grossFloorArea = find('GrossFloorArea');
  const netVolume = find('NetVolume');
  const grossVolume = find('GrossVolume');
  if (netFloorArea !== undefined) result.netFloorArea = netFloorArea;
  if (grossFloorArea !== undefined) result.grossFloorArea = grossFloorArea;
  if (netVolume !== undefined) result.netVolume = netVolume;
  if (grossVolume !== undefined) result.grossVolume = grossVolume;
  return result;
}
