import { z } from 'zod';

// One report shape for every kind of automated BIM review (IDS specifications and the rule
// packs of Chinese codes), so the CLI, the API, the HTML/BCF writers and the viewer handle
// both alike: a list of checks with counts, and one finding per element that breaks a check.

/** How much a failed check matters; `error` checks decide the review's verdict. */
export const ReviewSeverity = z.enum(['error', 'warning', 'info']);
export type ReviewSeverity = z.infer<typeof ReviewSeverity>;

/** The outcome of one check: `not-applicable` when no element was in its scope. */
export const ReviewStatus = z.enum(['pass', 'fail', 'not-applicable']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** A measured or required value: a number in `unit`, a text, a truth value or nothing. */
export const ReviewValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type ReviewValue = z.infer<typeof ReviewValue>;

/** One element (or the model as a whole, when `globalId` is null) breaking one check. */
export const ReviewFinding = z.object({
  checkId: z.string().describe('id of the check (rule id, or IDS specification identifier/index)'),
  globalId: z.string().nullable().describe('IFC GlobalId of the element; null for model-level findings'),
  ifcClass: z.string().nullable(),
  name: z.string().nullable().describe('element name'),
  requirement: z.string().describe('which requirement or facet failed, in words'),
  measured: ReviewValue.describe('value found in the model (null when missing)'),
  required: z.string().describe('what the rule asks, e.g. "≤ 2500" or "IfcLabel matching ^[A-Z]{2}$"'),
  unit: z.string().nullable().describe('unit of measured and required, e.g. m, m²'),
  clause: z.string().nullable().describe('code clause, e.g. "GB 50016-2014 5.3.1"'),
  severity: ReviewSeverity,
  message: z.string(),
});
export type ReviewFinding = z.infer<typeof ReviewFinding>;

/** The summary of one check over the model. */
export const ReviewCheck = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  clause: z.string().nullable(),
  severity: ReviewSeverity,
  status: ReviewStatus,
  applicable: z.number().int().describe('elements in the check scope'),
  passed: z.number().int(),
  failed: z.number().int(),
  subjects: z
    .array(z.string())
    .optional()
    .describe('GlobalIds of the elements in the check scope, each counted as passed or failed; absent in reviews stored before it was recorded'),
});
export type ReviewCheck = z.infer<typeof ReviewCheck>;

/** A whole review: which rules ran against which model, and what broke. */
export const ReviewReport = z.object({
  model: z.object({ id: z.string().nullable(), name: z.string(), schema: z.string() }),
  ruleSet: z.object({
    kind: z.enum(['ids', 'rule-pack', 'combined']).describe('combined: several rule sets reported as one'),
    id: z.string(),
    title: z.string(),
    version: z.string().nullable(),
  }),
  verdict: z.enum(['pass', 'fail']).describe('fail when any error-severity check fails'),
  checks: z.array(ReviewCheck),
  findings: z.array(ReviewFinding),
  createdAt: z.string(),
});
export type ReviewReport = z.infer<typeof ReviewReport>;

/** A stored review: one model checked against one or more rule sets, one report each. */
export const Review = z.object({
  id: z.string(),
  modelId: z.string(),
  verdict: z.enum(['pass', 'fail']),
  ruleSets: z.array(z.object({ kind: z.enum(['ids', 'rule-pack']), id: z.string(), title: z.string() })),
  failedChecks: z.number().int(),
  findings: z.number().int(),
  reports: z.array(ReviewReport),
  createdAt: z.string(),
});
export type Review = z.infer<typeof Review>;

/** What a review says about one element: `fail` when an error or warning finding names it, else `pass`. */
export const ReviewElementResult = z.object({
  featureId: z.number().int().nullable().describe('element row id, the `id` of its tile feature; null when the model has no such element'),
  status: z.enum(['pass', 'fail']),
});
export type ReviewElementResult = z.infer<typeof ReviewElementResult>;

/**
 * A review as `GET /api/reviews/{id}` answers it: the stored review, the tile feature id of every
 * GlobalId it names, and the result of every element in a check's scope (elements in no scope are
 * not applicable and left out).
 */
export const ReviewDocument = Review.extend({
  elements: z.record(z.string(), z.number().int()).describe('GlobalId → tile feature id of every element a finding or a check scope names'),
  elementResults: z.record(z.string(), ReviewElementResult).describe('GlobalId → result, for every element in a check scope or named by a failing finding'),
});
export type ReviewDocument = z.infer<typeof ReviewDocument>;
