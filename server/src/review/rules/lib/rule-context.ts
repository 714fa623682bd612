import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import type { Rule, RulePack } from '@cimtwin/schemas';
import type { CheckTally } from './check-tally.ts';
import type { ReviewFacts } from './review-facts.ts';
import type { ReviewModel } from './review-model.ts';

/** What an evaluator gets: the model, its rule, the parameter values and the shared facts. */
export interface RuleContext {
  knex: Knex;
  model: ReviewModel;
  pack: RulePack;
  rule: Rule;
  /** Pack parameters and this rule's own, defaults filled in. */
  params: Record<string, unknown>;
  facts: ReviewFacts;
  /** Where the evaluator records passes, failures, missing data and notes. */
  tally: CheckTally;
}

/** Measures one rule against a model; records everything on `ctx.tally`. */
export type RuleEvaluator = (ctx: RuleContext) => Promise<void>;

/** A number parameter; throws (a bug: the pack and the evaluator disagree) when it is not one. */
export function numberParam(ctx: RuleContext, name: string): number {
  const value = ctx.params[name];
  if (typeof value !== 'number') throw new Error(`rule ${ctx.rule.id}: parameter ${name} is not a number`);
  return value;
}

/** A number parameter that may be null ("not set"). */
export function optionalNumberParam(ctx: RuleContext, name: string): number | null {
  const value = ctx.params[name];
  return typeof value === 'number' ? value : null;
}

/** A table parameter `{ row: { column: number } }`. */
export function tableParam(ctx: RuleContext, name: string): Record<string, Record<string, number>> {
  const value = ctx.params[name];
  if (!value || typeof value !== 'object') throw new Error(`rule ${ctx.rule.id}: parameter ${name} is not a table`);
  return value as Record<string, Record<string, number>>;
}

/** A case-insensitive regular expression from a text parameter; DataError when it does not compile. */
export function patternParam(ctx: RuleContext, name: string): RegExp {
  try {
    return new RegExp(String(ctx.params[name] ?? ''), 'i');
  } catch (error) {
    throw new DataError(`review: parameter "${ctx.rule.id}.${name}" is not a regular expression (${(error as Error).message}); fix the pattern`);
  }
}
