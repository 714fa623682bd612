/**
 * Classification facet. An element's classifications are the references (or whole systems)
 * associated with it through IfcRelAssociatesClassification or, for resources such as materials,
 * IfcExternalReferenceRelationship; a reference's codes include those of its parent references,
 * so `EF_25_10` matches an element classified `EF_25_10_25` in a full hierarchy. An occurrence
 * inherits its type's classifications for every system it does not classify itself.
 */
import type { IdsClassificationFacet } from '../../ids-model.ts';
import { matchesName } from '../values/match-ids-value.ts';
import { refId, stringOf } from '../model/ifc-line.ts';
import type { ModelContext } from '../model/model-context.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

/** A classification of an element: its system name and reference codes (leaf first). */
export interface ClassificationEntry {
  system: string | null;
  codes: string[];
}

function entry(ctx: ModelContext, targetId: number): ClassificationEntry | null {
  if (ctx.isA(targetId, 'IFCCLASSIFICATION')) return { system: stringOf(ctx.line(targetId).Name), codes: [] };
  if (!ctx.isA(targetId, 'IFCCLASSIFICATIONREFERENCE')) return null;
  const codes: string[] = [];
  let system: string | null = null;
  const seen = new Set<number>();
  for (let current: number | null = targetId; current !== null && !seen.has(current); ) {
    seen.add(current);
    if (ctx.isA(current, 'IFCCLASSIFICATION')) {
      system = stringOf(ctx.line(current).Name);
      break;
    }
    if (!ctx.isA(current, 'IFCCLASSIFICATIONREFERENCE')) break;
    const line = ctx.line(current);
    const code = stringOf(line.Identification) ?? stringOf(line.ItemReference);
    if (code !== null) codes.push(code);
    current = refId(line.ReferencedSource);
  }
  return { system, codes };
}

function ownEntries(ctx: ModelContext, id: number): ClassificationEntry[] {
  const targets = [...(ctx.relations.classifications.get(id) ?? []), ...(ctx.relations.externalReferences.get(id) ?? [])];
  return targets.map((t) => entry(ctx, t)).filter((e): e is ClassificationEntry => e !== null);
}

/** The classifications of an element, with type classifications inherited per system. */
export function classificationsOf(ctx: ModelContext, id: number): ClassificationEntry[] {
  const own = ownEntries(ctx, id);
  const typeId = ctx.typeOf(id);
  if (typeId === null) return own;
  const systems = new Set(own.map((e) => e.system));
  return [...own, ...ownEntries(ctx, typeId).filter((e) => !systems.has(e.system))];
}

function matches(entries: ClassificationEntry[], facet: IdsClassificationFacet): boolean {
  return entries.some((e) => {
    if (facet.system !== null && (e.system === null || !matchesName(facet.system, e.system))) return false;
    if (facet.value !== null && !e.codes.some((code) => matchesName(facet.value!, code))) return false;
    return true;
  });
}

function describe(entries: ClassificationEntry[]): string {
  return entries.map((e) => `${e.system ?? '(unnamed system)'}${e.codes.length ? ` ${e.codes[0]}` : ''}`).join(', ');
}

/** Evaluates a classification facet with its cardinality. */
export function checkClassification(ctx: ModelContext, id: number, facet: IdsClassificationFacet): FacetOutcome {
  const entries = classificationsOf(ctx, id);
  const found = entries.length === 0 ? null : describe(entries);
  const matched = matches(entries, facet);
  if (facet.cardinality === 'prohibited') return matched ? fail('the element has the prohibited classification', found) : PASS;
  if (facet.cardinality === 'optional' && entries.length === 0) return PASS;
  if (matched) return PASS;
  return fail(entries.length === 0 ? 'the element is not classified' : `the element is classified as ${found}`, found);
}
