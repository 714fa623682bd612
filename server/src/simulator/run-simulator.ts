/**
 * The demo simulator of `npm start`: makes the demo sensors (demo-sensors.ts) and feeds them.
 * Air-quality stations replay the Beijing PRSA series hour by hour at its real pace (each
 * wall-clock hour shows the same calendar hour of a year the data covers); lifeline sensors
 * report every `stepMs` (default 5 s) from lifeline-signal.ts. On start it fills in what is
 * missing of the last `backfillHours` (default 24 h; every 5 minutes for lifeline sensors),
 * so charts have a history and alarms of the past day are there. Everything goes through the
 * normal ingest, so alarms, the live stream and the API see it as any sensor's data.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '@cimtwin/schemas';
import type { Knex } from 'knex';
import type { Logger } from '../logger.ts';
import { ingestObservations } from '../sensors/ingest/ingest-observations.ts';
import { AIR_QUALITY_COLUMNS, readStationSeries, replayedHour, type StationSeries } from './air-quality-series.ts';
import { ensureDemoSensors, type DemoSensor } from './demo-sensors.ts';
import { lifelineValue, type LifelineKind } from './lifeline-signal.ts';

export interface SimulatorOptions {
  /** Folder of the PRSA station files (PRSA_Data_<Station>_<from>-<to>.csv). */
  airQualityDir: string;
  /** Pipe network the lifeline sensors sit on. */
  networkId: string;
  stepMs?: number;
  backfillHours?: number;
  /** The clock (ms since the epoch); the wall clock by default. */
  now?: () => number;
  logger?: Logger;
}

export const SIMULATOR_DEFAULTS = { stepMs: 5000, backfillHours: 24, backfillStepMs: 300_000 } as const;

const REPLAY_NOTE = 'Replayed: the values are Beijing measurements shown at a site of the Shanghai sample district, the hour of a past year at the same hour of today.';

/** A running simulator. */
export interface Simulator {
  sensors: DemoSensor[];
  /** Observations stored to fill the last hours on start. */
  backfilled: number;
  stop(): Promise<void>;
}

/** Starts the simulator; resolves once the demo sensors exist and the backfill is stored. */
export async function startSimulator(knex: Knex, options: SimulatorOptions): Promise<Simulator> {
  const log = options.logger?.child({ module: 'simulator' });
  const stepMs = options.stepMs ?? SIMULATOR_DEFAULTS.stepMs;
  const sensors = await ensureDemoSensors(knex, options.networkId, REPLAY_NOTE);
  const series = new Map<string, StationSeries>();
  for (const sensor of sensors) {
    if (sensor.station && !series.has(sensor.station)) {
      series.set(sensor.station, await readStationSeries(await stationFile(options.airQualityDir, sensor.station)));
    }
  }
  const clock = options.now ?? Date.now;
  const now = clock();
  const from = now - (options.backfillHours ?? SIMULATOR_DEFAULTS.backfillHours) * 3_600_000;
  const newest = await newestTimes(knex, sensors);
  const backfill: unknown[] = [];
  for (const sensor of sensors) {
    const start = Math.max(from, (newest.get(sensor.thingId) ?? 0) + 1);
    if (sensor.kind === 'air-quality') {
      for (let hour = Math.ceil(start / 3_600_000) * 3_600_000; hour <= now; hour += 3_600_000) backfill.push(...airQuality(sensor, series.get(sensor.station!)!, hour));
    } else {
      const step = SIMULATOR_DEFAULTS.backfillStepMs;
      for (let t = Math.ceil(start / step) * step; t <= now; t += step) backfill.push(lifeline(sensor, t));
    }
  }
  for (let i = 0; i < backfill.length; i += 5000) await ingestObservations(knex, backfill.slice(i, i + 5000), { source: 'simulator' });
  log?.info({ sensors: sensors.length, backfilled: backfill.length }, 'simulator started');
  const backfilled = backfill.length;

  let lastHour = Math.floor(now / 3_600_000) * 3_600_000;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const t = Math.floor(clock() / 1000) * 1000;
    const items: unknown[] = sensors.filter((sensor) => sensor.kind !== 'air-quality').map((sensor) => lifeline(sensor, t));
    const hour = Math.floor(t / 3_600_000) * 3_600_000;
    if (hour > lastHour) {
      lastHour = hour;
      for (const sensor of sensors) if (sensor.kind === 'air-quality') items.push(...airQuality(sensor, series.get(sensor.station!)!, hour));
    }
    running = running.then(() => ingestObservations(knex, items, { source: 'simulator' })).catch((error: unknown) => log?.warn({ err: error }, 'simulated observations not stored'));
  }, stepMs);
  timer.unref();
  return {
    sensors,
    backfilled,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

function lifeline(sensor: DemoSensor, t: number): unknown {
  const [datastreamId] = Object.values(sensor.datastreams);
  return { Datastream: { '@iot.id': datastreamId }, phenomenonTime: new Date(t).toISOString(), result: lifelineValue(sensor.kind as LifelineKind, sensor.seed, t), parameters: { simulated: true } };
}

function airQuality(sensor: DemoSensor, series: StationSeries, hour: number): unknown[] {
  const source = replayedHour(series, hour);
  const values = series.hours.get(source);
  if (!values) return [];
  return AIR_QUALITY_COLUMNS.flatMap((column, k) => {
    const datastreamId = sensor.datastreams[column.key];
    const value = values[k];
    if (datastreamId === undefined || value === null) return [];
    return [{ Datastream: { '@iot.id': datastreamId }, phenomenonTime: new Date(hour).toISOString(), result: Math.round(value * 1000) / 1000, parameters: { replayOf: `${series.station} ${new Date(source + 8 * 3_600_000).toISOString().slice(0, 13)}:00+08:00` } }];
  });
}

/** Newest phenomenon time per thing, ms. */
async function newestTimes(knex: Knex, sensors: DemoSensor[]): Promise<Map<number, number>> {
  const rows = await knex.raw(
    `SELECT d.thing_id, max(o.phenomenon_time) AS newest FROM sensor_datastreams d JOIN sensor_observations o ON o.datastream_id = d.id WHERE d.thing_id = ANY(?::bigint[]) GROUP BY d.thing_id`,
    [sensors.map((sensor) => sensor.thingId)],
  );
  return new Map((rows.rows as { thing_id: number; newest: Date }[]).map((row) => [Number(row.thing_id), new Date(row.newest).getTime()]));
}

async function stationFile(dir: string, station: string): Promise<string> {
  const name = (await fs.readdir(dir)).find((file) => file.startsWith(`PRSA_Data_${station}_`) && file.endsWith('.csv'));
  if (!name) throw new DataError(`simulator: no PRSA_Data_${station}_*.csv in ${dir}`);
  return path.join(dir, name);
}
