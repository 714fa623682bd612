import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { WORKING_CALENDAR_DEFAULTS, type WorkingCalendar } from '../case-schemas.ts';
import { addTimeLimit, addWorkingHours, hoursBetween, workingHoursBetween } from './working-hours.ts';

// 2024-05-06 is a Monday. China's 2024 May Day break: 1-5 May off, Sunday 28 April and
// Saturday 11 May worked instead.
const calendar = WORKING_CALENDAR_DEFAULTS;
const MAY_DAY: WorkingCalendar = {
  ...calendar,
  holidays: ['2024-05-01', '2024-05-02', '2024-05-03'],
  extraWorkdays: ['2024-04-28', '2024-05-11'],
};
const at = (local: string) => new Date(`${local}+08:00`);
const add = (start: string, hours: number, cal: WorkingCalendar = calendar) => addWorkingHours(at(start), hours, cal).toISOString();
const iso = (local: string) => at(local).toISOString();

test('within a morning, and exactly to the end of it', () => {
  assert.equal(add('2024-05-06T09:00:00', 2), iso('2024-05-06T11:00:00'));
  assert.equal(add('2024-05-06T11:00:00', 1), iso('2024-05-06T12:00:00'));
});

test('across lunch', () => {
  assert.equal(add('2024-05-06T11:00:00', 2), iso('2024-05-06T14:30:00'));
  assert.equal(add('2024-05-06T12:30:00', 1), iso('2024-05-06T14:30:00'));
});

test('across the evening and from before work', () => {
  assert.equal(add('2024-05-06T16:30:00', 3), iso('2024-05-07T10:30:00'));
  assert.equal(add('2024-05-06T19:00:00', 1), iso('2024-05-07T09:30:00'));
  assert.equal(add('2024-05-07T07:00:00', 1), iso('2024-05-07T09:30:00'));
});

test('across a weekend: one working day from Friday afternoon', () => {
  assert.equal(add('2024-05-10T16:00:00', 7.5), iso('2024-05-13T16:00:00'));
  assert.equal(add('2024-05-12T10:00:00', 1), iso('2024-05-13T09:30:00'));
});

test('across holidays, and on a weekend day worked instead', () => {
  // Tuesday 30 April 17:00: half an hour that day, then 1-3 May off and the weekend.
  assert.equal(add('2024-04-30T17:00:00', 1, MAY_DAY), iso('2024-05-06T09:00:00'));
  assert.equal(add('2024-04-30T17:00:00', 1), iso('2024-05-01T09:00:00'));
  // Friday 10 May 17:00: Saturday 11 May is a working day.
  assert.equal(add('2024-05-10T17:00:00', 1, MAY_DAY), iso('2024-05-11T09:00:00'));
  // Sunday 28 April is worked.
  assert.equal(add('2024-04-28T08:00:00', 1, MAY_DAY), iso('2024-04-28T09:30:00'));
});

test('instants in any offset count in local time', () => {
  assert.equal(addWorkingHours(new Date('2024-05-06T01:00:00Z'), 1, calendar).toISOString(), '2024-05-06T02:00:00.000Z');
});

test('working hours between two instants', () => {
  assert.equal(workingHoursBetween(at('2024-05-10T16:00:00'), at('2024-05-13T10:00:00'), calendar), 3);
  assert.equal(workingHoursBetween(at('2024-05-13T10:00:00'), at('2024-05-10T16:00:00'), calendar), -3);
  assert.equal(workingHoursBetween(at('2024-05-06T12:10:00'), at('2024-05-06T13:20:00'), calendar), 0);
  assert.equal(workingHoursBetween(at('2024-05-06T00:00:00'), at('2024-05-07T00:00:00'), calendar), 7.5);
  assert.equal(workingHoursBetween(at('2024-04-30T08:30:00'), at('2024-05-07T08:30:00'), MAY_DAY), 7.5 * 2);
  const start = at('2024-05-09T10:15:00');
  assert.equal(workingHoursBetween(start, addWorkingHours(start, 13.25, calendar), calendar), 13.25);
});

test('calendar-hour limits ignore the calendar', () => {
  assert.equal(addTimeLimit(at('2024-05-10T17:00:00'), { hours: 2, unit: 'calendar-hours' }, calendar).toISOString(), iso('2024-05-10T19:00:00'));
  assert.equal(addTimeLimit(at('2024-05-10T17:00:00'), { hours: 2, unit: 'working-hours' }, calendar).toISOString(), iso('2024-05-13T10:00:00'));
  assert.equal(hoursBetween(at('2024-05-10T17:00:00'), at('2024-05-13T10:00:00'), 'calendar-hours', calendar), 65);
  assert.equal(hoursBetween(at('2024-05-10T17:00:00'), at('2024-05-13T10:00:00'), 'working-hours', calendar), 2);
});

test('bad hours and calendars without working time are DataErrors', () => {
  assert.throws(() => addWorkingHours(at('2024-05-06T09:00:00'), -1, calendar), (error) => isDataError(error) && /cannot add -1 working hours/.test((error as Error).message));
  const never: WorkingCalendar = { ...calendar, workdays: [], extraWorkdays: [] };
  assert.throws(() => addWorkingHours(at('2024-05-06T09:00:00'), 1, never), (error) => isDataError(error) && /no working time for 1 hours/.test((error as Error).message));
});
