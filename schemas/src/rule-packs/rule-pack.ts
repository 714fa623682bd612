import { z } from 'zod';
import { ReviewSeverity } from '../review.ts';

// A rule pack is data: which code clauses are checked, against which IFC elements, with which
// limits. The limits are parameters with the clause value as default, so a project can tighten
// them (a local code, a planning condition) without code changes, and a reviewer can see in
// the pack exactly what was checked. The evaluators in server/src/review/rules read packs;
// they never hard-code a limit.

/** How a rule measures, i.e. which evaluator runs it. */
export const RULE_KINDS = [
  'building-height',
  'floor-area-ratio',
  'site-coverage',
  'boundary-setback',
  'red-line-setback',
  'fire-compartment-area',
  'exit-door-width',
  'corridor-width',
  'evacuation-stair-width',
  'exit-count',
  'evacuation-distance',
  'stair-flight-risers',
  'stair-step-dimensions',
  'guard-height',
  'stair-handrail-height',
  'room-area',
  'dwelling-door-opening',
] as const;
export const RuleKind = z.enum(RULE_KINDS);
export type RuleKind = z.infer<typeof RuleKind>;

/** 住宅 or 公共建筑: the split GB 50016 and GB 50096 make. */
export const BuildingUse = z.enum(['residential', 'public']);
export type BuildingUse = z.infer<typeof BuildingUse>;

/** 高层 or 单、多层 (GB 50016-2014 5.1.1). */
export const BuildingClass = z.enum(['high-rise', 'single-multi-storey']);
export type BuildingClass = z.infer<typeof BuildingClass>;

/** Room types recognised from space names (GB 50096 rooms, plus what evacuation rules need). */
export const ROOM_TYPES = [
  'bedroom-double',
  'bedroom-single',
  'bedroom',
  'bedsitter',
  'living-room',
  'dining-room',
  'kitchen',
  'bathroom',
  'toilet',
  'corridor',
  'stair',
  'assembly-hall',
  'balcony',
  'storage',
  'study',
] as const;
export const RoomType = z.enum(ROOM_TYPES);
export type RoomType = z.infer<typeof RoomType>;

/** A code clause: `GB 50016` `2014` `(2018年版)` `5.3.1`. */
export const ClauseReference = z.object({
  standard: z.string().describe('standard number, e.g. "GB 50016"; for planning conditions "规划条件"'),
  year: z.string().nullable().describe('year of the standard, e.g. "2014"'),
  edition: z.string().nullable().default(null).describe('e.g. "2018年版"'),
  clause: z.string().nullable().describe('clause, table or item, e.g. "5.3.1" or "表5.5.18"'),
  title: z.string().nullable().default(null).describe('what the clause is about, in the standard language'),
});
export type ClauseReference = z.infer<typeof ClauseReference>;

/**
 * Types a parameter value can take. `geometry` and `red-lines` reference GeoJSON or stored
 * features; `table` is a code table, rows of named numbers (`{ row: { column: number } }`),
 * which a caller may override row by row.
 */
export const RuleParameterType = z.enum(['number', 'integer', 'boolean', 'enum', 'string', 'geometry', 'red-lines', 'table']);
export type RuleParameterType = z.infer<typeof RuleParameterType>;

/** One parameter of a pack or a rule, with its default (absent default = the caller must give it). */
export const RuleParameter = z.object({
  type: RuleParameterType,
  title: z.string(),
  description: z.string(),
  unit: z.string().nullable().default(null),
  default: z.unknown().optional(),
  nullable: z.boolean().default(false).describe('null is accepted and means "not set" (the rule is then not applicable)'),
  options: z.array(z.string()).optional().describe('allowed values of an enum parameter'),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
});
export type RuleParameter = z.infer<typeof RuleParameter>;

/** Which elements and which buildings a rule is about. */
export const RuleApplicability = z.object({
  ifcClasses: z.array(z.string()).min(1).describe('IFC classes the rule reads (subtypes included)'),
  predefinedTypes: z.array(z.string()).optional().describe('only these predefined types, when given'),
  buildingUses: z.array(BuildingUse).optional().describe('only for these building uses, when given'),
  buildingClasses: z.array(BuildingClass).optional().describe('only for these building classes, when given'),
  roomTypes: z.array(RoomType).optional().describe('only spaces recognised as these room types, when given'),
  note: z.string().optional().describe('what else decides applicability, in words'),
});
export type RuleApplicability = z.infer<typeof RuleApplicability>;

/** Rule ids are stable keys for parameters, reports and BCF topics. */
export const RuleId = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'a rule id is lower-case letters, digits, "." or "-"');

/** One check of a pack. */
export const Rule = z.object({
  id: RuleId,
  kind: RuleKind,
  title: z.string(),
  description: z.string().describe('what is checked and how it is measured, with any approximation'),
  clauses: z.array(ClauseReference).min(1),
  applicability: RuleApplicability,
  parameters: z.record(z.string(), RuleParameter).default({}),
  severity: ReviewSeverity,
});
export type Rule = z.infer<typeof Rule>;

/** A versioned set of rules from one code (or one set of planning conditions). */
export const RulePack = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a pack version is semver, e.g. 1.0.0'),
    title: z.string(),
    description: z.string(),
    standards: z.array(ClauseReference).describe('the standards the pack encodes, clause null'),
    parameters: z.record(z.string(), RuleParameter).default({}).describe('shared by all rules of the pack'),
    rules: z.array(Rule).min(1),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set<string>();
    for (const rule of pack.rules) {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', message: `rule id ${rule.id} is used twice` });
      ids.add(rule.id);
      for (const name of Object.keys(rule.parameters)) {
        if (name in pack.parameters) ctx.addIssue({ code: 'custom', message: `rule ${rule.id} parameter ${name} shadows a pack parameter` });
      }
    }
  });
export type RulePack = z.infer<typeof RulePack>;
/** A pack as written in source, before defaults are filled in. */
export type RulePackInput = z.input<typeof RulePack>;

/** Formats clause references as reviewers write them: `GB 50016-2014(2018年版) 5.3.1`. */
export function formatClause(reference: ClauseReference): string {
  const standard = reference.year ? `${reference.standard}-${reference.year}` : reference.standard;
  const edition = reference.edition ? `(${reference.edition})` : '';
  return reference.clause ? `${standard}${edition} ${reference.clause}` : `${standard}${edition}`;
}
