/**
 * A review: one stored model checked against an IDS and/or rule packs, stored in bim_reviews.
 * The IDS check reads the model's source file in a reader process; rule packs query PostGIS.
 * Everything the request names is checked first (prepareReview), so a bad request fails fast
 * with a message saying what to fix and stores nothing; the API does that before starting the
 * job that runs the review (executeReview).
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { DataError, findRulePack, RULE_PACKS, type Review, type ReviewReport } from '@cimtwin/schemas';
import { readSourceFile } from '../bim/bim-source-file.ts';
import type { IfcReaderPool } from '../bim/ifc-reader-pool.ts';
import { checkIdsInReader } from './check-ids-in-reader.ts';
import { toReviewReport } from './ids/ids-report.ts';
import { validateIds } from './ids/validate-ids.ts';
import { evaluateRulePack } from './rules/evaluate-rule-pack.ts';
import { resolveRuleParameters } from './rules/resolve-rule-parameters.ts';

/** What to check a model against. */
export interface ReviewRequest {
  modelId: string;
  /** An IDS 1.0 file. */
  ids?: { xml: string; fileName: string };
  /** Rule packs by id, each with its parameters (e.g. the parcel's planning conditions). */
  rulePacks?: Array<{ id: string; parameters?: Record<string, unknown> }>;
  /** Check IDS specifications whatever IFC versions they list. */
  ignoreIfcVersion?: boolean;
}

/** Options of {@link runReview}. */
export interface RunReviewOptions {
  pool?: IfcReaderPool;
  onProgress?: (phase: string, fraction: number) => void;
  timeoutMs?: number;
}

/** A review request checked against the database and the standards, ready to run. */
export interface PreparedReview {
  request: ReviewRequest;
  model: { id: string; name: string; fileName: string; sourceFileId: string | null };
}

/**
 * Checks everything a request names before any work starts: the model exists, there is
 * something to check it against, the IDS is valid (XSD and content rules), every rule pack is
 * known and its parameters are valid. Throws a DataError saying what to fix.
 */
export async function prepareReview(knex: Knex, request: ReviewRequest): Promise<PreparedReview> {
  const model = await knex('bim_models').where({ id: request.modelId }).first('id', 'name', 'file_name', 'source_file_id');
  if (!model) throw new DataError(`review: there is no BIM model '${request.modelId}'; GET /api/bim/models lists them`, { status: 404 });
  if (!request.ids && !request.rulePacks?.length) throw new DataError('review: give an IDS file and/or at least one rule pack to check the model against');
  if (request.ids) validateIds(request.ids.xml, request.ids.fileName);
  for (const pack of request.rulePacks ?? []) {
    const found = findRulePack(pack.id);
    if (!found) throw new DataError(`review: unknown rule pack "${pack.id}"; GET /api/reviews/rule-packs lists them (${RULE_PACKS.map((p) => p.id).join(', ')})`);
    resolveRuleParameters(found, pack.parameters ?? {});
  }
  return { request, model: { id: model.id, name: model.name, fileName: model.file_name, sourceFileId: model.source_file_id } };
}

/** Runs a prepared review and stores it; returns the stored review. */
export async function executeReview(knex: Knex, prepared: PreparedReview, options: RunReviewOptions = {}): Promise<Review> {
  const { request, model } = prepared;
  const reports: ReviewReport[] = [];
  const steps = (request.ids ? 1 : 0) + (request.rulePacks?.length ?? 0);
  let done = 0;
  if (request.ids) {
    options.onProgress?.('ids', 0);
    if (!model.sourceFileId) throw new DataError(`review: model '${model.id}' was imported without its source file; import it again to check it against an IDS`, { status: 409 });
    const result = await withSourceFile(knex, model.sourceFileId, model.fileName, (file) =>
      checkIdsInReader(file, request.ids!.xml, { fileName: model.fileName, ignoreIfcVersion: request.ignoreIfcVersion, pool: options.pool, timeoutMs: options.timeoutMs }),
    );
    reports.push(toReviewReport(result, { model: { id: model.id, name: model.name }, ruleSetId: request.ids.fileName }));
    options.onProgress?.('ids', ++done / steps);
  }
  for (const pack of request.rulePacks ?? []) {
    reports.push(await evaluateRulePack(knex, { modelId: model.id, packId: pack.id, parameters: pack.parameters ?? {} }));
    options.onProgress?.(`rules:${pack.id}`, ++done / steps);
  }
  return storeReview(knex, summarizeReview(crypto.randomUUID(), model.id, reports));
}

/** Prepares, runs and stores a review; returns the stored review. */
export async function runReview(knex: Knex, request: ReviewRequest, options: RunReviewOptions = {}): Promise<Review> {
  return executeReview(knex, await prepareReview(knex, request), options);
}

/** A review of the given reports: verdict and counts derived from them. */
export function summarizeReview(id: string, modelId: string, reports: ReviewReport[]): Review {
  return {
    id,
    modelId,
    verdict: reports.some((r) => r.verdict === 'fail') ? 'fail' : 'pass',
    ruleSets: reports.map((r) => ({ kind: r.ruleSet.kind === 'ids' ? 'ids' : 'rule-pack', id: r.ruleSet.id, title: r.ruleSet.title })),
    failedChecks: reports.reduce((n, r) => n + r.checks.filter((c) => c.status === 'fail').length, 0),
    findings: reports.reduce((n, r) => n + r.findings.length, 0),
    reports,
    createdAt: new Date().toISOString(),
  };
}

/** Stores a review. */
export async function storeReview(knex: Knex, review: Review): Promise<Review> {
  await knex('bim_reviews').insert({
    id: review.id,
    model_id: review.modelId,
    rule_sets: JSON.stringify(review.ruleSets),
    verdict: review.verdict,
    failed_checks: review.failedChecks,
    findings: review.findings,
    reports: JSON.stringify(review.reports),
    created_at: review.createdAt,
  });
  return review;
}

/** Reads a stored review, or null. */
export async function getReview(knex: Knex, id: string): Promise<Review | null> {
  const row = await knex('bim_reviews').where({ id }).first();
  return row ? rowToReview(row) : null;
}

/** The reviews of a model, newest first, without their reports. */
export async function listReviews(knex: Knex, modelId: string): Promise<Array<Omit<Review, 'reports'>>> {
  const rows = await knex('bim_reviews').where({ model_id: modelId }).orderBy('created_at', 'desc').select('id', 'model_id', 'verdict', 'rule_sets', 'failed_checks', 'findings', 'created_at');
  return rows.map((row) => {
    const { reports: _reports, ...summary } = rowToReview({ ...row, reports: [] });
    return summary;
  });
}

function rowToReview(row: Record<string, any>): Review {
  return {
    id: row.id,
    modelId: row.model_id,
    verdict: row.verdict,
    ruleSets: row.rule_sets,
    failedChecks: row.failed_checks,
    findings: row.findings,
    reports: row.reports,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Writes the stored source file to a temporary file for the reader, removed afterwards. */
async function withSourceFile<T>(knex: Knex, fileId: string, fileName: string, use: (file: string) => Promise<T>): Promise<T> {
  const bytes = await readSourceFile(knex, fileId);
  if (!bytes) throw new DataError(`review: the source file of ${fileName} is missing from the database; import the model again`, { status: 409 });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-review-'));
  const file = path.join(dir, path.basename(fileName));
  try {
    await fs.writeFile(file, bytes);
    return await use(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
