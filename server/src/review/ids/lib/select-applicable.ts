/**
 * Finds the elements a specification applies to: instances that satisfy every applicability
 * facet. Candidates come from the entity facet when there is one (exact classes, plus the IFC2X3
 * generic occurrence classes of mapped IFC4 names); otherwise every object definition, or every
 * instance when an attribute facet may select non-rooted entities such as IfcMapConversion.
 */
import type { IdsEntityFacet, IdsFacet } from '../ids-model.ts';
import { matchesName } from './values/match-ids-value.ts';
import type { ModelContext } from './model/model-context.ts';
import { IFC2X3_OCCURRENCE_TYPES } from './schema/ifc2x3-type-mapping.ts';
import { evaluateFacet } from './facets/evaluate-facet.ts';

function candidateClasses(ctx: ModelContext, entity: IdsEntityFacet): Set<string> {
  const classes = new Set<string>();
  if (entity.name.kind === 'simple') {
    classes.add(entity.name.value.toUpperCase());
  } else {
    for (const info of ctx.schema.entities()) if (matchesName(entity.name, info.upper)) classes.add(info.upper);
  }
  if (ctx.version === 'IFC2X3') {
    for (const [name, [occurrence]] of Object.entries(IFC2X3_OCCURRENCE_TYPES)) {
      if (matchesName(entity.name, name)) classes.add(occurrence);
    }
  }
  return classes;
}

function candidates(ctx: ModelContext, applicability: IdsFacet[]): number[] {
  const entity = applicability.find((f): f is IdsEntityFacet => f.facet === 'entity');
  if (entity) {
    return [...candidateClasses(ctx, entity)]
      .filter((name) => ctx.schema.entity(name) !== undefined)
      .flatMap((name) => ctx.instancesOf(name));
  }
  if (applicability.some((f) => f.facet === 'attribute')) return ctx.allInstances();
  return ctx.instancesOf('IFCOBJECTDEFINITION', true);
}

/** Express ids of the elements matching all applicability facets, in ascending order. */
export function selectApplicable(ctx: ModelContext, applicability: IdsFacet[]): number[] {
  if (applicability.length === 0) return [];
  const ids = [...new Set(candidates(ctx, applicability))].sort((a, b) => a - b);
  return ids.filter((id) => applicability.every((facet) => evaluateFacet(ctx, id, facet).pass));
}
