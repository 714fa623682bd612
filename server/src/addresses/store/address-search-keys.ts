/**
 * The keys an address is searched by: its text folded for matching (NFKC turns full-width
 * digits and letters into ASCII, case and separators dropped) and its pinyin, whole and by
 * initials. Queries go through the same folding, so 中山东一路１８号, "中山东一路 18号" and
 * 中山东一路18号 meet.
 */
import { pinyin } from 'pinyin-pro';

const SEPARATORS = /[\s\p{P}\p{S}]+/gu;

/** Text folded for matching: NFKC, lower case, no spaces, punctuation or symbols. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}

/** The pinyin of a text without tones or spaces, and its initials; digits and letters stay. */
export function pinyinKeys(text: string): { pinyin: string; initials: string } {
  const folded = searchKey(text);
  const full = pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const first = pinyin(folded, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return { pinyin: full.join(''), initials: first.join('') };
}

/** Whether a query is written in Latin letters and digits only (pinyin or initials). */
export function isLatinQuery(key: string): boolean {
  return /^[a-z0-9]+$/.test(key) && /[a-z]/.test(key);
}
