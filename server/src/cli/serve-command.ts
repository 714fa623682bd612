import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createApp } from '../api/create-app.ts';
import { loadSampleDistrict } from '../load-sample-district.ts';
import { sharedIfcReaderPool } from '../bim/ifc-reader-pool.ts';
import { openServices } from './open-services.ts';
import { startSensorIngest } from '../sensors/mqtt/start-sensor-ingest.ts';
import { LiveHub } from '../live/live-hub.ts';
import { startAlarmTicker } from '../sensors/alarm-store/tick-alarms.ts';
import { AIR_QUALITY_SAMPLE } from '@cimtwin/data-samples';
import { SAMPLE_NETWORK_ID } from '../load-sample-district.ts';
import { startSimulator, type Simulator } from '../simulator/run-simulator.ts';
import { startCaseSimulator, type CaseSimulator } from '../simulator/case-simulator.ts';
import { startAlarmCaseOpener } from '../sensors/alarm-store/open-alarm-cases.ts';

/** The built viewer, served at `/`. */
export const VIEWER_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../viewer/dist');

/** `cimtwin serve` and `cimtwin start`: serve until SIGINT/SIGTERM. */
export async function runServe(config: Config, logger: Logger, options: { loadSamples: boolean }): Promise<number> {
  const { db, storage } = await openServices(config, logger);
  if (options.loadSamples) {
    const done = await loadSampleDistrict(db.knex, storage, logger);
    logger.info(done, 'sample district ready');
  }
  const live = new LiveHub(db.knex, { listen: db.listen, logger });
  const app = createApp({
    live,
    knex: db.knex,
    tiles: storage,
    tileStorage: storage,
    logger,
    maxPageSize: config.maxPageSize,
    maxUploadBytes: config.maxUploadMb * 1048576,
    viewerDir: VIEWER_DIST,
    backend: db.backend,
  });
  const sensors = await startSensorIngest(db.knex, config, logger);
  const ticker = startAlarmTicker(db.knex, { logger });
  const stopCaseOpener = config.alarmCaseSeverity === 'none' ? () => undefined : await startAlarmCaseOpener(db.knex, live, config.alarmCaseSeverity, logger);
  // The demo sensors run with the sample district (`cimtwin start`), unless SIMULATOR=off.
  let simulator: Simulator | undefined;
  let caseSimulator: CaseSimulator | undefined;
  if (options.loadSamples && config.simulator === 'on') {
    simulator = await startSimulator(db.knex, { airQualityDir: AIR_QUALITY_SAMPLE.dir, networkId: SAMPLE_NETWORK_ID, stepMs: config.simulatorStepMs, logger });
  }
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Demo cases fill in their week while the server already answers.
  const startingCases = options.loadSamples && config.simulator === 'on' ? startCaseSimulator(db.knex, { logger }).then((started) => (caseSimulator = started)) : undefined;
  startingCases?.catch((error: unknown) => logger.warn({ err: error }, 'no demo cases'));
  // An IFC reader waits started, so the first upload does not pay for starting one.
  sharedIfcReaderPool().warm().catch((error: unknown) => logger.warn({ err: error }, 'could not start an IFC reader in advance'));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ url: `http://localhost:${port}` }, 'cimtwin is serving the API at /api and the viewer at /');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      logger.info('shutting down');
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  sharedIfcReaderPool().close();
  await simulator?.stop();
  await startingCases?.catch(() => undefined);
  await caseSimulator?.stop();
  stopCaseOpener();
  ticker.stop();
  await live.close();
  await sensors.close();
  await db.close();
  return 0;
}
