import type { ChartSeries } from './chart-series.ts';

// Geometry of the sensor chart: scales from the time window and the values, "nice" value
// ticks (1, 2 or 5 times a power of ten) and whole-hour time ticks, the line and band as SVG
// path data. Pure, so the drawing can be checked without a browser.

/** Size of the chart and the margins the axis labels take, in SVG units. */
export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The sensor panel's chart: 256 × 120 with room for the labels. */
export const CHART_FRAME_DEFAULTS: Readonly<ChartFrame> = Object.freeze({ width: 256, height: 120, left: 34, right: 6, top: 6, bottom: 16 });

/** Where everything of a chart goes. */
export interface ChartGeometry {
  /** SVG path of the line; empty without points. */
  line: string;
  /** SVG path of the band (closed); empty without one. */
  band: string;
  /** Each point drawn, in time order. */
  dots: { x: number; y: number; t: number; v: number }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; time: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** About `count` nice ticks covering [min, max], e.g. 0, 20, 40, 60 for 3…58. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return niceTicks(min - 1, max + 1, count);
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let value = first; value < max + step * 0.999; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** Whole local hours in [from, to], every 6 hours for a day or more, else every hour. */
export function timeTicks(from: number, to: number): number[] {
  const stepHours = to - from >= 12 * 3_600_000 ? 6 : 1;
  const start = new Date(from);
  start.setMinutes(0, 0, 0);
  while (start.getTime() < from || start.getHours() % stepHours !== 0) start.setHours(start.getHours() + 1);
  const ticks: number[] = [];
  for (const time = start; time.getTime() <= to; time.setHours(time.getHours() + stepHours)) ticks.push(time.getTime());
  return ticks;
}

/** The chart of a series over the window [from, to]; points outside it are left out. */
export function chartGeometry(series: ChartSeries, window: { from: number; to: number }, frame: ChartFrame = CHART_FRAME_DEFAULTS): ChartGeometry {
  const inWindow = <T extends { t: number }>(entries: T[]) => entries.filter((entry) => entry.t >= window.from && entry.t <= window.to);
  const points = inWindow(series.points);
  const band = inWindow(series.band);
  const values = [...points.map((point) => point.v), ...band.flatMap((entry) => [entry.min, entry.max])];
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values)) : [0, 1];
  const low = ticks[0];
  const high = ticks[ticks.length - 1];
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const x = (t: number) => round(frame.left + ((t - window.from) / (window.to - window.from || 1)) * plotWidth);
  const y = (v: number) => round(frame.top + (1 - (v - low) / (high - low || 1)) * plotHeight);
  const dots = points.map((point) => ({ x: x(point.t), y: y(point.v), t: point.t, v: point.v }));
  const line = dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  const upper = band.map((entry) => `${x(entry.t)} ${y(entry.max)}`);
  const lower = band.map((entry) => `${x(entry.t)} ${y(entry.min)}`).reverse();
  return {
    line,
    band: band.length > 0 ? `M${[...upper, ...lower].join(' L')} Z` : '',
    dots,
    yTicks: ticks.map((value) => ({ y: y(value), value })),
    xTicks: timeTicks(window.from, window.to).map((time) => ({ x: x(time), time })),
  };
}
