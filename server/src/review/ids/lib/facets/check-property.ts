/**
 * Property facet. Required: at least one property set matches, and in every matching set at least
 * one property matches the base name, and every matching property holds a value of the dataType
 * (when given) that satisfies the value (when given); for lists, enumerations, bounds and tables one
 * satisfying value is enough, except that a range restriction on a bounded value applies to its
 * bounds. Complex and reference properties never satisfy it. Optional: passes
 * when no matching property exists, otherwise as required. Prohibited: fails when a matching
 * property exists (with a satisfying value, when dataType or value are given).
 */
import type { IdsPropertyFacet, IdsRestriction, IdsValue } from '../../ids-model.ts';
import { describeScalar, type IfcScalar } from '../values/ifc-scalar.ts';
import { matchesIdsValue, matchesName } from '../values/match-ids-value.ts';
import type { ModelContext } from '../model/model-context.ts';
import { readPropertySets, type PropertyEntry } from '../model/read-property-sets.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

function hasDataType(ctx: ModelContext, scalar: IfcScalar, dataType: string): boolean {
  if (scalar.ifcType !== null) return scalar.ifcType === dataType;
  if (scalar.kind !== 'string') return false;
  return ctx.schema.enumerationValues(dataType)?.includes(scalar.value) ?? false;
}

function satisfies(ctx: ModelContext, scalar: IfcScalar, facet: IdsPropertyFacet): boolean {
  if (facet.dataType !== null && !hasDataType(ctx, scalar, facet.dataType)) return false;
  return facet.value === null || matchesIdsValue(facet.value, scalar);
}

function hasBoundFacets(value: IdsValue | null): value is IdsRestriction {
  return value !== null && value.kind === 'restriction'
    && (value.minInclusive !== null || value.minExclusive !== null || value.maxInclusive !== null || value.maxExclusive !== null);
}

/**
 * A range restriction on a bounded property constrains the range itself: the lower bound must be
 * given and within range when the restriction has a minimum, the upper bound when it has a
 * maximum, and every given bound must satisfy the whole restriction (the set point is not a bound).
 */
function boundedOutcome(ctx: ModelContext, where: string, property: PropertyEntry, facet: IdsPropertyFacet): FacetOutcome {
  const restriction = facet.value as IdsRestriction;
  const { lower, upper } = property.bounds!;
  if ((restriction.minInclusive !== null || restriction.minExclusive !== null) && lower === null) return fail(`${where} has no lower bound`);
  if ((restriction.maxInclusive !== null || restriction.maxExclusive !== null) && upper === null) return fail(`${where} has no upper bound`);
  for (const bound of [lower, upper]) {
    if (bound !== null && !satisfies(ctx, bound, facet)) return fail(`${where} has the bound ${describeScalar(bound)}`, bound.value);
  }
  return PASS;
}

function propertyOutcome(ctx: ModelContext, setName: string, property: PropertyEntry, facet: IdsPropertyFacet): FacetOutcome {
  const where = `${setName}.${property.name}`;
  if (property.status === 'unsupported') return fail(`${where} is a complex or reference property, which IDS cannot check`);
  if (property.values.length === 0) return fail(`${where} has no value`);
  if (property.bounds && hasBoundFacets(facet.value)) return boundedOutcome(ctx, where, property, facet);
  if (property.values.some((scalar) => satisfies(ctx, scalar, facet))) return PASS;
  const first = property.values[0];
  const typeNote = facet.dataType !== null && !property.values.some((s) => hasDataType(ctx, s, facet.dataType!))
    ? ` of type ${first.ifcType ?? 'enumeration'}` : '';
  return fail(`${where} is ${property.values.map(describeScalar).join(', ')}${typeNote}`, first.value);
}

/** Evaluates a property facet with its cardinality. */
export function checkProperty(ctx: ModelContext, id: number, facet: IdsPropertyFacet): FacetOutcome {
  const sets = readPropertySets(ctx, id).filter((set) => matchesName(facet.propertySet, set.name));
  const matches = sets.map((set) => ({
    set,
    properties: set.properties.filter((p) => matchesName(facet.baseName, p.name)),
  }));
  const found = matches.flatMap((m) => m.properties.map((property) => ({ set: m.set.name, property })));

  if (facet.cardinality === 'prohibited') {
    const offending = found.find(({ set, property }) =>
      facet.dataType === null && facet.value === null ? true : propertyOutcome(ctx, set, property, facet).pass,
    );
    if (!offending) return PASS;
    const value = offending.property.values[0];
    return fail(`${offending.set}.${offending.property.name} is present`, value ? value.value : null);
  }
  if (facet.cardinality === 'optional' && found.length === 0) return PASS;
  if (sets.length === 0) return fail('no matching property set');
  for (const { set, properties } of matches) {
    if (properties.length === 0) {
      if (facet.cardinality === 'optional') continue;
      return fail(`${set.name} has no matching property`);
    }
    for (const property of properties) {
      const outcome = propertyOutcome(ctx, set.name, property, facet);
      if (!outcome.pass) return outcome;
    }
  }
  return PASS;
}
