/**
 * Material facet. An element's materials are those associated with it, or with its type when it
 * has none of its own. The names and categories considered are those of the material, list,
 * layer set (and its layers), profile set (and its profiles) or constituent set (and its
 * constituents), with usages resolved to their sets.
 */
import type { IdsMaterialFacet } from '../../ids-model.ts';
import { matchesName } from '../values/match-ids-value.ts';
import { refIds, stringOf } from '../model/ifc-line.ts';
import type { ModelContext } from '../model/model-context.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

const PARTS: Record<string, string[]> = {
  IFCMATERIALLIST: ['Materials'],
  IFCMATERIALLAYERSET: ['MaterialLayers'],
  IFCMATERIALLAYERSETUSAGE: ['ForLayerSet'],
  IFCMATERIALPROFILESET: ['MaterialProfiles'],
  IFCMATERIALPROFILESETUSAGE: ['ForProfileSet'],
  IFCMATERIALPROFILESETUSAGETAPERING: ['ForProfileSet', 'ForProfileEndSet'],
  IFCMATERIALCONSTITUENTSET: ['MaterialConstituents'],
  IFCMATERIALLAYER: ['Material'],
  IFCMATERIALLAYERWITHOFFSETS: ['Material'],
  IFCMATERIALPROFILE: ['Material'],
  IFCMATERIALPROFILEWITHOFFSETS: ['Material'],
  IFCMATERIALCONSTITUENT: ['Material'],
};

/** Names and categories of a material definition and everything it is made of. */
export function materialNames(ctx: ModelContext, id: number, seen = new Set<number>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const line = ctx.line(id);
  const names = ['Name', 'Category', 'LayerSetName'].map((attribute) => stringOf(line[attribute])).filter((n): n is string => n !== null);
  for (const attribute of PARTS[ctx.className(id)] ?? []) {
    for (const part of refIds(line[attribute])) names.push(...materialNames(ctx, part, seen));
  }
  return names;
}

/** Material definitions associated with an element, or with its type when it has none. */
export function materialsOf(ctx: ModelContext, id: number): number[] {
  const own = ctx.relations.materials.get(id) ?? [];
  if (own.length > 0) return own;
  const typeId = ctx.typeOf(id);
  return typeId === null ? [] : ctx.relations.materials.get(typeId) ?? [];
}

/** Evaluates a material facet with its cardinality. */
export function checkMaterial(ctx: ModelContext, id: number, facet: IdsMaterialFacet): FacetOutcome {
  const materials = materialsOf(ctx, id);
  const names = materials.flatMap((m) => materialNames(ctx, m));
  const matched = facet.value === null ? materials.length > 0 : names.some((name) => matchesName(facet.value!, name));
  const found = names.length > 0 ? names.join(', ') : null;
  if (facet.cardinality === 'prohibited') return matched ? fail('the element has the prohibited material', found) : PASS;
  if (facet.cardinality === 'optional' && materials.length === 0) return PASS;
  if (matched) return PASS;
  return fail(materials.length === 0 ? 'the element has no material' : `the materials are ${found ?? '(unnamed)'}`, found);
}
