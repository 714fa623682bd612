import type { Knex } from 'knex';
import { DataError, ReviewReport, type ReviewCheck, type ReviewFinding } from '@cimtwin/schemas';
import { CheckTally, type RuleMeasurement, type RuleOutcome } from './lib/check-tally.ts';
import { createReviewFacts, type ReviewFacts } from './lib/review-facts.ts';
import { loadReviewModel, type ReviewModel } from './lib/review-model.ts';
import { formatClause, findRulePack, RULE_PACKS, type Rule, type RulePack } from '@cimtwin/schemas';
import { resolveRuleParameters } from './resolve-rule-parameters.ts';
import { RULE_EVALUATORS } from './rule-evaluators.ts';

/** Which pack to run against which stored model, with which parameter values. */
export interface EvaluateRulePackRequest {
  modelId: string;
  packId: string;
  /** Pack parameter names or `ruleId.name`; see resolveRuleParameters. */
  parameters?: Record<string, unknown>;
  /** Report time; now when absent (tests pin it). */
  now?: Date;
}

/** A report and every measurement behind it, passed ones included. */
export interface RulePackMeasurements {
  report: ReviewReport;
  measurements: RuleMeasurement[];
}

/**
 * Runs a rule pack against a stored model and returns the review report: one check per rule
 * with the elements it counted as subjects, one finding per element that fails a rule or lacks the data to measure it. Unknown pack,
 * unknown model or bad parameters are a DataError.
 */
export async function evaluateRulePack(knex: Knex, request: EvaluateRulePackRequest): Promise<ReviewReport> {
  return (await measureRulePack(knex, request)).report;
}

/** {@link evaluateRulePack}, plus the full table of measurements (for a 审查 table of every element). */
export async function measureRulePack(knex: Knex, request: EvaluateRulePackRequest): Promise<RulePackMeasurements> {
  const pack = findRulePack(request.packId);
  if (!pack) {
    throw new DataError(`review: no rule pack "${request.packId}"; valid packs: ${RULE_PACKS.map((p) => p.id).join(', ')}`, {
      status: 404,
      details: { valid: RULE_PACKS.map((p) => p.id) },
    });
  }
  const parameters = resolveRuleParameters(pack, request.parameters ?? {});
  const model = await loadReviewModel(knex, request.modelId);
  const facts = createReviewFacts(knex, model, parameters.pack);
  const checks: ReviewCheck[] = [];
  const findings: ReviewFinding[] = [];
  const measurements: RuleMeasurement[] = [];
  for (const rule of pack.rules) {
    const outcome = await evaluateRule(knex, { model, pack, rule, facts, params: { ...parameters.pack, ...parameters.rules[rule.id] } });
    checks.push({
      id: rule.id,
      title: rule.title,
      description: [rule.description, ...outcome.notes].join(' '),
      clause: clauseText(rule),
      severity: rule.severity,
      status: outcome.failed > 0 ? 'fail' : outcome.applicable > 0 ? 'pass' : 'not-applicable',
      applicable: outcome.applicable,
      passed: outcome.passed,
      failed: outcome.failed,
      subjects: outcome.subjects,
    });
    findings.push(...outcome.findings);
    measurements.push(...outcome.measurements);
  }
  const report = ReviewReport.parse({
    model: { id: model.id, name: model.name, schema: model.schema },
    ruleSet: { kind: 'rule-pack', id: pack.id, title: pack.title, version: pack.version },
    verdict: checks.some((c) => c.severity === 'error' && c.status === 'fail') ? 'fail' : 'pass',
    checks,
    findings,
    createdAt: (request.now ?? new Date()).toISOString(),
  });
  return { report, measurements };
}

/** What one rule evaluation needs. */
export interface RuleRun {
  model: ReviewModel;
  pack: RulePack;
  rule: Rule;
  facts: ReviewFacts;
  params: Record<string, unknown>;
}

/** Runs one rule: its building-use and class applicability first, then its evaluator. */
export async function evaluateRule(knex: Knex, run: RuleRun): Promise<RuleOutcome> {
  const tally = new CheckTally(run.rule, clauseText(run.rule));
  const { buildingUses, buildingClasses } = run.rule.applicability;
  if (buildingUses) {
    const { use, basis } = await run.facts.buildingUse();
    if (!buildingUses.includes(use)) {
      tally.note(`Not applicable: the rule is for ${buildingUses.join(' / ')} buildings and this one is ${use} (${basis}).`);
      return tally.outcome;
    }
  }
  if (buildingClasses) {
    const { buildingClass, basis } = await run.facts.buildingClass();
    if (!buildingClasses.includes(buildingClass)) {
      tally.note(`Not applicable: the rule is for ${buildingClasses.join(' / ')} buildings and this one is ${buildingClass} (${basis}).`);
      return tally.outcome;
    }
  }
  await RULE_EVALUATORS[run.rule.kind]({ knex, model: run.model, pack: run.pack, rule: run.rule, params: run.params, facts: run.facts, tally });
  return tally.outcome;
}

function clauseText(rule: Rule): string {
  return rule.clauses.map(formatClause).join('; ');
}
