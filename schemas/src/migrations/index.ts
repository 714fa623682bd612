import type { Knex } from 'knex';
import * as baseLayers from './0001-base-layers.ts';
import * as bimModels from './0002-bim-models.ts';
import * as jobs from './0003-jobs.ts';
import * as bimReview from './0004-bim-review.ts';
import * as pipeNetworks from './0005-pipe-networks.ts';
import * as standardAddresses from './0006-standard-addresses.ts';
import * as sensors from './0007-sensors.ts';
import * as liveEventsAndAlarms from './0008-live-events-and-alarms.ts';
import * as urbanCases from './0009-urban-cases.ts';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

const MIGRATIONS: ReadonlyArray<[string, Migration]> = [
  ['0001-base-layers', baseLayers],
  ['0002-bim-models', bimModels],
  ['0003-jobs', jobs],
  ['0004-bim-review', bimReview],
  ['0005-pipe-networks', pipeNetworks],
  ['0006-standard-addresses', standardAddresses],
  ['0007-sensors', sensors],
  ['0008-live-events-and-alarms', liveEventsAndAlarms],
  ['0009-urban-cases', urbanCases],
];

/**
 * The knex migrations of cimtwin as an in-code source, so they run the same from TypeScript
 * sources, a bundle or a test, on PGlite and on a PostgreSQL server.
 */
export const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    return MIGRATIONS.map(([name]) => name);
  },
  getMigrationName(name) {
    return name;
  },
  async getMigration(name) {
    const found = MIGRATIONS.find(([n]) => n === name);
    if (!found) throw new Error(`migrations: unknown migration ${name}`);
    return found[1];
  },
};
