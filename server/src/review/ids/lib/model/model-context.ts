/**
 * One opened model as the facet checks see it: cached lines, the schema metadata, the project
 * units and inverse-relation indexes (types, property sets, associations, decomposition, groups,
 * containment, voids and fills) built lazily in one pass over the relationship instances.
 */
import type { IfcAPI } from 'web-ifc';
import type { IdsIfcVersion } from '../../ids-model.ts';
import { ifcSchemaInfo, type IfcSchemaInfo } from '../schema/ifc-schema-info.ts';
import { refId, refIds, type IfcLine } from './ifc-line.ts';
import { ProjectUnits } from './project-units.ts';

/** Inverse relations, keyed by the express id of the element they start from. */
export interface RelationIndex {
  typeOf: Map<number, number>;
  propertyDefinitions: Map<number, number[]>;
  classifications: Map<number, number[]>;
  externalReferences: Map<number, number[]>;
  materials: Map<number, number[]>;
  aggregatedBy: Map<number, number[]>;
  nestedBy: Map<number, number[]>;
  groups: Map<number, number[]>;
  containedIn: Map<number, number[]>;
  fills: Map<number, number[]>;
  voids: Map<number, number[]>;
  /** Property sets of resources: material and profile properties. */
  resourceProperties: Map<number, number[]>;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Model access shared by the facet checks of one {@link checkIds} run. */
export class ModelContext {
  readonly schema: IfcSchemaInfo;
  private readonly lines = new Map<number, IfcLine>();
  private readonly classNames = new Map<number, string>();
  private relationIndex: RelationIndex | null = null;
  private projectUnits: ProjectUnits | null = null;

  constructor(readonly api: IfcAPI, readonly modelId: number, readonly version: IdsIfcVersion) {
    this.schema = ifcSchemaInfo(version);
  }

  /** A line by express id (flat: references stay as `{ type: 5, value }`). */
  line(id: number): IfcLine {
    let line = this.lines.get(id);
    if (!line) {
      line = this.api.GetLine(this.modelId, id, false) as IfcLine;
      this.lines.set(id, line);
    }
    return line;
  }

  /** Uppercase class name of a line, e.g. `IFCWALL`. */
  className(id: number): string {
    let name = this.classNames.get(id);
    if (name === undefined) {
      name = this.api.GetNameFromTypeCode(this.line(id).type).toUpperCase();
      this.classNames.set(id, name);
    }
    return name;
  }

  /** True when the line's class is `ancestor` or a subtype of it. */
  isA(id: number, ancestor: string): boolean {
    return this.schema.isSubtypeOf(this.className(id), ancestor);
  }

  /** Express ids of the instances of exactly this class (or with subtypes). */
  instancesOf(className: string, includeSubtypes = false): number[] {
    let code: number;
    try {
      code = this.api.GetTypeCodeFromName(className.toUpperCase());
    } catch {
      return [];
    }
    if (!code) return [];
    const vector = this.api.GetLineIDsWithType(this.modelId, code, includeSubtypes);
    const ids: number[] = [];
    for (let i = 0; i < vector.size(); i++) ids.push(vector.get(i));
    return ids;
  }

  /** Every express id in the model. */
  allInstances(): number[] {
    const vector = this.api.GetAllLines(this.modelId);
    const ids: number[] = [];
    for (let i = 0; i < vector.size(); i++) ids.push(vector.get(i));
    return ids;
  }

  /** The project units. */
  get units(): ProjectUnits {
    if (!this.projectUnits) this.projectUnits = new ProjectUnits(this.api, this.modelId, (id) => this.line(id));
    return this.projectUnits;
  }

  /** The inverse-relation index, built on first use. */
  get relations(): RelationIndex {
    if (!this.relationIndex) this.relationIndex = this.buildRelations();
    return this.relationIndex;
  }

  /** The type object of an occurrence (IfcRelDefinesByType), or null. */
  typeOf(id: number): number | null {
    return this.relations.typeOf.get(id) ?? null;
  }

  private each(className: string, visit: (line: IfcLine) => void): void {
    if (!this.schema.entity(className)) return;
    for (const id of this.instancesOf(className, true)) visit(this.line(id));
  }

  private buildRelations(): RelationIndex {
    const index: RelationIndex = {
      typeOf: new Map(), propertyDefinitions: new Map(), classifications: new Map(), externalReferences: new Map(),
      materials: new Map(), aggregatedBy: new Map(), nestedBy: new Map(), groups: new Map(), containedIn: new Map(),
      fills: new Map(), voids: new Map(), resourceProperties: new Map(),
    };
    this.each('IFCRELDEFINESBYTYPE', (rel) => {
      const type = refId(rel.RelatingType);
      if (type !== null) for (const id of refIds(rel.RelatedObjects)) index.typeOf.set(id, type);
    });
    this.each('IFCRELDEFINESBYPROPERTIES', (rel) => {
      const definitions = refIds(rel.RelatingPropertyDefinition);
      for (const id of refIds(rel.RelatedObjects)) for (const def of definitions) push(index.propertyDefinitions, id, def);
    });
    this.each('IFCRELASSOCIATESCLASSIFICATION', (rel) => {
      const target = refId(rel.RelatingClassification);
      if (target !== null) for (const id of refIds(rel.RelatedObjects)) push(index.classifications, id, target);
    });
    this.each('IFCEXTERNALREFERENCERELATIONSHIP', (rel) => {
      const target = refId(rel.RelatingReference);
      if (target !== null) for (const id of refIds(rel.RelatedResourceObjects)) push(index.externalReferences, id, target);
    });
    this.each('IFCRELASSOCIATESMATERIAL', (rel) => {
      const target = refId(rel.RelatingMaterial);
      if (target !== null) for (const id of refIds(rel.RelatedObjects)) push(index.materials, id, target);
    });
    this.each('IFCRELAGGREGATES', (rel) => {
      const whole = refId(rel.RelatingObject);
      if (whole !== null) for (const id of refIds(rel.RelatedObjects)) push(index.aggregatedBy, id, whole);
    });
    this.each('IFCRELNESTS', (rel) => {
      const whole = refId(rel.RelatingObject);
      if (whole !== null) for (const id of refIds(rel.RelatedObjects)) push(index.nestedBy, id, whole);
    });
    this.each('IFCRELASSIGNSTOGROUP', (rel) => {
      const group = refId(rel.RelatingGroup);
      if (group !== null) for (const id of refIds(rel.RelatedObjects)) push(index.groups, id, group);
    });
    this.each('IFCRELCONTAINEDINSPATIALSTRUCTURE', (rel) => {
      const container = refId(rel.RelatingStructure);
      if (container !== null) for (const id of refIds(rel.RelatedElements)) push(index.containedIn, id, container);
    });
    this.each('IFCRELFILLSELEMENT', (rel) => {
      const opening = refId(rel.RelatingOpeningElement);
      const element = refId(rel.RelatedBuildingElement);
      if (opening !== null && element !== null) push(index.fills, element, opening);
    });
    this.each('IFCRELVOIDSELEMENT', (rel) => {
      const host = refId(rel.RelatingBuildingElement);
      const opening = refId(rel.RelatedOpeningElement);
      if (host !== null && opening !== null) push(index.voids, opening, host);
    });
    for (const [className, attribute] of [
      ['IFCMATERIALPROPERTIES', 'Material'], ['IFCPROFILEPROPERTIES', 'ProfileDefinition'], ['IFCEXTENDEDMATERIALPROPERTIES', 'Material'],
    ] as const) {
      this.each(className, (definition) => {
        const owner = refId(definition[attribute]);
        if (owner !== null && definition.expressID !== undefined) push(index.resourceProperties, owner, definition.expressID as number);
      });
    }
    return index;
  }
}
