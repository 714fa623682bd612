import { z } from 'zod';
import { ADDRESS_LEVELS, AddressLevel, type AddressLevel as Level } from './address-levels.ts';

/**
 * The elements of an address by level, each in its normalised written form: official division
 * names (上海市, 浦东新区, 陆家嘴街道), the road's full name (世纪大道), the door plate with ASCII
 * digits and its suffixes (100号, 1000弄5号, 15甲号), and 3号楼 / 2单元 / 12层 / 1201室 inside
 * the building. Levels not present are absent.
 */
export const AddressElements = z.object(
  Object.fromEntries(ADDRESS_LEVELS.map((level) => [level, z.string().min(1).optional()])) as Record<Level, z.ZodOptional<z.ZodString>>,
);
export type AddressElements = Partial<Record<Level, string>>;

/** Administrative division codes (GB/T 2260, and the 9- and 12-digit town and community codes) of the division levels found. */
export const DivisionCodes = z.object({
  province: z.string().regex(/^\d{2}$/).optional(),
  city: z.string().regex(/^\d{4}$/).optional(),
  district: z.string().regex(/^\d{6}$/).optional(),
  town: z.string().regex(/^\d{9}$/).optional(),
  community: z.string().regex(/^\d{12}$/).optional(),
});
export type DivisionCodes = z.infer<typeof DivisionCodes>;

/** How an element of a parse was found. */
export const ElementSource = z.enum([
  'text', // written in the input
  'alias', // written as an alias or abbreviation (沪, 浦东)
  'inferred', // not written; implied by a lower level (上海市 from 浦东新区)
  'corrected', // written with a typo and matched to a known name
]);
export type ElementSource = z.infer<typeof ElementSource>;

/** One element of a parse, with where it stands in the input. */
export const ParsedElement = z.object({
  level: AddressLevel,
  value: z.string().describe('normalised form'),
  text: z.string().describe('as written in the input ("" when inferred)'),
  start: z.number().int().describe('offset in the normalised input; -1 when inferred'),
  end: z.number().int(),
  source: ElementSource,
  confidence: z.number().min(0).max(1),
});
export type ParsedElement = z.infer<typeof ParsedElement>;

/** The result of parsing one free-text address. */
export const ParsedAddress = z.object({
  input: z.string(),
  normalized: z.string().describe('the input after width, numeral and variant normalisation'),
  elements: AddressElements,
  codes: DivisionCodes,
  details: z.array(ParsedElement),
  /** Text the parser could not place, in input order. */
  unparsed: z.array(z.string()),
  /** The deepest level found. */
  level: AddressLevel.nullable(),
  confidence: z.number().min(0).max(1),
});
export type ParsedAddress = z.infer<typeof ParsedAddress>;
