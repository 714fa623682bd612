import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CodeSegment, segmentValue, splitSegments } from './code-segment.ts';
import { GB_T_30428_2_STRUCTURE_RECALLED } from './case-code-sources.ts';
import { findMajorClass, findMinorClass } from './case-class.ts';
import { COMPONENT_MAJOR_CLASSES } from './component-classes.ts';
import type { MajorClass, MinorClass } from './case-class-entry.ts';
import { checkDivisionCode } from './division-code.ts';

// The 16-digit component identifier (部件标识码) of GB/T 30428.2: the county division code, the
// 2-digit major and 2-digit minor class, and a 6-digit sequence number within the county and class.

const STAGE = 'component-code';
const S = { source: GB_T_30428_2_STRUCTURE_RECALLED, provenance: 'general-knowledge', verified: false } as const;

/** The segments of the 16-digit component code, in order. */
export const COMPONENT_CODE_STRUCTURE: readonly CodeSegment[] = z.array(CodeSegment).parse([
  { ...S, key: 'countyCode', digits: [1, 6], nameZh: '县级及县级以上行政区划代码', nameEn: 'GB/T 2260 division code', note: null },
  { ...S, key: 'majorCode', digits: [7, 8], nameZh: '大类代码', nameEn: 'major class', note: 'COMPONENT_MAJOR_CLASSES' },
  { ...S, key: 'minorCode', digits: [9, 10], nameZh: '小类代码', nameEn: 'minor class within the major class', note: '01-99' },
  { ...S, key: 'sequence', digits: [11, 16], nameZh: '流水号', nameEn: 'sequence number', note: '000001-999999' },
]);

/** The four parts of a component code, each as its fixed-width digit string. */
export const ComponentCodeParts = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  majorCode: z.string().regex(/^\d{2}$/),
  minorCode: z.string().regex(/^\d{2}$/),
  sequence: z.string().regex(/^\d{6}$/),
});
export type ComponentCodeParts = z.infer<typeof ComponentCodeParts>;

/** A 16-digit component code as a string. */
export const ComponentCode = z.string().regex(/^\d{16}$/, 'a component code has 16 digits');
export type ComponentCode = z.infer<typeof ComponentCode>;

/** A decoded component code; `minor` is null for a minor class not listed here (e.g. a local one). */
export interface DecodedComponentCode extends ComponentCodeParts {
  code: string;
  /** The 4-digit class code, major + minor. */
  classCode: string;
  major: MajorClass;
  minor: MinorClass | null;
}

function decodeParts(parts: ComponentCodeParts, code: string): DecodedComponentCode {
  checkDivisionCode(STAGE, parts.countyCode, `component ${code}: division code`);
  const major = findMajorClass('component', parts.majorCode);
  if (!major) {
    const known = COMPONENT_MAJOR_CLASSES.map((entry) => `${entry.code} ${entry.nameZh}`).join(', ');
    throw new DataError(`${STAGE}: component ${code}: digits 7-8 (大类) are ${parts.majorCode}, which is no component major class; use one of ${known}`);
  }
  if (parts.minorCode === '00') throw new DataError(`${STAGE}: component ${code}: digits 9-10 (小类) are 00; give the minor class within ${major.code} ${major.nameZh}`);
  if (parts.sequence === '000000') throw new DataError(`${STAGE}: component ${code}: digits 11-16 (流水号) are 000000; sequence numbers start at 000001`);
  const classCode = parts.majorCode + parts.minorCode;
  return { code, ...parts, classCode, major, minor: findMinorClass('component', classCode) ?? null };
}

/**
 * Splits a component code such as `3205080101000001` (320508, 上水井盖 0101, number 000001).
 * Throws a DataError naming the bad segment when the code is not 16 digits, the division code has
 * no GB/T 2260 province prefix, the major class is not one of 01-06, the minor class is 00 or the
 * sequence is 000000. An unlisted minor class is accepted with `minor: null`.
 */
export function decodeComponentCode(code: string): DecodedComponentCode {
  const trimmed = code.trim();
  if (!/^\d{16}$/.test(trimmed)) {
    throw new DataError(`${STAGE}: "${code}" is not a component code; give 16 digits: 6 division + 2 major + 2 minor + 6 sequence, e.g. 3205080101000001`);
  }
  return decodeParts(ComponentCodeParts.parse(splitSegments(trimmed, COMPONENT_CODE_STRUCTURE)), trimmed);
}

/** Parts to format; the class and sequence may be given as integers. */
export interface ComponentCodeInput {
  countyCode: string;
  majorCode: string | number;
  minorCode: string | number;
  sequence: string | number;
}

/** Joins the parts into a 16-digit component code; throws a DataError naming a bad part. */
export function formatComponentCode(parts: ComponentCodeInput): string {
  const code = COMPONENT_CODE_STRUCTURE.map((segment) => segmentValue(STAGE, segment, parts[segment.key as keyof ComponentCodeInput])).join('');
  decodeParts(ComponentCodeParts.parse(splitSegments(code, COMPONENT_CODE_STRUCTURE)), code);
  return code;
}
