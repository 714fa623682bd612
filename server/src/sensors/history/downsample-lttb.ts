import { DataError } from '@cimtwin/schemas';
import { numericPoints, timeMilliseconds, type NumericPoint, type SeriesPoint } from './series-point.ts';

// Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series for Visual
// Representation"): keeps the first and last points, splits the rest into equal-count buckets
// and keeps from each the point that forms the largest triangle with the point kept before it
// and the mean of the next bucket. It keeps real points (a line chart stays true to the data)
// and tends to keep spikes, but unlike downsampleSeries' min and max it does not promise every
// extreme: use the buckets when a peak must never be lost.

/** How many points to keep, and optionally a range to keep them from. */
export interface LttbOptions {
  points: number;
  from?: number | string;
  to?: number | string;
}

const STAGE = 'downsample-lttb';

/** Downsamples `points` to at most `options.points` points of the series, times in ms. */
export function downsampleSeriesLttb(points: readonly SeriesPoint[], options: LttbOptions): NumericPoint[] {
  if (!Number.isInteger(options.points) || options.points < 3) throw new DataError(`${STAGE}: points is ${options.points}; give a whole number of at least 3 (the first, the last and one between)`);
  const from = options.from === undefined ? -Infinity : timeMilliseconds(options.from, STAGE, 'from');
  const to = options.to === undefined ? Infinity : timeMilliseconds(options.to, STAGE, 'to');
  const data = numericPoints(points, STAGE).filter((point) => point.time >= from && point.time <= to);
  if (data.length <= options.points) return data;

  const kept: NumericPoint[] = [data[0]];
  const bucketSize = (data.length - 2) / (options.points - 2);
  let previous = data[0];
  for (let bucket = 0; bucket < options.points - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(data.length, Math.floor((bucket + 2) * bucketSize) + 1);
    let meanTime = 0;
    let meanValue = 0;
    for (let i = end; i < nextEnd; i++) {
      meanTime += data[i].time;
      meanValue += data[i].value;
    }
    const nextCount = nextEnd - end;
    meanTime /= nextCount;
    meanValue /= nextCount;
    let best = data[start];
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((previous.time - meanTime) * (data[i].value - previous.value) - (previous.time - data[i].time) * (meanValue - previous.value));
      if (area > bestArea) {
        bestArea = area;
        best = data[i];
      }
    }
    kept.push(best);
    previous = best;
  }
  kept.push(data[data.length - 1]);
  return kept;
}
