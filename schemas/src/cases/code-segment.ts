import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CodeListSource } from '../networks/code-list-provenance.ts';

/** One segment (a digit range) of a fixed-width numeric code such as the unit-grid code. */
export const CodeSegment = CodeListSource.extend({
  key: z.string().describe('the property name of the segment in decoded and formatted parts'),
  digits: z.tuple([z.number().int().min(1), z.number().int().min(1)]).describe('first and last digit, 1-based'),
  nameZh: z.string(),
  nameEn: z.string(),
  note: z.string().nullable(),
});
export type CodeSegment = z.infer<typeof CodeSegment>;

/** Width of a segment in digits. */
export function segmentWidth(segment: CodeSegment): number {
  return segment.digits[1] - segment.digits[0] + 1;
}

/**
 * One segment value for a formatted code: a string of exactly the segment's width, or a
 * non-negative integer that is zero-padded to it. Throws a DataError naming the segment.
 */
export function segmentValue(stage: string, segment: CodeSegment, value: string | number | undefined): string {
  const width = segmentWidth(segment);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value >= 10 ** width) {
      throw new DataError(`${stage}: ${segment.key} (${segment.nameZh}) is ${value}; give an integer from 0 to ${10 ** width - 1} or a ${width}-digit string`);
    }
    return String(value).padStart(width, '0');
  }
  if (typeof value !== 'string' || !new RegExp(`^\\d{${width}}$`).test(value)) {
    throw new DataError(`${stage}: ${segment.key} (${segment.nameZh}) is ${JSON.stringify(value)}; give ${width} digits`);
  }
  return value;
}

/** The value of each segment of `code`, by key. The caller has checked the length. */
export function splitSegments(code: string, structure: readonly CodeSegment[]): Record<string, string> {
  return Object.fromEntries(structure.map((segment) => [segment.key, code.slice(segment.digits[0] - 1, segment.digits[1])]));
}
