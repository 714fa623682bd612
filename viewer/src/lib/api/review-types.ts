// The BIM review documents of the API (`/api/reviews`), as the viewer reads them; the server's
// zod schemas in @cimtwin/schemas (review.ts) are the reference.

/** How much a failed check matters; `error` checks decide the verdict. */
export type ReviewSeverity = 'error' | 'warning' | 'info';

/** The outcome of one check. */
export type ReviewCheckStatus = 'pass' | 'fail' | 'not-applicable';

/** What a review says about one element; `not-applicable` when no check looked at it. */
export type ReviewElementStatus = 'pass' | 'fail' | 'not-applicable';

/** One element (or the model, when `globalId` is null) breaking one check. */
export interface ReviewFinding {
  checkId: string;
  globalId: string | null;
  ifcClass: string | null;
  name: string | null;
  requirement: string;
  measured: number | string | boolean | null;
  required: string;
  unit: string | null;
  clause: string | null;
  severity: ReviewSeverity;
  message: string;
}

/** One check of a rule set: a rule of a pack or an IDS specification. */
export interface ReviewCheck {
  id: string;
  title: string;
  description: string | null;
  clause: string | null;
  severity: ReviewSeverity;
  status: ReviewCheckStatus;
  applicable: number;
  passed: number;
  failed: number;
  /** GlobalIds of the elements in the check's scope; absent in older reviews. */
  subjects?: string[];
}

/** The report of one rule set (an IDS file or a rule pack). */
export interface ReviewReport {
  model: { id: string | null; name: string; schema: string };
  ruleSet: { kind: 'ids' | 'rule-pack' | 'combined'; id: string; title: string; version: string | null };
  verdict: 'pass' | 'fail';
  checks: ReviewCheck[];
  findings: ReviewFinding[];
  createdAt: string;
}

/** A review as `GET /api/bim/models/{id}/reviews` lists it. */
export interface ReviewListEntry {
  id: string;
  modelId: string;
  verdict: 'pass' | 'fail';
  ruleSets: { kind: 'ids' | 'rule-pack'; id: string; title: string }[];
  failedChecks: number;
  findings: number;
  createdAt: string;
}

/** `GET /api/reviews/{id}`: the review, feature ids and the result of each element in scope. */
export interface ReviewDocument extends ReviewListEntry {
  reports: ReviewReport[];
  /** GlobalId → tile feature id. */
  elements: Record<string, number>;
  /** GlobalId → pass or fail, for every element a check looked at. */
  elementResults: Record<string, { featureId: number | null; status: 'pass' | 'fail' }>;
}

/** Types a rule parameter takes (RuleParameterType of @cimtwin/schemas). */
export type RuleParameterType = 'number' | 'integer' | 'boolean' | 'enum' | 'string' | 'geometry' | 'red-lines' | 'table';

/** One parameter of a pack or a rule, as `GET /api/reviews/rule-packs` gives it (defaults filled in). */
export interface RuleParameterInfo {
  type: RuleParameterType;
  title: string;
  description: string;
  unit?: string | null;
  /** Absent: the caller must give a value. */
  default?: unknown;
  /** null is accepted and means "not set" (the rule is then not applicable). */
  nullable?: boolean;
  /** Allowed values of an enum parameter. */
  options?: string[];
  minimum?: number;
  maximum?: number;
}

/** A rule of a pack (the parts the viewer shows). */
export interface RuleInfo {
  id: string;
  title: string;
  severity: ReviewSeverity;
  description?: string;
  /** The rule's own parameters, sent as `ruleId.name`. */
  parameters?: Record<string, RuleParameterInfo>;
}

/** A rule pack of `GET /api/reviews/rule-packs` (the parts the viewer shows). */
export interface RulePackInfo {
  id: string;
  title: string;
  version?: string | null;
  description?: string | null;
  /** Parameters shared by every rule of the pack, sent by name. */
  parameters?: Record<string, RuleParameterInfo>;
  rules?: RuleInfo[];
}

/** A stored feature named by layer and row id: how the viewer gives a parcel (GeometrySource of @cimtwin/schemas). */
export interface FeatureReference {
  layerId: string;
  featureId: number;
}

/**
 * Parameter values by rule pack id; in each, pack parameters by name and rule parameters as
 * `ruleId.name` (`planning-building-height.maxHeight`). Parameters left out take their default.
 */
export type ReviewParameters = Record<string, Record<string, unknown>>;

/** What to review a model against: rule packs by id and/or an IDS file, with pack parameters. */
export interface ReviewRequest {
  modelId: string;
  rulePacks: string[];
  ids?: { file: Blob; fileName: string };
  parameters?: ReviewParameters;
}

/** A job of `GET /api/jobs/{id}`. */
export interface JobRecord {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  phase: string | null;
  progress: number;
  result: Record<string, unknown> | null;
  error: { status: number; detail: string } | null;
}
