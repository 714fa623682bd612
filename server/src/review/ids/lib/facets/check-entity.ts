/**
 * Entity facet: the element's IFC class must match exactly (subtypes do not match) and, when given,
 * its predefined type. The predefined type is resolved as IfcOpenShell does: the type object's
 * value wins unless it is empty or NOTDEFINED; USERDEFINED resolves to ObjectType / ElementType /
 * ProcessType, and the literal USERDEFINED also matches. In IFC2X3 the IFC4 occurrence names of
 * the documented mapping table match the generic occurrence class typed by the named type class.
 */
import type { IdsEntityFacet, IdsValue } from '../../ids-model.ts';
import { matchesName } from '../values/match-ids-value.ts';
import { stringOf, type IfcLine } from '../model/ifc-line.ts';
import type { ModelContext } from '../model/model-context.ts';
import { IFC2X3_OCCURRENCE_TYPES } from '../schema/ifc2x3-type-mapping.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

/** The names an element answers to in an entity facet: its class, plus an IFC2X3 mapped name. */
export function entityNamesOf(ctx: ModelContext, id: number): string[] {
  const className = ctx.className(id);
  if (ctx.version !== 'IFC2X3') return [className];
  const typeId = ctx.typeOf(id);
  if (typeId === null) return [className];
  const typeClass = ctx.className(typeId);
  const names = [className];
  for (const [name, [occurrence, type]] of Object.entries(IFC2X3_OCCURRENCE_TYPES)) {
    if (occurrence === className && type === typeClass) names.push(name);
  }
  return names;
}

function resolveOwn(line: IfcLine, isType: boolean): { value: string | null; userDefined: boolean } {
  const predefined = stringOf(line.PredefinedType);
  if (predefined !== null && predefined !== 'USERDEFINED') return { value: predefined, userDefined: false };
  const custom = isType
    ? stringOf(line.ElementType) ?? stringOf(line.ProcessType) ?? stringOf(line.ResourceType)
    : stringOf(line.ObjectType);
  if (predefined === 'USERDEFINED') return { value: custom ?? 'USERDEFINED', userDefined: true };
  return { value: custom, userDefined: false };
}

/** The predefined type values an element matches (resolved value, and USERDEFINED when user-defined). */
export function predefinedTypesOf(ctx: ModelContext, id: number): string[] {
  const isType = ctx.isA(id, 'IFCTYPEOBJECT');
  let resolved = resolveOwn(ctx.line(id), isType);
  if (!isType) {
    const typeId = ctx.typeOf(id);
    if (typeId !== null) {
      const fromType = resolveOwn(ctx.line(typeId), true);
      if (fromType.value !== null && fromType.value !== 'NOTDEFINED') resolved = fromType;
    }
  }
  if (resolved.value === null) return [];
  return resolved.userDefined && resolved.value !== 'USERDEFINED' ? [resolved.value, 'USERDEFINED'] : [resolved.value];
}

/** True when the element matches an entity name and optional predefined type. */
export function matchesEntity(ctx: ModelContext, id: number, name: IdsValue, predefinedType: IdsValue | null): boolean {
  if (!entityNamesOf(ctx, id).some((n) => matchesName(name, n))) return false;
  if (predefinedType === null) return true;
  return predefinedTypesOf(ctx, id).some((value) => matchesName(predefinedType, value));
}

/** Evaluates an entity facet. */
export function checkEntity(ctx: ModelContext, id: number, facet: IdsEntityFacet): FacetOutcome {
  const names = entityNamesOf(ctx, id);
  if (!names.some((n) => matchesName(facet.name, n))) return fail(`the class is ${names.join(' / ')}`, names[names.length - 1]);
  if (facet.predefinedType === null) return PASS;
  const types = predefinedTypesOf(ctx, id);
  if (types.some((value) => matchesName(facet.predefinedType!, value))) return PASS;
  return fail(types.length === 0 ? 'the predefined type is not set' : `the predefined type is ${types[0]}`, types[0] ?? null);
}
