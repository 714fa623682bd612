import type { HeaderUnit } from './cjj61-columns.ts';
import type { Cjj61Cell } from './cjj61-table.ts';

// 管径/断面 as surveyed: `DN300`, `De315`, `Φ300`, `300`, `300mm`, `0.3m`, `12"` for round pipes,
// `400×300` (also `400X300`, `400*300`) width × height for boxes and ducts. Sizes in CJJ 61
// tables are millimetres, so a number needs no unit. The exception is a small number: `0.3`
// is a diameter in metres as some GIS exports write it, but `4` could be inches (US data),
// metres of a culvert or a count of duct holes. The rule, per value:
//   - an explicit unit in the value or the header, or a DN/De/Φ prefix (millimetres) decides;
//   - else the sizeUnit option, when not `auto`;
//   - else above 10: millimetres; 10 or below with a decimal point: metres (noted);
//     a whole number of 10 or below: not read (ambiguous), so the caller warns.

/** Unit of a size without one: `auto` applies the rule above. */
export type SizeUnit = 'auto' | 'mm' | 'm' | 'in';

/** A parsed section size in metres, with a note when a guess was made. */
export interface SectionSize {
  diameter: number | null;
  width: number | null;
  height: number | null;
  /** Set when the unit was guessed, e.g. `0.3 read as metres`. */
  note: string | null;
}

const METRES: Record<string, number> = { mm: 0.001, cm: 0.01, m: 1, in: 0.0254, ft: 0.3048 };
const UNIT_WORDS: Record<string, string> = { mm: 'mm', 毫米: 'mm', cm: 'cm', 厘米: 'cm', m: 'm', 米: 'm', in: 'in', inch: 'in', '"': 'in', 英寸: 'in' };
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const UNIT = String.raw`\s*(mm|毫米|cm|厘米|m|米|in|inch|"|英寸)?`;
const ROUND = new RegExp(String.raw`^(dn|de|d|φ|ф|ø|直径)?\s*${NUMBER}${UNIT}$`, 'i');
const BOX = new RegExp(String.raw`^${NUMBER}${UNIT}\s*[x×*]\s*${NUMBER}${UNIT}$`, 'i');

/** Parses a size cell; a string result is the reason it could not be read. Zero means unknown. */
export function parseSectionSize(value: Cjj61Cell, sizeUnit: SizeUnit, headerUnit: HeaderUnit | null = null): SectionSize | string {
  const text = String(value).normalize('NFKC').trim().replace(/\s+/g, ' ');
  const round = ROUND.exec(text);
  if (round) {
    const [, prefix, number, unit] = round;
    const metric = prefix !== undefined && !/^直径$/.test(prefix);
    const size = toMetres(number, unit ?? (metric ? 'mm' : undefined), sizeUnit, headerUnit);
    if (typeof size === 'string') return `"${value}": ${size}`;
    return { diameter: size.metres || null, width: null, height: null, note: size.note && `"${value}": ${size.note}` };
  }
  const box = BOX.exec(text);
  if (box) {
    const [, first, firstUnit, second, secondUnit] = box;
    const width = toMetres(first, firstUnit ?? secondUnit, sizeUnit, headerUnit);
    const height = toMetres(second, secondUnit ?? firstUnit, sizeUnit, headerUnit);
    if (typeof width === 'string' || typeof height === 'string') return `"${value}": ${typeof width === 'string' ? width : height}`;
    const note = width.note ?? height.note;
    return { diameter: null, width: width.metres || null, height: height.metres || null, note: note && `"${value}": ${note}` };
  }
  return `"${value}" is not a size such as DN300, 300, Φ300 or 400×300`;
}

function toMetres(number: string, unit: string | undefined, sizeUnit: SizeUnit, headerUnit: HeaderUnit | null): { metres: number; note: string | null } | string {
  const n = Number(number);
  const explicit = unit === undefined ? (headerUnit ?? (sizeUnit === 'auto' ? undefined : sizeUnit)) : UNIT_WORDS[unit.toLowerCase()];
  if (explicit) return { metres: n * METRES[explicit], note: null };
  if (n > 10) return { metres: n * METRES.mm, note: null };
  if (number.includes('.')) return { metres: n, note: `${number} read as metres (a size of 10 or less with a decimal point)` };
  if (n === 0) return { metres: 0, note: null };
  return `${number} without a unit is ambiguous (millimetres, metres or inches?); give the sizeUnit option or write the unit`;
}
