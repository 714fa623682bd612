import type { RulePack } from './rule-pack.ts';
import { PLANNING_CONDITIONS_PACK } from './planning-conditions-pack.ts';
import { GB_50016_PACK } from './gb-50016-pack.ts';
import { GB_50352_PACK } from './gb-50352-pack.ts';
import { GB_50096_PACK } from './gb-50096-pack.ts';

/** Every rule pack cimtwin ships, by id. */
export const RULE_PACKS: readonly RulePack[] = Object.freeze([PLANNING_CONDITIONS_PACK, GB_50016_PACK, GB_50352_PACK, GB_50096_PACK]);

/** The pack of an id, or undefined. */
export function findRulePack(id: string): RulePack | undefined {
  return RULE_PACKS.find((pack) => pack.id === id);
}
