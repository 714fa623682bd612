import { DataError } from '../data-error.ts';

// Grid and component codes open with a 6-digit GB/T 2260 division code. Only the province prefix
// is checked: the list of county codes changes every year and is not a code list to keep here.

/** First two digits of GB/T 2260 codes: the 34 provincial-level divisions (recalled). */
export const PROVINCE_PREFIXES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
];

/** Throws a DataError unless `code` is 6 digits with a GB/T 2260 province prefix. */
export function checkDivisionCode(stage: string, code: string, context: string): void {
  if (!/^\d{6}$/.test(code)) throw new DataError(`${stage}: ${context} "${code}" is not a GB/T 2260 division code; give 6 digits, e.g. 110105`);
  if (!PROVINCE_PREFIXES.includes(code.slice(0, 2))) {
    throw new DataError(`${stage}: ${context} ${code} starts with ${code.slice(0, 2)}, which is no GB/T 2260 province (11 Beijing ... 82 Macao); check the division code`);
  }
}
