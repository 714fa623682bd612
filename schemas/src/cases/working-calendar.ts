import { z } from 'zod';

// The working calendar that working-hour deadlines count in: working periods of a day, the
// working weekdays, public holidays and the weekend days worked instead (调休). Local time is a
// fixed UTC offset, which is exact for China (no daylight saving time).

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day as HH:MM, 00:00 to 24:00');
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** One working period of a day, e.g. 08:30 to 12:00. */
export const WorkingPeriod = z.object({ start: ClockTime, end: ClockTime });
export type WorkingPeriod = z.infer<typeof WorkingPeriod>;

/** A working calendar. */
export const WorkingCalendar = z
  .object({
    utcOffsetMinutes: z.number().int().min(-720).max(840).describe('local time offset from UTC; 480 for China'),
    workdays: z.array(z.number().int().min(0).max(6)).describe('working weekdays, 0 = Sunday ... 6 = Saturday'),
    periods: z.array(WorkingPeriod).min(1).describe('working periods of a working day, in order, not overlapping'),
    holidays: z.array(CalendarDate).describe('dates off although on a working weekday (法定节假日)'),
    extraWorkdays: z.array(CalendarDate).describe('dates worked although on a weekend (调休上班)'),
  })
  .superRefine((calendar, context) => {
    let previousEnd = -1;
    for (const [index, period] of calendar.periods.entries()) {
      const start = minutes(period.start);
      const end = minutes(period.end);
      if (end <= start) context.addIssue({ code: 'custom', path: ['periods', index], message: `period ${period.start}-${period.end} ends before it starts` });
      if (start < previousEnd) context.addIssue({ code: 'custom', path: ['periods', index], message: `period ${period.start}-${period.end} overlaps or precedes the one before` });
      previousEnd = end;
    }
    if (calendar.workdays.length === 0 && calendar.extraWorkdays.length === 0) context.addIssue({ code: 'custom', path: ['workdays'], message: 'a calendar needs working days' });
  });
export type WorkingCalendar = z.infer<typeof WorkingCalendar>;

/** Default calendar: Monday to Friday 08:30-12:00 and 13:30-17:30 China time, no holidays listed. */
export const WORKING_CALENDAR_DEFAULTS: WorkingCalendar = Object.freeze(
  WorkingCalendar.parse({
    utcOffsetMinutes: 480,
    workdays: [1, 2, 3, 4, 5],
    periods: [
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ],
    holidays: [],
    extraWorkdays: [],
  }),
);
