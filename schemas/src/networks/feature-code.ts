import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CJJ61_APPENDIX_F_TRANSCRIPTION, CodeListSource } from './code-list-provenance.ts';
import { PIPE_TYPES, type PipeSubtype, type PipeType } from './pipe-types.ts';

// CJJ 61-2017 Appendix F gives every pipeline feature an 8-digit code. Only the structure is kept
// here: which digits mean what, and the values of the digits whose meaning is stated in the
// transcription. The per-subtype tables of digits 7-8 (弯头, 三通, 阀门 ...) are not encoded: the
// only transcription at hand has visible errors (a 9-digit code, duplicated rows), and copying
// them would pass errors off as the standard.

/** One position (a digit or a digit range) of the 8-digit feature code. */
export const FeatureCodePosition = CodeListSource.extend({
  digits: z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(8)]).describe('first and last digit, 1-based'),
  nameZh: z.string(),
  nameEn: z.string(),
  values: z.record(z.string(), z.string()).describe('known values and their meaning; empty when the values are per-subtype tables not encoded here'),
  note: z.string().nullable(),
});
export type FeatureCodePosition = z.infer<typeof FeatureCodePosition>;

const F = { source: CJJ61_APPENDIX_F_TRANSCRIPTION, provenance: 'secondary-transcription', verified: false } as const;

/** The digits of the CJJ 61-2017 Appendix F feature code, in order. */
export const FEATURE_CODE_STRUCTURE: readonly FeatureCodePosition[] = z.array(FeatureCodePosition).parse([
  {
    ...F, digits: [1, 1], nameZh: '基础地理信息要素分类代码', nameEn: 'national basic geographic feature class (GB/T 13923)',
    values: { '5': '管线 pipelines' }, note: 'always 5 for pipeline features',
  },
  {
    ...F, digits: [2, 2], nameZh: '管线类别码（大类）', nameEn: 'main pipe type',
    values: Object.fromEntries(PIPE_TYPES.map((type) => [type.numericCode, `${type.code} ${type.nameZh} ${type.nameEn}`])), note: 'the numeric code of PIPE_TYPES',
  },
  {
    ...F, digits: [3, 4], nameZh: '管线子类码（小类）', nameEn: 'pipe subtype',
    values: {}, note: 'two-digit numeric code of the subtype within its main type (PIPE_TYPES[].subtypes[].numericCode); the transcription also lists 99 其他 under 给水 and 排水',
  },
  {
    ...F, digits: [5, 5], nameZh: '要素类型码', nameEn: 'feature geometry type',
    values: { '1': '管线段 line segment', '2': '管线点 point', '3': '管线面 area' }, note: null,
  },
  {
    ...F, digits: [6, 6], nameZh: '管点类型码', nameEn: 'point type',
    values: { '0': '管线段或管线面 (not a point)', '1': '特征点 feature point (bend, tee, reducer ...)', '2': '附属物 appurtenance (valve, manhole, hydrant ...)' },
    note: 'the transcription text gives 0/1/2; its table header also lists 3 其他特征, which is left out until checked',
  },
  {
    ...F, digits: [7, 8], nameZh: '要素序号', nameEn: 'feature sequence number',
    values: {}, note: '01-99 within the subtype and point type, from the per-subtype tables of Appendix F (not encoded); 00 for line and area features',
  },
]);

/** Meaning of the digit-5 feature geometry type. */
export type FeatureGeometryType = 'line' | 'point' | 'area';
/** Meaning of the digit-6 point type. */
export type FeaturePointType = 'none' | 'feature-point' | 'appurtenance';

/** An 8-digit feature code split into its parts; unknown digit values are listed in `problems`. */
export interface DecodedFeatureCode {
  code: string;
  pipeType: PipeType | null;
  subtype: PipeSubtype | null;
  geometryType: FeatureGeometryType | null;
  pointType: FeaturePointType | null;
  sequence: string;
  problems: string[];
}

const GEOMETRY_TYPES: Record<string, FeatureGeometryType> = { '1': 'line', '2': 'point', '3': 'area' };
const POINT_TYPES: Record<string, FeaturePointType> = { '0': 'none', '1': 'feature-point', '2': 'appurtenance' };

/**
 * Splits a CJJ 61-2017 feature code such as `52012202` (雨水 附属物 02). Throws a DataError when the
 * code is not 8 digits; digit values not in FEATURE_CODE_STRUCTURE are reported in `problems`.
 */
export function decodeFeatureCode(code: string): DecodedFeatureCode {
  const trimmed = code.trim();
  if (!/^\d{8}$/.test(trimmed)) throw new DataError(`feature-code: "${code}" is not a CJJ 61 feature code; give 8 digits, e.g. 52012202`);
  const problems: string[] = [];
  if (trimmed[0] !== '5') problems.push(`digit 1 is ${trimmed[0]}, expected 5 (管线)`);
  const pipeType = PIPE_TYPES.find((type) => type.numericCode === trimmed[1]) ?? null;
  if (!pipeType) problems.push(`digit 2 is ${trimmed[1]}, not a pipe type code (1-8)`);
  const subtypeCode = trimmed.slice(2, 4);
  const subtype = pipeType?.subtypes.find((entry) => entry.numericCode === subtypeCode) ?? null;
  if (pipeType && !subtype) problems.push(`digits 3-4 are ${subtypeCode}, not a subtype of ${pipeType.code} ${pipeType.nameZh}`);
  const geometryType = GEOMETRY_TYPES[trimmed[4]] ?? null;
  if (!geometryType) problems.push(`digit 5 is ${trimmed[4]}, expected 1 (line), 2 (point) or 3 (area)`);
  const pointType = POINT_TYPES[trimmed[5]] ?? null;
  if (!pointType) problems.push(`digit 6 is ${trimmed[5]}, expected 0, 1 or 2`);
  else if (geometryType === 'point' && pointType === 'none') problems.push('digit 6 is 0 but digit 5 says point; a point is 1 (feature point) or 2 (appurtenance)');
  else if (geometryType && geometryType !== 'point' && pointType !== 'none') problems.push(`digit 6 is ${trimmed[5]} but a ${geometryType} feature has 0`);
  return { code: trimmed, pipeType, subtype, geometryType, pointType, sequence: trimmed.slice(6, 8), problems };
}
