// Normalisation of free-text addresses before parsing, in two passes over the characters:
// 1. per character: full-width forms to ASCII (１２３ -> 123, Ａ -> A, ＃ -> #), the ideographic
//    space and all white space dropped, decorative punctuation dropped (，。、：；！？ quotes and
//    book-title brackets), dashes and tildes unified (— – ～ -> - ~), variant forms of numbering
//    words unified (號 -> 号, 衖/衕 -> 弄) and the traditional characters of place names
//    simplified (海澱區 -> 海淀区, see traditional-characters.ts);
// 2. Chinese numerals followed by a numbering suffix become ASCII digits (一百零八号 -> 108号,
//    十二层 -> 12层, 二〇一室 -> 201室), everything else keeps its characters (中山东一路, 十六铺).
// Letters keep their case: POI names (SOHO, iapm) are compared as written, the matchers of
// floors and door plates are case-insensitive. Parentheses are kept: official names contain
// them (中国（上海）自由贸易试验区). The offsets map each output character back to the input.
//
// Rejected: converting every numeral run (breaks road names such as 四川中路 or 中山东一路, which
// the address library stores with their characters) and dropping parentheses (merges a remark
// into the name before it).
import { chineseNumeralValue, isChineseNumeralCharacter } from './chinese-numerals.ts';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-characters.ts';

/** The normalised text and, for each of its characters, the offset of its source in the input. */
export interface NormalizedAddressText {
  text: string;
  /** `sourceOffsets[i]` is the input offset of `text[i]`; one more entry holds the input length. */
  sourceOffsets: number[];
}

const VARIANTS: Record<string, string> = {
  號: '号', 衖: '弄', 衕: '弄', 樓: '楼', 層: '层', 棟: '栋', 單: '单', 門: '门', 區: '区', 縣: '县', 鎮: '镇',
  '〜': '~', '—': '-', '–': '-', '―': '-', '‐': '-', '‑': '-', '−': '-', '﹣': '-', '－': '-',
};

/** Punctuation that decorates an address without meaning (the comma between parts, quotes). */
const DECORATIVE = new Set([...'，,。、；;：:！!？?“”"‘’\'「」『』【】〔〕《》〈〉<>·•…`']);

/** Suffixes that make a numeral before them a number: door plates, lanes, buildings, units, floors, rooms. */
const NUMBERING_SUFFIX = /^(?:支弄|号|弄|幢|栋|座|楼|单元|层|室|户|门(?![\u3400-\u9fff]))/;

function toHalfWidth(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return char;
}

/** Pass 1: width, variants, white space and decorative punctuation. */
function normalizeCharacters(input: string): { chars: string[]; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const raw of input) {
    const half = toHalfWidth(raw);
    const char = VARIANTS[half] ?? TRADITIONAL_TO_SIMPLIFIED[half] ?? half;
    if (!/\s/.test(char) && !DECORATIVE.has(char)) {
      chars.push(char);
      offsets.push(offset);
    }
    offset += raw.length;
  }
  return { chars, offsets };
}

/** Pass 2: Chinese numerals before a numbering suffix to digits. */
function convertNumerals(chars: string[], offsets: number[]): { chars: string[]; offsets: number[] } {
  const outChars: string[] = [];
  const outOffsets: number[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!isChineseNumeralCharacter(chars[i]) || chars[i] === '百' || chars[i] === '千') {
      outChars.push(chars[i]);
      outOffsets.push(offsets[i]);
      i++;
      continue;
    }
    let end = i;
    while (end < chars.length && isChineseNumeralCharacter(chars[end])) end++;
    const run = chars.slice(i, end).join('');
    const after = chars.slice(end, end + 3).join('');
    const value = NUMBERING_SUFFIX.test(after) ? chineseNumeralValue(run) : null;
    if (value === null) {
      for (let k = i; k < end; k++) {
        outChars.push(chars[k]);
        outOffsets.push(offsets[k]);
      }
    } else {
      for (const digit of String(value)) {
        outChars.push(digit);
        outOffsets.push(offsets[i]);
      }
    }
    i = end;
  }
  return { chars: outChars, offsets: outOffsets };
}

/**
 * Normalises a free-text address: half-width characters, no spaces or decorative punctuation,
 * unified variants and ASCII digits for numbered parts. Pure; never throws for a string.
 */
export function normalizeAddressText(input: string): NormalizedAddressText {
  const first = normalizeCharacters(input);
  const second = convertNumerals(first.chars, first.offsets);
  return { text: second.chars.join(''), sourceOffsets: [...second.offsets, input.length] };
}
