// Chinese numerals in door plates, floors and rooms: 一百零八 -> 108, 十二 -> 12, 二〇一 -> 201.
// Two written forms exist: positional (十, 百, 千 as multipliers) and digit by digit (二〇一,
// 一二〇一, usual for rooms and years). A run with a multiplier is read positionally, any other
// run digit by digit. Only runs followed by a numbering suffix are converted (see
// normalize-address-text.ts), so names such as 中山东一路 or 十六铺 keep their characters.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with (万 and above do not occur in addresses). */
export const CHINESE_NUMERAL_CHARACTERS = '零〇一二两三四五六七八九十百千';

/** True when `char` is one of {@link CHINESE_NUMERAL_CHARACTERS}. */
export function isChineseNumeralCharacter(char: string): boolean {
  return char in DIGITS || char in MULTIPLIERS;
}

/**
 * The value of a Chinese numeral (一百零八 -> 108, 十二 -> 12, 二〇一 -> 201), or `null` when the
 * run is not a well-formed number (百 alone, 十十, 三百五百).
 */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral.length === 0) return null;
  const chars = [...numeral];
  if (!chars.every(isChineseNumeralCharacter)) return null;
  if (!chars.some((char) => char in MULTIPLIERS)) {
    return Number(chars.map((char) => DIGITS[char]).join(''));
  }
  let total = 0;
  let pending: number | null = null;
  let lastMultiplier = Infinity;
  for (const char of chars) {
    if (char in DIGITS) {
      if (pending !== null && DIGITS[char] !== 0) return null; // two digits in a row: 三五百
      pending = DIGITS[char] === 0 ? pending : DIGITS[char];
      continue;
    }
    const multiplier = MULTIPLIERS[char];
    if (multiplier >= lastMultiplier) return null; // 十十, 十百
    if (pending === null && multiplier !== 10) return null; // 百 alone
    total += (pending ?? 1) * multiplier;
    pending = null;
    lastMultiplier = multiplier;
  }
  return total + (pending ?? 0);
}
