/**
 * Dispatches a facet to its check.
 */
import type { IdsFacet } from '../../ids-model.ts';
import type { ModelContext } from '../model/model-context.ts';
import { checkAttribute } from './check-attribute.ts';
import { checkClassification } from './check-classification.ts';
import { checkEntity } from './check-entity.ts';
import { checkMaterial } from './check-material.ts';
import { checkPartOf } from './check-part-of.ts';
import { checkProperty } from './check-property.ts';
import type { FacetOutcome } from './facet-outcome.ts';

/** Evaluates any facet on an element, honouring its cardinality. */
export function evaluateFacet(ctx: ModelContext, id: number, facet: IdsFacet): FacetOutcome {
  switch (facet.facet) {
    case 'entity':
      return checkEntity(ctx, id, facet);
    case 'attribute':
      return checkAttribute(ctx, id, facet);
    case 'classification':
      return checkClassification(ctx, id, facet);
    case 'property':
      return checkProperty(ctx, id, facet);
    case 'material':
      return checkMaterial(ctx, id, facet);
    case 'partOf':
      return checkPartOf(ctx, id, facet);
  }
}
