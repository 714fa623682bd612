import { DataError } from '@cimtwin/schemas';
import { numericPoints, timeMilliseconds, type SeriesPoint } from './series-point.ts';

// Bucketed downsampling for charts: [from, to] is cut into equal buckets and each reports min,
// max, mean, count and the times and values of its first and last point, so a chart can draw a
// min–max band and a line and still show every spike. Empty buckets are kept (count 0, nulls)
// so gaps stay visible. Gaps (null values) are skipped.

/** The range and the number of buckets. */
export interface DownsampleOptions {
  from: number | string;
  to: number | string;
  buckets: number;
}

/** Most buckets one call returns. */
export const DOWNSAMPLE_LIMITS = { maxBuckets: 100_000 } as const;

/** Figures of one bucket, times as ISO 8601 instants; the value fields are null when empty. */
export interface SeriesBucket {
  from: string;
  to: string;
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  firstTime: string | null;
  firstValue: number | null;
  lastTime: string | null;
  lastValue: number | null;
}

const STAGE = 'downsample';

/** Downsamples `points` into `buckets` equal buckets over [from, to]; the last bucket includes `to`. */
export function downsampleSeries(points: readonly SeriesPoint[], options: DownsampleOptions): SeriesBucket[] {
  const from = timeMilliseconds(options.from, STAGE, 'from');
  const to = timeMilliseconds(options.to, STAGE, 'to');
  if (!(to > from)) throw new DataError(`${STAGE}: to (${new Date(to).toISOString()}) must be after from (${new Date(from).toISOString()})`);
  if (!Number.isInteger(options.buckets) || options.buckets < 1 || options.buckets > DOWNSAMPLE_LIMITS.maxBuckets) {
    throw new DataError(`${STAGE}: buckets is ${options.buckets}; give a whole number from 1 to ${DOWNSAMPLE_LIMITS.maxBuckets}`);
  }
  const width = (to - from) / options.buckets;
  const sums = new Array<number>(options.buckets).fill(0);
  const buckets: SeriesBucket[] = Array.from({ length: options.buckets }, (_, i) => ({
    from: new Date(from + i * width).toISOString(),
    to: new Date(i === options.buckets - 1 ? to : from + (i + 1) * width).toISOString(),
    count: 0,
    min: null,
    max: null,
    mean: null,
    firstTime: null,
    firstValue: null,
    lastTime: null,
    lastValue: null,
  }));
  for (const point of numericPoints(points, STAGE)) {
    if (point.time < from || point.time > to) continue;
    const i = Math.min(options.buckets - 1, Math.floor((point.time - from) / width));
    const bucket = buckets[i];
    if (bucket.count === 0) {
      bucket.min = bucket.max = point.value;
      bucket.firstTime = new Date(point.time).toISOString();
      bucket.firstValue = point.value;
    }
    bucket.min = Math.min(bucket.min!, point.value);
    bucket.max = Math.max(bucket.max!, point.value);
    bucket.lastTime = new Date(point.time).toISOString();
    bucket.lastValue = point.value;
    bucket.count += 1;
    sums[i] += point.value;
  }
  buckets.forEach((bucket, i) => {
    if (bucket.count > 0) bucket.mean = sums[i] / bucket.count;
  });
  return buckets;
}
