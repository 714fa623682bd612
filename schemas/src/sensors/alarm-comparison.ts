import { z } from 'zod';

// A comparison on an observation's numeric result, as ThingsBoard's alarm rule key filters.
// `between` includes both bounds (low ≤ v ≤ high) so that `outside` is its exact complement.

/** Operators that compare the result with one value. */
export const SINGLE_VALUE_OPERATORS = ['>', '>=', '<', '<=', '==', '!='] as const;

/** Operators that compare the result with a range. */
export const RANGE_OPERATORS = ['between', 'outside'] as const;

/** `result operator value`, e.g. `{ operator: '>=', value: 25 }` for "at least 25". */
export const SingleValueComparison = z.object({
  operator: z.enum(SINGLE_VALUE_OPERATORS),
  value: z.number().describe('threshold, in the unit of the datastream'),
});
export type SingleValueComparison = z.infer<typeof SingleValueComparison>;

/** `between`: low ≤ result ≤ high; `outside`: result < low or result > high. */
export const RangeComparison = z
  .object({
    operator: z.enum(RANGE_OPERATORS),
    low: z.number(),
    high: z.number(),
  })
  .refine((range) => range.low <= range.high, { message: 'low must not be above high' });
export type RangeComparison = z.infer<typeof RangeComparison>;

/** A comparison on the observation result; the threshold an alarm's details carry. */
export const AlarmComparison = z.union([SingleValueComparison, RangeComparison]);
export type AlarmComparison = z.infer<typeof AlarmComparison>;

/** True when `value` satisfies the comparison. */
export function comparisonHolds(comparison: AlarmComparison, value: number): boolean {
  switch (comparison.operator) {
    case '>':
      return value > comparison.value;
    case '>=':
      return value >= comparison.value;
    case '<':
      return value < comparison.value;
    case '<=':
      return value <= comparison.value;
    case '==':
      return value === comparison.value;
    case '!=':
      return value !== comparison.value;
    case 'between':
      return value >= comparison.low && value <= comparison.high;
    case 'outside':
      return value < comparison.low || value > comparison.high;
  }
}

/** The comparison as text, e.g. `>= 25` or `between 0.14 and 0.6`. */
export function formatComparison(comparison: AlarmComparison): string {
  if ('value' in comparison) return `${comparison.operator} ${comparison.value}`;
  return `${comparison.operator} ${comparison.low} and ${comparison.high}`;
}
