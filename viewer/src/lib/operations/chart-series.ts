import type { DatastreamSeries } from '../api/sensor-types.ts';

/** A chart point: time (ms since the epoch) and value. */
export interface ChartPoint {
  t: number;
  v: number;
}

/** The spread of a time bucket, drawn as a band behind its mean. */
export interface ChartBandPoint {
  t: number;
  min: number;
  max: number;
}

/** What the sensor chart draws of one datastream: a line, and a band when the API bucketed. */
export interface ChartSeries {
  datastreamId: number;
  points: ChartPoint[];
  band: ChartBandPoint[];
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The series endpoint's answer as chart points. Raw and LTTB points are taken as they are
 * (non-numeric results left out); buckets become their mean at the middle of the bucket,
 * with their min and max as the band.
 */
export function chartSeriesOf(datastreamId: number, series: DatastreamSeries): ChartSeries {
  if (series.kind !== 'buckets') {
    const points = series.points.flatMap((point) => (isNumber(point.v) ? [{ t: Date.parse(point.t), v: point.v }] : []));
    return { datastreamId, points: points.filter((point) => Number.isFinite(point.t)).sort((a, b) => a.t - b.t), band: [] };
  }
  const starts = series.buckets.map((bucket) => Date.parse(bucket.from));
  const gaps = starts.slice(1).map((start, index) => start - starts[index]).filter((gap) => gap > 0);
  const half = gaps.length > 0 ? Math.min(...gaps) / 2 : 0;
  const points: ChartPoint[] = [];
  const band: ChartBandPoint[] = [];
  series.buckets.forEach((bucket, index) => {
    const t = starts[index] + half;
    if (isNumber(bucket.mean)) points.push({ t, v: bucket.mean });
    if (isNumber(bucket.min) && isNumber(bucket.max)) band.push({ t, min: bucket.min, max: bucket.max });
  });
  return { datastreamId, points, band };
}

/** The series with a live value added in time order (one at the same time is replaced); non-numbers are ignored. */
export function appendChartPoint(series: ChartSeries, time: string, value: unknown): ChartSeries {
  const t = Date.parse(time);
  if (!isNumber(value) || !Number.isFinite(t)) return series;
  const points = [...series.points.filter((point) => point.t !== t), { t, v: value }].sort((a, b) => a.t - b.t);
  return { ...series, points };
}
