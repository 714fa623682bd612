import { cellText, type Cjj61Cell } from './cjj61-table.ts';

// Survey tables fill unknown values with placeholders ("-", "/", "无", "不详") rather than leaving
// them empty; those read as null, not as errors. Anything else that is not a number is reported.

const PLACEHOLDERS = new Set(['-', '--', '—', '/', '\\', '*', '无', '不详', '未知', '未探明', 'null', 'none', 'n/a', 'na', '#n/a']);

/** A number cell: the number, null when empty or a placeholder, `invalid` when it is text. */
export function readNumberCell(value: Cjj61Cell | undefined): number | null | 'invalid' {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = cellText(value);
  if (text === null || PLACEHOLDERS.has(text.toLowerCase())) return null;
  const cleaned = text.normalize('NFKC').replace(/\s*(m|米)$/i, '').replace(/,/g, '');
  const n = Number(cleaned);
  return cleaned !== '' && Number.isFinite(n) ? n : 'invalid';
}

/** A text cell, trimmed; null when empty or a placeholder. */
export function readTextCell(value: Cjj61Cell | undefined): string | null {
  const text = cellText(value);
  return text === null || PLACEHOLDERS.has(text.toLowerCase()) ? null : text;
}

/**
 * The year of 埋设年代: a year (`1998`, `1998年`), a date (`1998-06-01`, `1998/6/1`, `1998.06`,
 * `19980601`) or an Excel serial date number; null when empty, `invalid` otherwise (e.g. `90年代`).
 */
export function readYearCell(value: Cjj61Cell | undefined): number | null | 'invalid' {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1800 && value <= 2100) return value;
    // Excel serial days since 1899-12-30; 7306 is 1920-01-01, 73051 is 2100-01-01.
    if (value >= 7306 && value < 73051) return new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000).getUTCFullYear();
    if (Number.isInteger(value) && value >= 18000101 && value <= 21001231) return Math.floor(value / 10000);
    return 'invalid';
  }
  const text = readTextCell(value);
  if (text === null) return null;
  const match = /^(1[89]\d\d|20\d\d|2100)(?:\s*年(?:\s*\d{1,2}\s*月.*)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[T ].*)?|\d{4})?$/.exec(text.normalize('NFKC'));
  return match ? Number(match[1]) : 'invalid';
}

/** Valve status (阀门状态): 开/常开/open → open, 关/闭/常闭/closed → closed; null when empty or unknown. */
export function readStatusCell(value: Cjj61Cell | undefined): 'open' | 'closed' | null | 'invalid' {
  const text = readTextCell(value)?.toLowerCase();
  if (!text) return null;
  if (/^(开|常开|开启|打开|open|opened|o)$/.test(text)) return 'open';
  if (/^(关|闭|常闭|关闭|关断|closed|close|shut|c)$/.test(text)) return 'closed';
  return 'invalid';
}
