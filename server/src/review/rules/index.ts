import { RULE_PACKS, type RulePack } from '@cimtwin/schemas';

// Rule packs of Chinese building codes (规划条件, GB 50016, GB 50352, GB 50096): the packs
// are data in @cimtwin/schemas, the evaluators here measure them against stored models.

/** Every rule pack, with its rules, clauses and parameters (defaults included). */
export function listRulePacks(): readonly RulePack[] {
  return RULE_PACKS;
}

// Running packs
export { evaluateRulePack, measureRulePack, evaluateRule } from './evaluate-rule-pack.ts';
export type { EvaluateRulePackRequest, RulePackMeasurements, RuleRun } from './evaluate-rule-pack.ts';
export { resolveRuleParameters } from './resolve-rule-parameters.ts';
export type { ResolvedParameters } from './resolve-rule-parameters.ts';

// Evaluators
export { RULE_EVALUATORS } from './rule-evaluators.ts';
export type { RuleEvaluator, RuleContext } from './lib/rule-context.ts';
export type { RuleMeasurement, RuleOutcome } from './lib/check-tally.ts';

// Pure parts, for other tools
export { recognizeRoomType } from './lib/recognize-room-type.ts';
export { classifyBuilding } from './lib/classify-building.ts';
export { fireCompartmentLimit } from './lib/fire-compartment-limit.ts';
