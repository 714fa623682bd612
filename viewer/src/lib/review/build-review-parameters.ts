import type { ReviewParameters, RulePackInfo } from '../api/review-types.ts';
import { isEditableParameter, parseParameterEntry, type ParameterEntry, type ParameterProblem } from './parse-parameter-entry.ts';
import { parameterFieldsOf } from './rule-parameter-fields.ts';

/** What a reviewer entered, by pack id and parameter key (`name` or `ruleId.name`); absent keys were not touched. */
export type ParameterEntries = Record<string, Record<string, ParameterEntry>>;

/** An entry the API would refuse, with where it is. */
export interface ParameterFieldProblem {
  packId: string;
  key: string;
  title: string;
  problem: ParameterProblem;
}

/** The parameters to send for a review, or the entries to fix first. */
export interface BuiltReviewParameters {
  parameters: ReviewParameters;
  problems: ParameterFieldProblem[];
}

/**
 * The `parameters` of a review request from the form: for each picked pack, the parameters the
 * reviewer set to something other than their default (so the request says only what differs
 * from the pack) and those without a default. Entries the API would refuse are listed as
 * problems instead, as is a parameter without a default left empty (unless nullable). Packs
 * without changes are left out.
 */
export function buildReviewParameters(packs: readonly RulePackInfo[], picked: readonly string[], entries: ParameterEntries): BuiltReviewParameters {
  const parameters: ReviewParameters = {};
  const problems: ParameterFieldProblem[] = [];
  for (const pack of packs) {
    if (!picked.includes(pack.id)) continue;
    const given = entries[pack.id] ?? {};
    const values: Record<string, unknown> = {};
    for (const { key, definition } of parameterFieldsOf(pack)) {
      if (!isEditableParameter(definition)) continue;
      const entry = given[key];
      if (entry === undefined && definition.default !== undefined) continue;
      const parsed = parseParameterEntry(definition, entry ?? null);
      if (!parsed.ok) problems.push({ packId: pack.id, key, title: definition.title, problem: parsed.problem });
      else if (definition.default === undefined || !sameValue(parsed.value, definition.default)) values[key] = parsed.value;
    }
    if (Object.keys(values).length > 0) parameters[pack.id] = values;
  }
  return { parameters, problems };
}

/** Whether two JSON values are equal (numbers, texts, null, feature references). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
