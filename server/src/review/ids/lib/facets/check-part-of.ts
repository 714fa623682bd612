/**
 * PartOf facet: the element is part of a whole matching the nested entity, through the named
 * relation or, when none is named, through any of them, followed recursively:
 * aggregation (IfcRelAggregates), nesting (IfcRelNests), group assignment (IfcRelAssignsToGroup),
 * spatial containment (IfcRelContainedInSpatialStructure; an aggregated part is contained where
 * its whole is, and a container is within the spatial structure that aggregates it) and
 * fills/voids (an element filling an opening is part of the element the opening voids).
 */
import type { IdsPartOfFacet, IdsPartOfRelation } from '../../ids-model.ts';
import type { ModelContext } from '../model/model-context.ts';
import { matchesEntity } from './check-entity.ts';
import { fail, PASS, type FacetOutcome } from './facet-outcome.ts';

type Step = (ctx: ModelContext, id: number) => number[];

const aggregates: Step = (ctx, id) => ctx.relations.aggregatedBy.get(id) ?? [];
const nests: Step = (ctx, id) => ctx.relations.nestedBy.get(id) ?? [];
const groups: Step = (ctx, id) => ctx.relations.groups.get(id) ?? [];
const voidsAndFills: Step = (ctx, id) => [...(ctx.relations.fills.get(id) ?? []), ...(ctx.relations.voids.get(id) ?? [])];

/** Wholes of the element through one relation kind, transitively. */
function ancestors(ctx: ModelContext, id: number, step: Step): Set<number> {
  const found = new Set<number>();
  const queue = [id];
  while (queue.length > 0) {
    for (const parent of step(ctx, queue.pop()!)) {
      if (!found.has(parent) && parent !== id) {
        found.add(parent);
        queue.push(parent);
      }
    }
  }
  return found;
}

/** Spatial containers of the element: direct, through its aggregate wholes, and their spatial wholes. */
function containers(ctx: ModelContext, id: number): Set<number> {
  const found = new Set<number>();
  for (const holder of [id, ...ancestors(ctx, id, aggregates)]) {
    for (const container of ctx.relations.containedIn.get(holder) ?? []) {
      found.add(container);
      for (const whole of ancestors(ctx, container, (c, x) => [...aggregates(c, x), ...(c.relations.containedIn.get(x) ?? [])])) {
        found.add(whole);
      }
    }
  }
  return found;
}

const ANY: Step = (ctx, id) => [
  ...aggregates(ctx, id), ...nests(ctx, id), ...groups(ctx, id), ...voidsAndFills(ctx, id), ...(ctx.relations.containedIn.get(id) ?? []),
];

function wholes(ctx: ModelContext, id: number, relation: IdsPartOfRelation | null): Set<number> {
  switch (relation) {
    case 'IFCRELAGGREGATES':
      return ancestors(ctx, id, aggregates);
    case 'IFCRELNESTS':
      return ancestors(ctx, id, nests);
    case 'IFCRELASSIGNSTOGROUP':
      return ancestors(ctx, id, groups);
    case 'IFCRELCONTAINEDINSPATIALSTRUCTURE':
      return containers(ctx, id);
    case 'IFCRELVOIDSELEMENT IFCRELFILLSELEMENT':
      return ancestors(ctx, id, voidsAndFills);
    case null:
      return ancestors(ctx, id, ANY);
  }
}

/** Evaluates a partOf facet with its cardinality. */
export function checkPartOf(ctx: ModelContext, id: number, facet: IdsPartOfFacet): FacetOutcome {
  const candidates = [...wholes(ctx, id, facet.relation)];
  const match = candidates.find((whole) => matchesEntity(ctx, whole, facet.entity.name, facet.entity.predefinedType));
  if (facet.cardinality === 'prohibited') {
    return match === undefined ? PASS : fail(`the element is part of ${ctx.className(match)} #${match}`, ctx.className(match));
  }
  if (match !== undefined) return PASS;
  if (candidates.length === 0) return fail('the element is not part of anything through this relation');
  return fail(`the element is part of ${candidates.map((c) => ctx.className(c)).join(', ')}`, ctx.className(candidates[0]));
}
