/**
 * Deadline arithmetic in working hours. An instant is shifted by the calendar's UTC offset so
 * that whole days are local days; then the working periods of each working day are walked in
 * order, taking from each what is left of the hours. A start outside working time starts
 * counting at the next working period; a deadline that ends exactly at the end of a period is
 * that end (12:00, not 13:30). Tried and rejected: stepping minute by minute, which is simple but
 * slow for week-long limits and rounds to the minute.
 */
import { DataError } from '@cimtwin/schemas';
import type { TimeLimit, WorkingCalendar } from '../case-schemas.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const MAX_DAYS = 3660;

function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** True when the local day (days since 1970-01-01 local) is a working day of the calendar. */
function isWorkingDay(day: number, calendar: WorkingCalendar): boolean {
  const date = new Date(day * DAY);
  const iso = date.toISOString().slice(0, 10);
  if (calendar.extraWorkdays.includes(iso)) return true;
  if (calendar.holidays.includes(iso)) return false;
  return calendar.workdays.includes(date.getUTCDay());
}

/** The working periods of a local day as [start, end) in local milliseconds. */
function periodsOf(day: number, calendar: WorkingCalendar): Array<[number, number]> {
  if (!isWorkingDay(day, calendar)) return [];
  return calendar.periods.map((period) => [day * DAY + clockMinutes(period.start) * MINUTE, day * DAY + clockMinutes(period.end) * MINUTE]);
}

/** The instant `hours` working hours after `start`. */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  if (!(hours >= 0) || !Number.isFinite(hours)) throw new DataError(`working-hours: cannot add ${hours} working hours; give a number of hours of 0 or more`);
  const offset = calendar.utcOffsetMinutes * MINUTE;
  const local = start.getTime() + offset;
  let remaining = Math.round(hours * HOUR);
  const firstDay = Math.floor(local / DAY);
  for (let day = firstDay; day < firstDay + MAX_DAYS; day++) {
    for (const [periodStart, periodEnd] of periodsOf(day, calendar)) {
      const from = Math.max(periodStart, local);
      if (from >= periodEnd) continue;
      if (remaining <= periodEnd - from) return new Date(from + remaining - offset);
      remaining -= periodEnd - from;
    }
  }
  throw new DataError(`working-hours: the working calendar has no working time for ${hours} hours within ${MAX_DAYS} days of ${start.toISOString()}; check its workdays and holidays`);
}

/** Working hours between two instants; negative when `end` is before `start`. */
export function workingHoursBetween(start: Date, end: Date, calendar: WorkingCalendar): number {
  if (end.getTime() < start.getTime()) return -workingHoursBetween(end, start, calendar);
  const offset = calendar.utcOffsetMinutes * MINUTE;
  const from = start.getTime() + offset;
  const to = end.getTime() + offset;
  let total = 0;
  for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day++) {
    for (const [periodStart, periodEnd] of periodsOf(day, calendar)) {
      total += Math.max(0, Math.min(periodEnd, to) - Math.max(periodStart, from));
    }
  }
  return total / HOUR;
}

/** The instant a time limit that starts at `start` runs out, in working or calendar hours. */
export function addTimeLimit(start: Date, limit: TimeLimit, calendar: WorkingCalendar): Date {
  return limit.unit === 'calendar-hours' ? new Date(start.getTime() + Math.round(limit.hours * HOUR)) : addWorkingHours(start, limit.hours, calendar);
}

/** Hours between two instants counted the way the limit counts them. */
export function hoursBetween(start: Date, end: Date, unit: TimeLimit['unit'], calendar: WorkingCalendar): number {
  return unit === 'calendar-hours' ? (end.getTime() - start.getTime()) / HOUR : workingHoursBetween(start, end, calendar);
}
