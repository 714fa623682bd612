import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CodeSegment, segmentValue, splitSegments } from './code-segment.ts';
import { GB_T_10114_RECALLED, GB_T_30428_1_RECALLED } from './case-code-sources.ts';
import { checkDivisionCode } from './division-code.ts';

// The unit grid (万米单元网格) code of GB/T 30428.1: county division code, street (街道/乡镇) code,
// community (社区/村) code and a grid sequence number within the community, 15 digits in all.
// A code that does not have this shape, or has 000 in a segment that names a place, is a
// DataError; the town and community kinds come from the GB/T 10114 ranges and are hints only.

const STAGE = 'grid-code';
const G = { source: GB_T_30428_1_RECALLED, provenance: 'general-knowledge', verified: false } as const;

/** The segments of the 15-digit unit-grid code, in order. */
export const GRID_CODE_STRUCTURE: readonly CodeSegment[] = z.array(CodeSegment).parse([
  { ...G, key: 'countyCode', digits: [1, 6], nameZh: '县级及县级以上行政区划代码', nameEn: 'GB/T 2260 county or district code', note: null },
  { ...G, key: 'streetCode', digits: [7, 9], nameZh: '街道代码', nameEn: 'street office or town code (GB/T 10114)', note: '001-999; 000 is not a town' },
  { ...G, key: 'communityCode', digits: [10, 12], nameZh: '社区代码', nameEn: 'community or village code', note: '001-999; 000 is not a community' },
  { ...G, key: 'sequence', digits: [13, 15], nameZh: '单元网格顺序码', nameEn: 'grid sequence number within the community', note: '001-999' },
]);

/** The four parts of a unit-grid code, each as its fixed-width digit string. */
export const GridCodeParts = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  streetCode: z.string().regex(/^\d{3}$/),
  communityCode: z.string().regex(/^\d{3}$/),
  sequence: z.string().regex(/^\d{3}$/),
});
export type GridCodeParts = z.infer<typeof GridCodeParts>;

/** A 15-digit unit-grid code as a string. */
export const GridCode = z.string().regex(/^\d{15}$/, 'a unit-grid code has 15 digits');
export type GridCode = z.infer<typeof GridCode>;

/** Kind of town-level unit by the GB/T 10114 ranges of its code (a hint; see GB_T_10114_RECALLED). */
export type TownKind = 'street-office' | 'town' | 'township' | 'other';
/** Kind of community-level unit by the GB/T 10114 ranges of its code. */
export type CommunityKind = 'residents-committee' | 'villagers-committee' | 'other';

/** A decoded unit-grid code. */
export interface DecodedGridCode extends GridCodeParts {
  code: string;
  townKind: TownKind;
  communityKind: CommunityKind;
}

/** Source of the town and community kind ranges. */
export const GRID_KIND_SOURCE = { source: GB_T_10114_RECALLED, provenance: 'general-knowledge', verified: false } as const;

function townKind(code: string): TownKind {
  const n = Number(code);
  return n <= 99 ? 'street-office' : n <= 199 ? 'town' : n <= 399 ? 'township' : 'other';
}

function communityKind(code: string): CommunityKind {
  const n = Number(code);
  return n <= 199 ? 'residents-committee' : n <= 399 ? 'villagers-committee' : 'other';
}

function checkParts(parts: GridCodeParts, code: string): void {
  checkDivisionCode(STAGE, parts.countyCode, `grid ${code}: county code`);
  for (const segment of GRID_CODE_STRUCTURE.slice(1)) {
    const value = parts[segment.key as keyof GridCodeParts];
    if (value === '000') throw new DataError(`${STAGE}: grid ${code}: digits ${segment.digits[0]}-${segment.digits[1]} (${segment.nameZh}) are 000; give ${segment.note}`);
  }
}

/**
 * Splits a unit-grid code such as `110105001002003` (county 110105, street 001, community 002,
 * grid 003). Throws a DataError that names the bad segment when the code is not 15 digits, the
 * county code has no GB/T 2260 province prefix, or a street, community or grid segment is 000.
 */
export function decodeGridCode(code: string): DecodedGridCode {
  const trimmed = code.trim();
  if (!/^\d{15}$/.test(trimmed)) {
    throw new DataError(`${STAGE}: "${code}" is not a unit-grid code; give 15 digits: 6 county + 3 street + 3 community + 3 grid, e.g. 110105001002003`);
  }
  const parts = GridCodeParts.parse(splitSegments(trimmed, GRID_CODE_STRUCTURE));
  checkParts(parts, trimmed);
  return { code: trimmed, ...parts, townKind: townKind(parts.streetCode), communityKind: communityKind(parts.communityCode) };
}

/** Parts to format; the 3-digit parts may be given as integers. */
export interface GridCodeInput {
  countyCode: string;
  streetCode: string | number;
  communityCode: string | number;
  sequence: string | number;
}

/** Joins the parts into a 15-digit unit-grid code; throws a DataError naming a bad part. */
export function formatGridCode(parts: GridCodeInput): string {
  const values = GRID_CODE_STRUCTURE.map((segment) => segmentValue(STAGE, segment, parts[segment.key as keyof GridCodeInput]));
  const code = values.join('');
  checkParts(GridCodeParts.parse(splitSegments(code, GRID_CODE_STRUCTURE)), code);
  return code;
}
