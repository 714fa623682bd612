import { z } from 'zod';
import { CodeListSource } from '../networks/code-list-provenance.ts';
import { AlarmComparison } from './alarm-comparison.ts';

// ThingsBoard's three condition kinds: simple (the latest observation), duration ("above 25
// %LEL for 10 minutes") and repeating (N consecutive observations). Duration is measured by
// phenomenon time from the first to the last of the consecutive observations that satisfy the
// comparison, so one observation spans 0 s: a 10-minute condition on 5-minute data needs three.

/** Optional duration or count that a comparison must hold for; at most one of the two. */
export const AlarmHoldFor = z.object({
  durationSeconds: z.number().positive().nullable().default(null).describe('the comparison holds on consecutive observations spanning at least this long (phenomenon time)'),
  count: z.number().int().min(2).nullable().default(null).describe('the comparison holds on at least this many consecutive observations'),
});

/** Where a threshold value comes from (a standard, published or local practice). */
export const AlarmValueSource = CodeListSource.extend({
  note: z.string().nullable().default(null),
});
export type AlarmValueSource = z.infer<typeof AlarmValueSource>;

const onlyOne = (condition: { durationSeconds: number | null; count: number | null }) => condition.durationSeconds === null || condition.count === null;
const onlyOneMessage = { message: 'give durationSeconds or count, not both' };

/** A create condition: the comparison, optionally held for a duration or a count. */
export const AlarmCondition = AlarmHoldFor.extend({
  comparison: AlarmComparison,
  source: AlarmValueSource.nullable().default(null).describe('where the threshold comes from; null for a user-set value'),
}).refine(onlyOne, onlyOneMessage);
export type AlarmCondition = z.infer<typeof AlarmCondition>;

/**
 * When an active alarm clears. `comparison` null means "none of the rule's create comparisons
 * holds"; a comparison of its own gives hysteresis (create at ≥ 25, clear below 20).
 */
export const AlarmClearCondition = AlarmHoldFor.extend({
  comparison: AlarmComparison.nullable().default(null),
  source: AlarmValueSource.nullable().default(null),
}).refine(onlyOne, onlyOneMessage);
export type AlarmClearCondition = z.infer<typeof AlarmClearCondition>;
