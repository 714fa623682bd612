/**
 * ISO 8601 literals of `$filter`: date-times with an offset (`2013-03-01T00:00:00Z`,
 * `2022-12-23T13:21:31+01:00`), dates (`2013-03-01`), times of day (`13:21:31`) and the
 * durations of OData's Edm.Duration (`duration'P1DT2H'`: days, hours, minutes, seconds).
 * Values keep their text: PostgreSQL reads it to the microsecond, a JS Date would round it.
 */

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\dT])/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?![\d:])/;
const DURATION = /^-?P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/** A temporal literal read at the start of a text, or a problem to report. */
export type TemporalReading =
  | { type: 'datetime' | 'date' | 'time'; value: string; length: number }
  | { problem: string; length: number };

/** Reads a date-time, date or time at the start of `text`; undefined when none starts there. */
export function readTemporal(text: string): TemporalReading | undefined {
  const spaced = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)? \d{2}:\d{2}/.exec(text);
  if (spaced) return { problem: `${spaced[0]} reads as a date-time with a space before its offset: a '+' in a URL means a space, so encode it as %2B`, length: spaced[0].length };
  const datetime = DATETIME.exec(text);
  if (datetime) {
    const [value, year, month, day, hour, minute, second = '0', offset] = datetime;
    if (!offset) return { problem: `the date-time ${value} has no offset; add Z for UTC or an offset such as +08:00`, length: value.length };
    if (!isDate(+year, +month, +day) || +hour > 23 || +minute > 59 || +second > 59 || !isOffset(offset)) return { problem: `${value} is not a valid date-time`, length: value.length };
    return { type: 'datetime', value, length: value.length };
  }
  const date = DATE.exec(text);
  if (date) {
    const [value, year, month, day] = date;
    return isDate(+year, +month, +day) ? { type: 'date', value, length: value.length } : { problem: `${value} is not a valid date`, length: value.length };
  }
  const time = TIME.exec(text);
  if (time) {
    const [value, hour, minute, second = '0'] = time;
    return +hour <= 23 && +minute <= 59 && +second <= 59 ? { type: 'time', value, length: value.length } : { problem: `${value} is not a valid time of day`, length: value.length };
  }
  return undefined;
}

/** Why a `duration'…'` body is refused, or undefined when it is a simple ISO 8601 duration. */
export function durationProblem(body: string): string | undefined {
  if (/^-?P[^T]*[YM]/.test(body)) return `duration'${body}' counts years or months, which have no fixed length; give days, e.g. duration'P30D'`;
  if (!DURATION.test(body) || /^-?PT?$/.test(body) || body.endsWith('T')) return `duration'${body}' is not an ISO 8601 duration such as duration'P1DT2H30M' or duration'PT15M'`;
  return undefined;
}

function isDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isOffset(offset: string): boolean {
  if (offset === 'Z') return true;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return hours <= 23 && minutes <= 59;
}
