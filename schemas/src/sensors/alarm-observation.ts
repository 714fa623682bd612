import { z } from 'zod';
import { AlarmEntityId } from './alarm-rule.ts';

// What the alarm evaluator needs of an observation: its datastream, and the thing and observed
// property that datastream links to (the caller joins them in; the evaluator has no database).

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/**
 * An ISO 8601 instant with its offset (a time without one would be read in the machine's zone);
 * a SensorThings interval `start/end` is read as its start.
 */
export const AlarmInstant = z
  .string()
  .refine((value) => INSTANT.test(value.split('/')[0]) && !Number.isNaN(Date.parse(value.split('/')[0])), 'an ISO 8601 time with its offset, e.g. 2026-12-07T08:00:00Z or 2026-12-07T16:00:00+08:00');

/** Milliseconds since the epoch of an {@link AlarmInstant} (the start of an interval). */
export function instantMilliseconds(instant: string): number {
  return Date.parse(instant.split('/')[0]);
}

/** An observation as the alarm evaluator takes it; a boolean result counts as 1 or 0. */
export const AlarmObservation = z.object({
  datastreamId: AlarmEntityId,
  thingId: AlarmEntityId.describe('the originator: one active alarm per thing and alarm type'),
  observedProperty: z.string().min(1),
  phenomenonTime: AlarmInstant,
  result: z.union([z.number().refine(Number.isFinite, 'a finite number'), z.boolean().transform(Number)]),
});
export type AlarmObservation = z.infer<typeof AlarmObservation>;
/** An observation before parsing (ids may be numbers, the result a boolean). */
export type AlarmObservationInput = z.input<typeof AlarmObservation>;
