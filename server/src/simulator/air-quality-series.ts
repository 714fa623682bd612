/**
 * The Beijing Multi-Site Air-Quality Data (PRSA, hourly, March 2013 – February 2017) read for a
 * replay: per station the hourly values by their time (the data's local time, UTC+8). The
 * replay shows each hour at the same calendar hour of today's date in a year the data covers,
 * so the series runs at its real pace.
 */
import fs from 'node:fs/promises';
import { DataError } from '@cimtwin/schemas';

/** Columns replayed, with the observed property key the alarm defaults name and the unit. */
export const AIR_QUALITY_COLUMNS = [
  { column: 'PM2.5', key: 'pm2.5', name: 'PM2.5', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³' }, scale: 1 },
  { column: 'PM10', key: 'pm10', name: 'PM10', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³' }, scale: 1 },
  { column: 'NO2', key: 'no2', name: 'NO₂', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³' }, scale: 1 },
  // The data gives CO in µg/m³; the 24-hour standard and the alarm defaults use mg/m³.
  { column: 'CO', key: 'co', name: 'CO', unit: { name: 'milligram per cubic metre', symbol: 'mg/m³' }, scale: 0.001 },
  { column: 'O3', key: 'o3', name: 'O₃', unit: { name: 'microgram per cubic metre', symbol: 'µg/m³' }, scale: 1 },
  { column: 'TEMP', key: 'air-temperature', name: '气温', unit: { name: 'degree Celsius', symbol: '°C' }, scale: 1 },
] as const;

/** One station's series: values per column by hour (ms of the hour in UTC). */
export interface StationSeries {
  station: string;
  hours: Map<number, Array<number | null>>;
  first: number;
  last: number;
}

/** Reads one PRSA station file. */
export async function readStationSeries(file: string): Promise<StationSeries> {
  const lines = (await fs.readFile(file, 'utf8')).split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0].split(',').map((cell) => cell.replace(/"/g, ''));
  const index = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new DataError(`air-quality-replay: ${file} has no column ${name}; expected the PRSA columns year, month, day, hour, ${AIR_QUALITY_COLUMNS.map((c) => c.column).join(', ')}, station`);
    return i;
  };
  const [year, month, day, hour, station] = ['year', 'month', 'day', 'hour', 'station'].map(index);
  const columns = AIR_QUALITY_COLUMNS.map((c) => index(c.column));
  const hours = new Map<number, Array<number | null>>();
  let name = '';
  for (const line of lines.slice(1)) {
    const cells = line.split(',').map((cell) => cell.replace(/"/g, ''));
    const time = Date.UTC(Number(cells[year]), Number(cells[month]) - 1, Number(cells[day]), Number(cells[hour]) - 8);
    hours.set(
      time,
      columns.map((i, k) => (cells[i] === 'NA' || cells[i] === '' ? null : Number(cells[i]) * AIR_QUALITY_COLUMNS[k].scale)),
    );
    name = cells[station];
  }
  const times = [...hours.keys()];
  return { station: name, hours, first: Math.min(...times), last: Math.max(...times) };
}

/** The data hour shown at wall-clock hour `t`: the same calendar hour, whole years back, inside the data. */
export function replayedHour(series: StationSeries, t: number): number {
  const hour = Math.floor(t / 3_600_000) * 3_600_000;
  const date = new Date(hour);
  for (let back = 1; back < 50; back++) {
    const shifted = Date.UTC(date.getUTCFullYear() - back, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours());
    if (shifted <= series.last && shifted >= series.first) return shifted;
  }
  throw new DataError(`air-quality-replay: the ${series.station} series (${new Date(series.first).toISOString()} – ${new Date(series.last).toISOString()}) has no year with ${date.toISOString().slice(5, 13)}`);
}
