/**
 * buildingSMART IDS 1.0 checker: parse and validate an IDS file, check an opened web-ifc model
 * against it, and report in the shared review shape.
 */

// Model
export type {
  IdsAttributeFacet,
  IdsCardinality,
  IdsClassificationFacet,
  IdsDocument,
  IdsEntityFacet,
  IdsFacet,
  IdsIfcVersion,
  IdsInfo,
  IdsMaterialFacet,
  IdsPartOfFacet,
  IdsPartOfRelation,
  IdsPropertyFacet,
  IdsRestriction,
  IdsSimpleValue,
  IdsSpecification,
  IdsSpecificationUsage,
  IdsValue,
  XsBaseType,
} from './ids-model.ts';

// Reading and validating
export { parseIds } from './parse-ids.ts';
export { findIdsProblems, validateIds } from './validate-ids.ts';
export type { IdsProblem, IdsValidationResult } from './validate-ids.ts';

// Checking
export { checkIds, CHECK_IDS_DEFAULTS } from './check-ids.ts';
export type { CheckIdsOptions, IdsCheckResult, IdsFailure, IdsSpecificationResult } from './check-ids.ts';

// Reporting
export { toReviewReport } from './ids-report.ts';
export type { IdsReportOptions } from './ids-report.ts';
