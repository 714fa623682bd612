import fs from 'node:fs/promises';
import type { Request } from 'express';
import { z } from 'zod';
import { ReviewDocument } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { receiveForm } from '../receive-upload.ts';
import { readJsonBody } from '../read-json-body.ts';
import { createJob, runJob } from '../../jobs/job-store.ts';
import { executeReview, getReview, listReviews, prepareReview, type ReviewRequest } from '../../review/run-review.ts';
import { toReviewDocument } from '../../review/review-document.ts';
import { parseReviewFormat, writeReviewOutput } from '../../review/write-review-output.ts';
import { listRulePacks } from '../../review/rules/index.ts';

/** Largest IDS file or JSON request body accepted, bytes. */
const MAX_REVIEW_INPUT_BYTES = 20 * 1048576;

const RulePackRequest = z.union([z.string(), z.object({ id: z.string(), parameters: z.record(z.string(), z.unknown()).optional() })]);
const ReviewBody = z.object({
  modelId: z.string().min(1),
  rulePacks: z.array(RulePackRequest).default([]),
  parameters: z.record(z.string(), z.unknown()).optional().describe('parameters by rule pack id, for packs given by id only'),
  parcelId: z.string().optional().describe('feature id of the parcel in the parcels layer, passed to the planning-conditions pack'),
  ignoreIfcVersion: z.boolean().optional(),
});

/** Reads a JSON request body up to a limit. */
/** The review request of a JSON body or a multipart form (field `ids`: the IDS file). */
async function readReviewRequest(req: Request): Promise<ReviewRequest> {
  let body: unknown;
  let ids: ReviewRequest['ids'];
  if (req.is('multipart/form-data')) {
    const form = await receiveForm(req, { fileField: 'ids', maxBytes: MAX_REVIEW_INPUT_BYTES });
    if (form.file) {
      try {
        ids = { xml: await fs.readFile(form.file.path, 'utf8'), fileName: form.file.fileName };
      } finally {
        await fs.rm(form.file.path, { force: true });
      }
    }
    const json = (name: string) => {
      const value = form.fields[name];
      if (value === undefined || value === '') return undefined;
      try {
        return JSON.parse(value);
      } catch {
        if (name === 'rulePacks') return value.split(',').map((p) => p.trim()).filter(Boolean);
        throw new HttpError(400, `form field "${name}" is not valid JSON`);
      }
    };
    body = {
      modelId: form.fields.modelId,
      rulePacks: json('rulePacks'),
      parameters: json('parameters'),
      parcelId: form.fields.parcelId || undefined,
      ignoreIfcVersion: form.fields.ignoreIfcVersion === 'true' || undefined,
    };
  } else if (req.is('application/json')) {
    body = await readJsonBody(req, MAX_REVIEW_INPUT_BYTES);
  } else {
    throw new HttpError(415, 'send the review request as application/json, or as multipart/form-data with the IDS file in the field "ids"');
  }
  const parsed = ReviewBody.safeParse(body);
  if (!parsed.success) throw new HttpError(400, `invalid review request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
  const { modelId, rulePacks, parameters, parcelId, ignoreIfcVersion } = parsed.data;
  const packs = rulePacks.map((p) => (typeof p === 'string' ? { id: p, parameters: (parameters?.[p] as Record<string, unknown> | undefined) ?? {} } : { id: p.id, parameters: p.parameters ?? {} }));
  for (const pack of packs) {
    if (parcelId && pack.id === 'planning-conditions' && pack.parameters.parcel === undefined) pack.parameters = { ...pack.parameters, parcel: { featureId: parcelId } };
  }
  return { modelId, ids, rulePacks: packs, ignoreIfcVersion };
}

/** Reviews: run automated BIM review (IDS 1.0, Chinese code rule packs) as jobs; read results as JSON, HTML or BCF. */
export function reviewRoutes(deps: AppDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/reviews/rule-packs',
      operationId: 'getRulePacks',
      summary: 'Rule packs a model can be reviewed against, with their rules, clauses and parameters',
      tags: ['Review'],
      responses: { 200: { description: 'rule packs' } },
      handler: async ({ res }) => {
        res.json({ rulePacks: listRulePacks() });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reviews',
      operationId: 'createReview',
      summary: 'Review a BIM model against an IDS file and/or rule packs; answers 202 with a job to poll at /api/jobs/{id}',
      tags: ['Review'],
      requestBody: {
        contentType: 'application/json or multipart/form-data',
        description:
          'JSON {modelId, rulePacks: ["gb-50016", {id, parameters}], parameters: {packId: {...}}, parcelId?, ignoreIfcVersion?}; or a form with fields modelId, rulePacks (JSON or comma list), parameters (JSON), parcelId, and the IDS file in field `ids`',
        schema: ReviewBody,
      },
      responses: {
        202: { description: 'accepted: the job that runs the review; its result names the review' },
        400: { description: 'invalid IDS (XSD or content rules), unknown rule pack, bad parameters' },
        404: { description: 'no such model' },
        413: { description: 'IDS file or body too large' },
        415: { description: 'neither JSON nor multipart/form-data' },
      },
      handler: async ({ req, res }) => {
        const request = await readReviewRequest(req);
        const prepared = await prepareReview(deps.knex, request);
        const jobId = await createJob(deps.knex, 'bim-review', {
          modelId: request.modelId,
          ids: request.ids?.fileName ?? null,
          rulePacks: request.rulePacks?.map((p) => p.id) ?? [],
        });
        void runJob(deps.knex, jobId, deps.logger, async (report) => {
          const review = await executeReview(deps.knex, prepared, { onProgress: report });
          return { reviewId: review.id, verdict: review.verdict, failedChecks: review.failedChecks, findings: review.findings, href: `/api/reviews/${review.id}` };
        });
        const href = `${apiBase(req)}/jobs/${jobId}`;
        res.status(202).location(href).json({ jobId, status: 'queued', links: [{ href, rel: 'monitor', type: 'application/json' }] });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reviews/:reviewId',
      operationId: 'getReview',
      summary:
        'A review: verdict, checks per specification or rule with the elements in their scope, findings per element (GlobalId, measured vs required), tile feature ids and the pass/fail of each element in scope; ?format=json|html|bcf',
      tags: ['Review'],
      params: z.object({ reviewId: z.uuid() }),
      query: z.object({ format: z.enum(['json', 'html', 'bcf']).optional(), lang: z.enum(['zh', 'en']).optional() }),
      responses: { 200: { description: 'review (JSON: the review plus `elements` and `elementResults`), printable report (HTML) or BCF 3.0 archive', schema: ReviewDocument }, 404: { description: 'no such review' } },
      handler: async ({ params, query, req, res }) => {
        const review = await getReview(deps.knex, params.reviewId);
        if (!review) throw new HttpError(404, `no review ${params.reviewId}`);
        const format = parseReviewFormat(query.format ?? (req.accepts(['json', 'html']) === 'html' ? 'html' : 'json'));
        if (format === 'json') {
          res.json(await toReviewDocument(deps.knex, review));
          return;
        }
        const output = await writeReviewOutput(review, format, { knex: deps.knex, lang: query.lang });
        res.type(output.contentType);
        if (format === 'bcf') res.attachment(`review-${review.modelId}-${review.id.slice(0, 8)}.bcfzip`);
        res.send(typeof output.body === 'string' ? output.body : Buffer.from(output.body));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bim/models/:modelId/reviews',
      operationId: 'getModelReviews',
      summary: 'Reviews of a model, newest first',
      tags: ['Review'],
      params: z.object({ modelId: z.string() }),
      responses: { 200: { description: 'reviews' }, 404: { description: 'no such model' } },
      handler: async ({ params, req, res }) => {
        const model = await deps.knex('bim_models').where({ id: params.modelId }).first('id');
        if (!model) throw new HttpError(404, `no BIM model "${params.modelId}"; GET /api/bim/models lists them`);
        const reviews = await listReviews(deps.knex, params.modelId);
        res.json({ reviews: reviews.map((r) => ({ ...r, links: [{ href: `${apiBase(req)}/reviews/${r.id}`, rel: 'item', type: 'application/json' }] })) });
      },
    }),
  ];
}
