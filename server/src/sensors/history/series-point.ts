import { DataError } from '@cimtwin/schemas';

/** One value of a time series; `time` is ms since the epoch or an ISO 8601 instant, `value` null for a gap. */
export interface SeriesPoint {
  time: number | string;
  value: number | null;
}

/** A point with its time in milliseconds and a finite value. */
export interface NumericPoint {
  time: number;
  value: number;
}

/** Milliseconds of a time given as a number or an ISO 8601 instant with its offset. */
export function timeMilliseconds(time: number | string, stage: string, what: string): number {
  if (typeof time === 'number' && Number.isFinite(time)) return time;
  if (typeof time === 'string' && /(Z|[+-]\d\d:\d\d)$/.test(time) && !Number.isNaN(Date.parse(time))) return Date.parse(time);
  throw new DataError(`${stage}: ${what} is ${JSON.stringify(time)}; give milliseconds since the epoch or an ISO 8601 instant with its offset`);
}

/** The points with a finite value, times in milliseconds, in time order (stable for equal times). */
export function numericPoints(points: readonly SeriesPoint[], stage: string): NumericPoint[] {
  const numeric: NumericPoint[] = [];
  points.forEach((point, index) => {
    if (point.value === null || !Number.isFinite(point.value)) return;
    numeric.push({ time: timeMilliseconds(point.time, stage, `point ${index}'s time`), value: point.value });
  });
  for (let i = 1; i < numeric.length; i++) {
    if (numeric[i].time < numeric[i - 1].time) return numeric.sort((a, b) => a.time - b.time);
  }
  return numeric;
}
