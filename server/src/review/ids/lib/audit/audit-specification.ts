/**
 * Content rules of IDS 1.0 beyond the XSD, after the buildingSMART IDS audit tool: facet
 * parameters must name things the declared IFC schemas have (classes in uppercase, explicit
 * attributes, predefined types the class allows, dataTypes of the schema), values must be valid
 * literals of the type they constrain, cardinalities must make sense (an optional attribute needs
 * a value, an optional property a dataType, a prohibited property none), a prohibited
 * specification takes no requirements, and applicability and requirements must be able to select
 * at least one common class.
 */
import type { IdsFacet, IdsIfcVersion, IdsSpecification, XsBaseType } from '../../ids-model.ts';
import { dataTypeBase, isDataTypeOf } from '../schema/ids-data-types.ts';
import { IFC2X3_OCCURRENCE_TYPES } from '../schema/ifc2x3-type-mapping.ts';
import { ifcSchemaInfo, type IfcSchemaInfo } from '../schema/ifc-schema-info.ts';
import type { IdsProblem } from '../xml/validate-ids-xsd.ts';
import { auditNames } from './audit-names.ts';
import { auditRestrictionShape, auditValue } from './audit-value.ts';

interface SchemaFacts {
  info: IfcSchemaInfo;
  entityNames: string[];
  attributeNames: string[];
  valueAttributeNames: string[];
}

const factsCache = new Map<IdsIfcVersion, SchemaFacts>();

function facts(version: IdsIfcVersion): SchemaFacts {
  let cached = factsCache.get(version);
  if (!cached) {
    const info = ifcSchemaInfo(version);
    const entityNames = [...info.entities()].map((e) => e.upper);
    if (version === 'IFC2X3') entityNames.push(...Object.keys(IFC2X3_OCCURRENCE_TYPES));
    const attributes = [...info.entities()].flatMap((e) => e.attributes);
    cached = {
      info,
      entityNames,
      attributeNames: [...new Set(attributes.map((a) => a.name))],
      valueAttributeNames: [...new Set(attributes.filter((a) => a.kind === 'value' || a.kind === 'enumeration').map((a) => a.name))],
    };
    factsCache.set(version, cached);
  }
  return cached;
}

/** Classes an entity name stands for (IFC2X3 mapped names stand for their occurrence class). */
function classesOf(names: string[], version: IdsIfcVersion): string[] {
  return names.map((name) => (version === 'IFC2X3' && IFC2X3_OCCURRENCE_TYPES[name] ? IFC2X3_OCCURRENCE_TYPES[name][0] : name));
}

/** Problems of one facet in one schema, and the classes it can apply to (null: unconstrained). */
function auditFacet(facet: IdsFacet, version: IdsIfcVersion, report: (message: string) => void): Set<string> | null {
  const { info, entityNames, attributeNames, valueAttributeNames } = facts(version);
  switch (facet.facet) {
    case 'entity':
    case 'partOf': {
      const name = facet.facet === 'entity' ? facet.name : facet.entity.name;
      const predefinedType = facet.facet === 'entity' ? facet.predefinedType : facet.entity.predefinedType;
      const names = auditNames(name, entityNames, `${version} class name`);
      if (!names.ok) {
        report(names.problem);
        return new Set();
      }
      if (predefinedType !== null) auditPredefinedType(info, names.matches, predefinedType, version, report);
      if (facet.facet === 'partOf') auditPartOfRelation(info, classesOf(names.matches, version), facet.relation, report);
      return facet.facet === 'entity' ? new Set(classesOf(names.matches, version)) : null;
    }
    case 'attribute': {
      const allowed = facet.value === null ? attributeNames : valueAttributeNames;
      const names = auditNames(facet.name, allowed, facet.value === null ? `${version} attribute name` : `${version} attribute name holding a value`);
      if (!names.ok) {
        report(names.problem);
        return new Set();
      }
      const matched = new Set(names.matches);
      const classes = new Set<string>();
      const bases = new Set<XsBaseType>();
      let unknownBase = false;
      for (const entity of info.entities()) {
        for (const attribute of entity.attributes) {
          if (!matched.has(attribute.name)) continue;
          if (facet.value !== null && attribute.kind !== 'value' && attribute.kind !== 'enumeration') continue;
          classes.add(entity.upper);
          if (attribute.kind === 'enumeration') bases.add('string');
          else if (attribute.definedType) {
            const base = dataTypeBase(attribute.definedType);
            if (base) bases.add(base);
            else unknownBase = true;
          }
        }
      }
      if (facet.value !== null) {
        for (const problem of auditValue(facet.value, unknownBase ? [] : [...bases], `attribute ${[...matched].join('/')}`)) report(problem);
      }
      return classes;
    }
    case 'property': {
      for (const problem of [...auditRestrictionShape(facet.propertySet), ...auditRestrictionShape(facet.baseName)]) report(problem);
      if (facet.dataType !== null && !isDataTypeOf(facet.dataType, version)) report(`dataType ${facet.dataType} is not a ${version} defined type`);
      if (facet.value !== null) {
        if (facet.dataType === null) report('a property value requires a dataType');
        const base = facet.dataType === null ? null : dataTypeBase(facet.dataType);
        for (const problem of auditValue(facet.value, base ? [base] : [], `dataType ${facet.dataType}`)) report(problem);
      }
      return null;
    }
    case 'classification':
      for (const value of [facet.system, facet.value]) if (value) for (const problem of auditRestrictionShape(value)) report(problem);
      return null;
    case 'material':
      if (facet.value) for (const problem of auditRestrictionShape(facet.value)) report(problem);
      return null;
  }
}

function auditPredefinedType(
  info: IfcSchemaInfo,
  names: string[],
  predefinedType: NonNullable<Extract<IdsFacet, { facet: 'entity' }>['predefinedType']>,
  version: IdsIfcVersion,
  report: (message: string) => void,
): void {
  for (const problem of auditRestrictionShape(predefinedType)) report(problem);
  const allowed = new Set<string>();
  for (const name of names) {
    const owner = version === 'IFC2X3' && IFC2X3_OCCURRENCE_TYPES[name] ? IFC2X3_OCCURRENCE_TYPES[name][1] : name;
    const values = info.predefinedTypeValues(owner);
    if (values === null) {
      report(`${version} class ${info.entity(owner)?.name ?? owner} has no predefined type`);
      return;
    }
    if (values === 'any') return;
    for (const value of values) allowed.add(value);
  }
  const result = auditNames(predefinedType, allowed, `predefined type of ${names.join('/')}`);
  if (!result.ok) report(result.problem);
}

const PART_OF_WHOLES: Record<string, string[]> = {
  IFCRELASSIGNSTOGROUP: ['IFCGROUP'],
  IFCRELCONTAINEDINSPATIALSTRUCTURE: ['IFCSPATIALELEMENT', 'IFCSPATIALSTRUCTUREELEMENT'],
};

function auditPartOfRelation(info: IfcSchemaInfo, classes: string[], relation: string | null, report: (message: string) => void): void {
  const wholes = relation === null ? undefined : PART_OF_WHOLES[relation];
  if (!wholes) return;
  const possible = wholes.filter((w) => info.entity(w));
  if (possible.length === 0) return;
  if (!classes.some((c) => possible.some((w) => info.isSubtypeOf(c, w)))) {
    report(`${classes.join('/')} cannot be the whole of ${relation}`);
  }
}

function auditCardinality(facet: IdsFacet, report: (message: string) => void): void {
  if (facet.cardinality === 'optional') {
    if (facet.facet === 'attribute' && facet.value === null) report('an optional attribute facet needs a value, or it can never fail');
    if (facet.facet === 'property' && facet.dataType === null) report('an optional property facet needs a dataType');
    if (facet.facet === 'material' && facet.value === null) report('an optional material facet needs a value, or it can never fail');
    if (facet.facet === 'classification' && facet.value === null) report('an optional classification facet needs a value, or it can never fail');
  }
  if (facet.cardinality === 'prohibited' && facet.facet === 'property' && facet.dataType !== null) {
    report('a prohibited property facet cannot specify a dataType');
  }
}

function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

/** Content problems of one specification. */
export function auditSpecification(spec: IdsSpecification): IdsProblem[] {
  const problems: IdsProblem[] = [];
  const at = (line: number | null) => (message: string) => problems.push({ line, message: `specification "${spec.name}": ${message}` });
  if (spec.applicability.length === 0) at(spec.line)('the applicability needs at least one facet');
  if (spec.usage === 'prohibited' && spec.requirements.length > 0) at(spec.line)('a prohibited specification (maxOccurs 0) cannot have requirements');
  if (typeof spec.maxOccurs === 'number' && spec.minOccurs > spec.maxOccurs) at(spec.line)('minOccurs is greater than maxOccurs');
  for (const facet of spec.requirements) auditCardinality(facet, at(facet.line));
  for (const version of spec.ifcVersions) {
    const seen = new Set<string>();
    const reportOnce = (line: number | null) => (message: string) => {
      if (seen.has(`${line}:${message}`)) return;
      seen.add(`${line}:${message}`);
      at(line)(message);
    };
    let applicable: Set<string> | null = null;
    for (const facet of spec.applicability) applicable = intersect(applicable, auditFacet(facet, version, reportOnce(facet.line)));
    let required: Set<string> | null = null;
    for (const facet of spec.requirements) {
      const classes = auditFacet(facet, version, reportOnce(facet.line));
      if (facet.cardinality === 'required') required = intersect(required, classes);
    }
    if (applicable !== null && applicable.size === 0 && spec.applicability.length > 0 && problems.length === 0) {
      at(spec.line)(`in ${version} no class can meet all applicability facets`);
    }
    const both = intersect(applicable, required);
    if (applicable !== null && required !== null && applicable.size > 0 && required.size > 0 && both !== null && both.size === 0) {
      at(spec.line)(`in ${version} no class meets both the applicability and the requirements`);
    }
  }
  return problems;
}
