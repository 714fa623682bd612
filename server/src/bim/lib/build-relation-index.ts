/**
 * Indexes the relationship objects of a model once, so that reading each element is a few map
 * look-ups instead of a scan over all relationships (web-ifc's `properties` helper scans per
 * element, which is quadratic on large models). Each relationship class is iterated exactly once.
 */
import { WebIfc } from './web-ifc.ts';
import type { IfcAPI } from 'web-ifc';
import { refId, refIds } from './ifc-values.ts';

/** Look-ups from an object to what relationships attach to it. */
export interface RelationIndex {
  /** Object → property set definitions (IfcRelDefinesByProperties). */
  propertySets: Map<number, number[]>;
  /** Object → its type object (IfcRelDefinesByType). */
  typeOf: Map<number, number>;
  /** Object or type → material selects (IfcRelAssociatesMaterial). */
  materials: Map<number, number[]>;
  /** Object or type → classification references (IfcRelAssociatesClassification). */
  classifications: Map<number, number[]>;
  /** Element → spatial structure element containing it (IfcRelContainedInSpatialStructure). */
  containedIn: Map<number, number>;
  /** Part → whole (IfcRelAggregates, also IfcRelDecomposes in IFC2X3 files). */
  aggregatedBy: Map<number, number>;
  /** Group (e.g. IfcZone) → members (IfcRelAssignsToGroup). */
  groupMembers: Map<number, number[]>;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Visits every line of one IFC class (not its subclasses). */
export function forEachLine(api: IfcAPI, modelId: number, typeCode: number, visit: (line: Record<string, unknown>) => void): void {
  const ids = api.GetLineIDsWithType(modelId, typeCode);
  for (let i = 0; i < ids.size(); i++) visit(api.GetLine(modelId, ids.get(i)));
}

/** Which look-ups to build. */
export interface RelationIndexOptions {
  /** Property sets, materials and classifications (off: the spatial and type look-ups only). */
  properties?: boolean;
}

/** Builds the relationship look-ups of a model in one pass per relationship class. */
export function buildRelationIndex(api: IfcAPI, modelId: number, options: RelationIndexOptions = {}): RelationIndex {
  const index: RelationIndex = {
    propertySets: new Map(),
    typeOf: new Map(),
    materials: new Map(),
    classifications: new Map(),
    containedIn: new Map(),
    aggregatedBy: new Map(),
    groupMembers: new Map(),
  };
  forEachLine(api, modelId, WebIfc.IFCRELDEFINESBYTYPE, (rel) => {
    const type = refId(rel.RelatingType);
    if (type !== null) for (const object of refIds(rel.RelatedObjects)) index.typeOf.set(object, type);
  });
  if (options.properties ?? true) {
    forEachLine(api, modelId, WebIfc.IFCRELDEFINESBYPROPERTIES, (rel) => {
      const definitions = refIds(rel.RelatingPropertyDefinition);
      for (const object of refIds(rel.RelatedObjects)) for (const definition of definitions) push(index.propertySets, object, definition);
    });
    forEachLine(api, modelId, WebIfc.IFCRELASSOCIATESMATERIAL, (rel) => {
      const material = refId(rel.RelatingMaterial);
      if (material !== null) for (const object of refIds(rel.RelatedObjects)) push(index.materials, object, material);
    });
    forEachLine(api, modelId, WebIfc.IFCRELASSOCIATESCLASSIFICATION, (rel) => {
      const classification = refId(rel.RelatingClassification);
      if (classification !== null) for (const object of refIds(rel.RelatedObjects)) push(index.classifications, object, classification);
    });
  }
  forEachLine(api, modelId, WebIfc.IFCRELCONTAINEDINSPATIALSTRUCTURE, (rel) => {
    const structure = refId(rel.RelatingStructure);
    if (structure !== null) for (const element of refIds(rel.RelatedElements)) if (!index.containedIn.has(element)) index.containedIn.set(element, structure);
  });
  forEachLine(api, modelId, WebIfc.IFCRELAGGREGATES, (rel) => {
    const whole = refId(rel.RelatingObject);
    if (whole !== null) for (const part of refIds(rel.RelatedObjects)) index.aggregatedBy.set(part, whole);
  });
  forEachLine(api, modelId, WebIfc.IFCRELASSIGNSTOGROUP, (rel) => {
    const group = refId(rel.RelatingGroup);
    if (group !== null) for (const member of refIds(rel.RelatedObjects)) push(index.groupMembers, group, member);
  });
  return index;
}
