import type { z } from 'zod';
import { DataError } from '../data-error.ts';

/**
 * Parses `input` with `schema`; on failure throws a {@link DataError} whose message starts with
 * `stage`, names `what` was bad and lists each issue with its path.
 */
export function parseAlarmInput<Schema extends z.ZodType>(schema: Schema, input: unknown, stage: string, what: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top)'}: ${issue.message}`);
  throw new DataError(`${stage}: ${what} is not valid; fix ${issues.join('; ')}`, { details: parsed.error.issues });
}
