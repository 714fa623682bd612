/**
 * Attribute facet: the element's own explicit attributes whose names match (attributes of the type
 * object do not count). Required: at least one matching attribute holds a value (null, '', empty
 * aggregates and logical UNKNOWN do not) and, when a value is given, every such value matches it;
 * references, selects of entities and aggregates never match a value. Optional: a null attribute
 * passes, anything else (even '') is checked as required. Prohibited: fails when an attribute is set at all (even to ''),
 * or, with a value, when the required check would pass.
 */
import type { IdsAttributeFacet } from '../../ids-model.ts';
import { describeScalar } from '../values/ifc-scalar.ts';
import { matchesIdsValue, matchesName } from '../values/match-ids-value.ts';
import type { ModelContext } from '../model/model-context.ts';
import { readScalar } from '../model/read-scalar.ts';
import type { AttributeInfo } from '../schema/ifc-schema-info.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

interface AttributeValue {
  info: AttributeInfo;
  raw: unknown;
}

function matchingAttributes(ctx: ModelContext, id: number, facet: IdsAttributeFacet): AttributeValue[] {
  const entity = ctx.schema.entity(ctx.className(id));
  if (!entity) return [];
  const line = ctx.line(id);
  return entity.attributes.filter((a) => matchesName(facet.name, a.name)).map((info) => ({ info, raw: line[info.name] }));
}

function isEmpty(value: AttributeValue, ctx: ModelContext): boolean {
  const { raw, info } = value;
  if (raw === null || raw === undefined) return true;
  if (Array.isArray(raw)) return raw.length === 0;
  if (info.kind === 'reference') return false;
  return readScalar(raw, { units: ctx.units, ifcType: info.definedType }) === null;
}

function plain(raw: unknown): string | number | boolean | null {
  const scalar = readScalar(raw);
  return scalar === null ? null : scalar.value;
}

function requiredOutcome(ctx: ModelContext, values: AttributeValue[], facet: IdsAttributeFacet): FacetOutcome {
  if (values.length === 0) return fail('the attribute does not exist on this class');
  const present = values.filter((v) => !isEmpty(v, ctx));
  if (present.length === 0) return fail('the attribute is empty', plain(values[0].raw));
  if (facet.value === null) return PASS;
  for (const value of present) {
    if (value.info.kind === 'reference' || value.info.kind === 'aggregate' || Array.isArray(value.raw)) {
      return fail(`${value.info.name} refers to an object, not a value`);
    }
    const scalar = readScalar(value.raw, { units: ctx.units, ifcType: value.info.definedType });
    if (scalar === null || !matchesIdsValue(facet.value, scalar)) {
      return fail(`${value.info.name} is ${scalar === null ? 'empty' : describeScalar(scalar)}`, scalar?.value ?? null);
    }
  }
  return PASS;
}

/** Evaluates an attribute facet with its cardinality. */
export function checkAttribute(ctx: ModelContext, id: number, facet: IdsAttributeFacet): FacetOutcome {
  const values = matchingAttributes(ctx, id, facet);
  if (facet.cardinality === 'optional') {
    const set = values.filter((v) => v.raw !== null && v.raw !== undefined);
    return set.length === 0 ? PASS : requiredOutcome(ctx, set, facet);
  }
  if (facet.cardinality === 'prohibited') {
    if (facet.value === null) {
      const set = values.find((v) => v.raw !== null && v.raw !== undefined);
      return set ? fail(`${set.info.name} is set`, plain(set.raw)) : PASS;
    }
    const required = requiredOutcome(ctx, values, facet);
    return required.pass ? fail('the attribute has the prohibited value', firstValue(values)) : PASS;
  }
  return requiredOutcome(ctx, values, facet);
}

function firstValue(values: AttributeValue[]): string | number | boolean | null {
  for (const v of values) {
    const value = plain(v.raw);
    if (value !== null) return value;
  }
  return null;
}
