import type { Knex } from 'knex';
import type { Review, ReviewDocument } from '@cimtwin/schemas';
import { findModelElements } from '../services/bim-service.ts';
import { reviewElementResults, reviewGlobalIds } from './review-element-results.ts';

/**
 * A stored review as the API answers it in JSON: the review, the tile feature id of every
 * GlobalId it names, and the pass or fail of every element in a check's scope, so a viewer
 * can highlight findings and colour the model without another request.
 */
export async function toReviewDocument(knex: Knex, review: Review): Promise<ReviewDocument> {
  const found = await findModelElements(knex, review.modelId, reviewGlobalIds(review));
  const featureIds = new Map([...found].map(([globalId, element]) => [globalId, element.id]));
  return { ...review, elements: Object.fromEntries(featureIds), elementResults: reviewElementResults(review, featureIds) };
}
