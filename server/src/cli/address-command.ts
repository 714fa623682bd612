import readline from 'node:readline';
import { DataError } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importAddresses } from '../addresses/import/import-addresses.ts';
import { divisionResolver } from '../addresses/import/resolve-divisions.ts';
import { divisionGazetteer } from '../addresses/parse/division-gazetteer.ts';
import { parseAddress } from '../addresses/parse/parse-address.ts';
import { openServices } from './open-services.ts';

const ADDRESS_USAGE = 'address parse "<text>" | address parse --stdin | address import <table.csv|table.geojson ...> [--id SOURCE] [--layer BUILDINGS_LAYER]';

/**
 * `cimtwin address parse "<text>"` prints the parse as JSON; `--stdin` reads one address a line
 * and writes one JSON object a line (no database needed). `cimtwin address import` loads
 * address tables into the library as one source, linked to the buildings of `--layer`.
 */
export async function runAddressCommand(config: Config, logger: Logger, positionals: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [subcommand, ...rest] = positionals;
  if (subcommand === 'parse') {
    const gazetteer = divisionGazetteer();
    if (values.stdin) {
      const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) if (line.trim()) process.stdout.write(`${JSON.stringify(parseAddress(line, gazetteer))}\n`);
      return 0;
    }
    if (rest.length === 0) throw new DataError(`address parse: give the text, or --stdin; usage: cimtwin ${ADDRESS_USAGE}`);
    console.log(JSON.stringify(parseAddress(rest.join(' '), gazetteer), null, 2));
    return 0;
  }
  if (subcommand === 'import') {
    if (rest.length === 0) throw new DataError(`address import: give the address table(s); usage: cimtwin ${ADDRESS_USAGE}`);
    const { db } = await openServices(config, logger);
    try {
      const report = await importAddresses(db.knex, rest, {
        sourceId: values.id as string | undefined,
        linkLayerId: (values.layer as string | undefined) ?? 'buildings',
        resolveDivisions: divisionResolver(divisionGazetteer()),
        logger,
      });
      console.log(JSON.stringify(report, null, 2));
      return 0;
    } finally {
      await db.close();
    }
  }
  throw new DataError(`address: unknown subcommand "${subcommand ?? ''}"; usage: cimtwin ${ADDRESS_USAGE}`);
}
