/**
 * Checks an opened IFC model against a parsed IDS. For each specification whose ifcVersion
 * includes the model's schema, the applicable elements are selected and every requirement facet is
 * evaluated on each; the specification's cardinality then decides: required needs at least one
 * applicable element, prohibited needs none (its requirements are ignored), optional accepts none.
 * The IfcAPI and the model are passed in and left open; nothing here initialises web-ifc.
 */
import { DataError } from '@cimtwin/schemas';
import type { IfcAPI } from 'web-ifc';
import type { IdsDocument, IdsFacet, IdsIfcVersion, IdsSpecification, IdsSpecificationUsage } from './ids-model.ts';
import { describeFacet } from './lib/facets/describe-facet.ts';
import { evaluateFacet } from './lib/facets/evaluate-facet.ts';
import { stringOf } from './lib/model/ifc-line.ts';
import { ModelContext } from './lib/model/model-context.ts';
import { idsVersionOfModelSchema } from './lib/schema/ifc-schema-info.ts';
import { selectApplicable } from './lib/select-applicable.ts';

/** One requirement one element does not meet. */
export interface IdsFailure {
  expressId: number;
  globalId: string | null;
  ifcClass: string;
  name: string | null;
  /** Facet kind that failed, e.g. `property`. */
  facet: IdsFacet['facet'] | 'specification';
  /** What was required, in words (e.g. `must have property "Pset_WallCommon"."FireRating" (IFCLABEL)`). */
  requirement: string;
  /** What the model holds (null when missing). */
  actual: string | number | boolean | null;
  /** Why the element failed, in words. */
  reason: string;
  /** 1-based line of the facet in the IDS file, when known. */
  idsLine: number | null;
}

/** Outcome of one specification. */
export interface IdsSpecificationResult {
  index: number;
  name: string;
  identifier: string | null;
  description: string | null;
  instructions: string | null;
  usage: IdsSpecificationUsage;
  ifcVersions: IdsIfcVersion[];
  /** `not-applicable` when the model's schema is not listed, or an optional specification found nothing. */
  status: 'pass' | 'fail' | 'not-applicable';
  /** Why the specification failed or was skipped as a whole, when it did. */
  reason: string | null;
  applicable: number;
  passed: number;
  failed: number;
  /** GlobalIds of the applicable elements, passed or failed (entities without one are left out). */
  applicableGlobalIds: string[];
  failures: IdsFailure[];
}

/** Outcome of a whole IDS against one model. */
export interface IdsCheckResult {
  title: string;
  version: string | null;
  /** The model's schema as web-ifc reports it, e.g. `IFC4`. */
  modelSchema: string;
  /** True when no specification failed. */
  pass: boolean;
  specifications: IdsSpecificationResult[];
}

/** Options of {@link checkIds}. */
export interface CheckIdsOptions {
  /** Stop recording failures of one specification after this many (counts stay exact). */
  maxFailuresPerSpecification?: number;
  /**
   * Evaluate every specification whatever its ifcVersion, as IfcOpenShell's ifctester does by
   * default and as the official conformance suite assumes (some of its IFC4 models come with
   * specifications declared for IFC2X3). Off by default: such specifications are not applicable.
   */
  ignoreIfcVersion?: boolean;
}

/** Defaults of {@link CheckIdsOptions}. */
export const CHECK_IDS_DEFAULTS: Required<CheckIdsOptions> = { maxFailuresPerSpecification: 10_000, ignoreIfcVersion: false };

function elementFailure(ctx: ModelContext, id: number, facet: IdsFacet | null, reason: string, actual: IdsFailure['actual']): IdsFailure {
  const line = ctx.line(id);
  return {
    expressId: id,
    globalId: stringOf(line.GlobalId),
    ifcClass: ctx.schema.entity(ctx.className(id))?.name ?? ctx.className(id),
    name: stringOf(line.Name),
    facet: facet ? facet.facet : 'specification',
    requirement: facet ? describeFacet(facet) : 'must not exist (prohibited specification)',
    actual,
    reason,
    idsLine: facet?.line ?? null,
  };
}

function checkSpecification(ctx: ModelContext, spec: IdsSpecification, options: Required<CheckIdsOptions>): IdsSpecificationResult {
  const base = {
    index: spec.index,
    name: spec.name,
    identifier: spec.identifier,
    description: spec.description,
    instructions: spec.instructions,
    usage: spec.usage,
    ifcVersions: spec.ifcVersions,
  };
  if (!options.ignoreIfcVersion && !spec.ifcVersions.includes(ctx.version)) {
    return { ...base, status: 'not-applicable', reason: `the specification is for ${spec.ifcVersions.join(', ')}, the model is ${ctx.version}`, applicable: 0, passed: 0, failed: 0, applicableGlobalIds: [], failures: [] };
  }
  const applicable = selectApplicable(ctx, spec.applicability);
  const applicableGlobalIds = applicable.map((id) => stringOf(ctx.line(id).GlobalId)).filter((globalId): globalId is string => !!globalId);
  const failures: IdsFailure[] = [];
  let failed = 0;
  if (spec.usage === 'prohibited') {
    for (const id of applicable) {
      if (failures.length < options.maxFailuresPerSpecification) failures.push(elementFailure(ctx, id, null, 'the element matches a prohibited specification', null));
    }
    failed = applicable.length;
  } else {
    for (const id of applicable) {
      let elementFailed = false;
      for (const facet of spec.requirements) {
        const outcome = evaluateFacet(ctx, id, facet);
        if (outcome.pass) continue;
        elementFailed = true;
        if (failures.length < options.maxFailuresPerSpecification) failures.push(elementFailure(ctx, id, facet, outcome.reason, outcome.actual));
      }
      if (elementFailed) failed++;
    }
  }
  const passed = applicable.length - failed;
  if (spec.usage === 'required' && applicable.length === 0) {
    return { ...base, status: 'fail', reason: 'no element matches the applicability, but at least one is required', applicable: 0, passed: 0, failed: 0, applicableGlobalIds, failures };
  }
  if (spec.usage === 'optional' && applicable.length === 0) {
    return { ...base, status: 'not-applicable', reason: 'no element matches the applicability', applicable: 0, passed: 0, failed: 0, applicableGlobalIds, failures };
  }
  if (spec.usage === 'prohibited' && applicable.length === 0) {
    return { ...base, status: 'pass', reason: null, applicable: 0, passed: 0, failed: 0, applicableGlobalIds, failures };
  }
  const reason = failed === 0 ? null : spec.usage === 'prohibited' ? 'elements match a prohibited specification' : `${failed} of ${applicable.length} elements fail`;
  return { ...base, status: failed === 0 ? 'pass' : 'fail', reason, applicable: applicable.length, passed, failed, applicableGlobalIds, failures };
}

/**
 * Checks the model `modelId`, opened in `api`, against `ids` (from {@link parseIds} or
 * {@link loadIds}). Throws a DataError when the model's schema is not one IDS supports.
 */
export function checkIds(api: IfcAPI, modelId: number, ids: IdsDocument, options: CheckIdsOptions = {}): IdsCheckResult {
  const settings = { ...CHECK_IDS_DEFAULTS, ...options };
  const modelSchema = api.GetModelSchema(modelId);
  const version = idsVersionOfModelSchema(modelSchema);
  if (!version) throw new DataError(`ids: the model schema ${modelSchema} is not supported by IDS 1.0; use an IFC2X3, IFC4 or IFC4X3 model`);
  const ctx = new ModelContext(api, modelId, version);
  const specifications = ids.specifications.map((spec) => checkSpecification(ctx, spec, settings));
  return {
    title: ids.info.title,
    version: ids.info.version,
    modelSchema,
    pass: specifications.every((s) => s.status !== 'fail'),
    specifications,
  };
}
