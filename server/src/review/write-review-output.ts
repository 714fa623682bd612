/**
 * A review in the format a caller asked for: JSON (the stored review), a printable HTML page,
 * or a BCF 3.0 archive with one topic per failing element, its viewpoint centred on the
 * element's bounding box when the model is stored (model coordinates, metres).
 */
import type { Knex } from 'knex';
import { DataError, type Review } from '@cimtwin/schemas';
import { findModelElements } from '../services/bim-service.ts';
import { mergeReviewReports } from './merge-review-reports.ts';
import { writeReviewBcf, writeReviewHtml } from './report/index.ts';

/** Output formats of a review. */
export const REVIEW_FORMATS = ['json', 'html', 'bcf'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** Checks a requested format against the list. */
export function parseReviewFormat(value: unknown): ReviewFormat {
  const format = value === undefined || value === null || value === '' ? 'json' : String(value);
  if (!(REVIEW_FORMATS as readonly string[]).includes(format)) throw new DataError(`review: unknown format '${format}'; use one of ${REVIEW_FORMATS.join(', ')}`);
  return format as ReviewFormat;
}

/** The review as bytes of the format, with its media type and a file name suffix. */
export async function writeReviewOutput(
  review: Review,
  format: ReviewFormat,
  options: { knex?: Knex; lang?: 'zh' | 'en' } = {},
): Promise<{ body: string | Uint8Array; contentType: string; extension: string }> {
  if (format === 'json') return { body: JSON.stringify(review, null, 2), contentType: 'application/json', extension: 'json' };
  const report = mergeReviewReports(review.reports);
  if (format === 'html') return { body: writeReviewHtml(report, { lang: options.lang }), contentType: 'text/html; charset=utf-8', extension: 'html' };
  const elements = options.knex ? await elementCentres(options.knex, review) : undefined;
  return {
    body: writeReviewBcf(report, { elements, createdAt: review.createdAt, projectName: report.model.name }),
    contentType: 'application/octet-stream',
    extension: 'bcfzip',
  };
}

/** Centre and size of every failing element's bounding box (model metres), by GlobalId. */
async function elementCentres(knex: Knex, review: Review): Promise<Map<string, { center: [number, number, number]; size: number }>> {
  const found = await findModelElements(knex, review.modelId, review.reports.flatMap((r) => r.findings.map((f) => f.globalId)));
  const centres = new Map<string, { center: [number, number, number]; size: number }>();
  for (const [globalId, { bbox: b }] of found) {
    if (!b || b.length !== 6) continue;
    centres.set(globalId, { center: [(b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2], size: Math.max(b[3] - b[0], b[4] - b[1], b[5] - b[2], 0.5) });
  }
  return centres;
}
