import { parseArgs } from 'node:util';
import { isDataError } from '@cimtwin/schemas';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { runIfc } from './ifc-command.ts';
import { runImport } from './import-command.ts';
import { runNetworkCommand } from './network-command.ts';
import { runAddressCommand } from './address-command.ts';
import { runReviewCommand } from './review-command.ts';
import { runServe } from './serve-command.ts';
import { runTile } from './tile-command.ts';

const USAGE = `cimtwin — city information model platform

Usage:
  cimtwin start [--port N]                 load the sample district (if changed), tile it, serve API and viewer
  cimtwin serve [--port N]                 serve API and viewer without loading samples
  cimtwin import <file> --layer <id> [--title T] [--kind K] [--crs EPSG:n]
                                           import GeoJSON or Shapefile (.zip, or .shp beside .dbf/.prj) into a layer
  cimtwin tile <layer> [--out DIR]         tile a layer into 3D Tiles: publish to the tile store, or write DIR
  cimtwin ifc <file> [--name N] [--origin lon,lat,height] [--rotation deg] [--override-georeference]
                                           import an IFC model (.ifc, .ifczip): elements into PostGIS, meshes as 3D Tiles
  cimtwin review <model.ifc|model-id> [--ids spec.ids] [--rules pack[,pack]] [--params conditions.json]
                 [--format json|html|bcf] [--out FILE] [--ignore-ifc-version]
                                           check a model against an IDS 1.0 file and/or rule packs;
                                           exit 0 when every required check passes, 1 when any fails, 2 on invalid input
  cimtwin network import <file...> [--name N] [--id ID] [--format epanet|swmm|cjj61] [--crs EPSG:n|none]
                 [--pipe-type JS|PS|RQ|RL|DL|TX|GY|QT] [--valves valves.shp]
                                           import a pipe network (EPANET or SWMM .inp, CJJ 61 point and line tables
                                           as CSV, GeoJSON or Shapefile): points, segments and topology into PostGIS,
                                           a QA report, pipes as 3D Tiles at their depth
  cimtwin address parse "<text>" | --stdin  split addresses into standard elements (JSON; one object a line with --stdin)
  cimtwin address import <table...> [--id SOURCE] [--layer L]
                                           load standard address tables (CSV or GeoJSON) into the library, linked to buildings of L

Layer kinds: buildings, roads, landuse, water, generic (guessed from the layer id when absent).
Configuration comes from the environment (PORT, DATA_DIR, DATABASE_URL, TILE_STORAGE, TILES_DIR, LOG_LEVEL); see README.`;

/** Runs one CLI command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  let logger = createLogger(process.env.LOG_LEVEL ?? 'info');
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        layer: { type: 'string' },
        title: { type: 'string' },
        kind: { type: 'string' },
        crs: { type: 'string' },
        out: { type: 'string' },
        name: { type: 'string' },
        origin: { type: 'string' },
        rotation: { type: 'string' },
        'override-georeference': { type: 'boolean' },
        ids: { type: 'string' },
        rules: { type: 'string' },
        params: { type: 'string' },
        format: { type: 'string' },
        'ignore-ifc-version': { type: 'boolean' },
        id: { type: 'string' },
        'pipe-type': { type: 'string' },
        valves: { type: 'string' },
        stdin: { type: 'boolean' },
      },
    });
    const config = loadConfig({ port: values.port });
    logger = createLogger(config.logLevel);
    switch (command) {
      case 'start':
        return await runServe(config, logger, { loadSamples: true });
      case 'serve':
        return await runServe(config, logger, { loadSamples: false });
      case 'import':
        return await runImport(config, logger, positionals, values as Record<string, string | undefined>);
      case 'tile':
        return await runTile(config, logger, positionals, values as Record<string, string | undefined>);
      case 'ifc':
        return await runIfc(config, logger, positionals, values);
      case 'review':
        return await runReviewCommand(config, logger, positionals, values);
      case 'network':
        return await runNetworkCommand(config, logger, positionals, values);
      case 'address':
        return await runAddressCommand(config, logger, positionals, values);
      default:
        console.error(`cimtwin: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (isDataError(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`cimtwin: ${(error as Error).message}`);
      return 2;
    }
    logger.fatal({ err: error }, 'cimtwin failed');
    return 1;
  }
}
