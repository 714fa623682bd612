import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import { DataError, PIPE_TYPE_CODES, type Network, type NetworkQaReport, type PipeTypeCode } from '@cimtwin/schemas';
import type { TilesetStorage } from '@cimtwin/tiler';
import type { Logger } from '../logger.ts';
import { parseCrs } from '../import/resolve-crs.ts';
import { parseEpanetInp } from './parse/parse-epanet-inp.ts';
import { parseSwmmInp } from './parse/parse-swmm-inp.ts';
import { readCjj61Files } from './parse/cjj61-read-files.ts';
import { checkNetworkQuality } from './qa/check-network-quality.ts';
import { readShapefilePoints } from './snap/read-shapefile-points.ts';
import { snapPointsToLinks } from './snap/snap-points-to-links.ts';
import { storeNetwork } from './store/store-network.ts';
import { chooseWorkCrs, toWorkCoordinates } from './store/work-crs.ts';
import { getNetworkInfo } from './store/load-network.ts';
import { networkTilesetId, tileNetwork } from './tile-network.ts';

/** Formats `cimtwin network import` reads. */
export const NETWORK_FORMATS = ['epanet', 'swmm', 'cjj61'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** Options of {@link importNetwork}. */
export interface ImportNetworkOptions {
  /** Network id (URL segment); from the name when absent. */
  id?: string;
  name?: string;
  /** Guessed from the files when absent: .inp by its sections, anything else CJJ 61 tables. */
  format?: NetworkFormat;
  /** CRS of the source coordinates, `EPSG:n`; `none` for local coordinates. */
  crs?: string;
  /** CJJ 61 pipe type of the whole network, when the files do not say. */
  pipeType?: PipeTypeCode;
  pipeSubtype?: string;
  /** Point shapefile of isolation valves to place on the pipes (.shp beside its .dbf). */
  valves?: string;
  /** Snapping tolerance of the valves, metres. */
  valveToleranceMetres?: number;
  /** Where the pipes' 3D Tiles go; no tiles when absent. */
  storage?: TilesetStorage;
  logger?: Logger;
  /** More facts to keep in the import report. */
  importReport?: Record<string, unknown>;
  /** Progress of the import: phase and fraction 0..1. */
  onProgress?: (phase: string, fraction: number) => void;
}

/** What an import did. */
export interface ImportNetworkResult {
  id: string;
  name: string;
  format: NetworkFormat;
  sourceCrs: string | null;
  workSrid: number;
  nodes: number;
  links: number;
  nodesByKind: Record<string, number>;
  linksByKind: Record<string, number>;
  lengthByPipeType: Record<string, number>;
  valvesPlaced: number;
  /** The QA summary: issues by code and severity (the report: GET /api/networks/{id}/qa). */
  qa: NetworkQaReport['summary'];
  /** The pipes' tileset, or null without tile storage or for a network without a CRS. */
  tileset: { id: string; tiles: number; elements: number; triangles: number; bytes: number; skipped: Record<string, number> } | null;
  warnings: string[];
  contentVersion: number;
  durationMs: number;
}

/** A URL-safe network id from a name; a hash when the name has nothing ASCII to keep. */
export function networkIdFromName(name: string, seed: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug.length >= 2 ? slug : `network-${crypto.createHash('sha256').update(seed).digest('hex').slice(0, 12)}`;
}

/** Reads `--format` and `--pipe-type` values, with errors that list the choices. */
export function parseNetworkOptionValues(values: { format?: string; pipeType?: string }): { format?: NetworkFormat; pipeType?: PipeTypeCode } {
  const format = values.format?.toLowerCase();
  if (format !== undefined && !(NETWORK_FORMATS as readonly string[]).includes(format)) {
    throw new DataError(`network import: format "${values.format}" is not one of ${NETWORK_FORMATS.join(', ')}`);
  }
  const pipeType = values.pipeType?.toUpperCase();
  if (pipeType !== undefined && !(PIPE_TYPE_CODES as readonly string[]).includes(pipeType)) {
    throw new DataError(`network import: pipe type "${values.pipeType}" is not a CJJ 61 main type (${PIPE_TYPE_CODES.join(', ')})`);
  }
  return { format: format as NetworkFormat | undefined, pipeType: pipeType as PipeTypeCode | undefined };
}

/** Which format a set of files is in, from their extensions and, for .inp, their sections. */
export function guessNetworkFormat(files: readonly string[], firstText: string | undefined): NetworkFormat {
  const inp = files.filter((file) => /\.inp$/i.test(file));
  if (inp.length === 0) return 'cjj61';
  if (inp.length > 1 || files.length > 1) throw new DataError('network import: give one .inp file at a time (valves go with --valves)');
  return /^\s*\[(CONDUITS|SUBCATCHMENTS|OUTFALLS|STORAGE|XSECTIONS)\]/im.test(firstText ?? '') ? 'swmm' : 'epanet';
}

/** Reads network files into the network model, in the source CRS. */
export async function readNetworkFiles(files: readonly string[], options: ImportNetworkOptions): Promise<{ network: Network; format: NetworkFormat }> {
  if (files.length === 0) throw new DataError('network import: give the network file(s): an EPANET or SWMM .inp, or CJJ 61 point and line tables');
  for (const file of files) {
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) throw new DataError(`network import: ${file} is not a file`);
  }
  const crs = options.crs === undefined ? undefined : options.crs.toLowerCase() === 'none' ? null : `EPSG:${parseCrs(options.crs)}`;
  const inpText = files.length === 1 && /\.inp$/i.test(files[0]) ? await fs.readFile(files[0], 'utf8') : undefined;
  const format = options.format ?? guessNetworkFormat(files, inpText);
  const common = { name: options.name, crs, pipeType: options.pipeType, pipeSubtype: options.pipeSubtype ?? null };
  switch (format) {
    case 'epanet':
      return { network: parseEpanetInp(inpText ?? (await fs.readFile(files[0], 'utf8')), common), format };
    case 'swmm':
      return { network: parseSwmmInp(inpText ?? (await fs.readFile(files[0], 'utf8')), common), format };
    case 'cjj61':
      return { network: await readCjj61Files(files, { ...common, pipeSubtype: options.pipeSubtype }), format };
  }
}

/**
 * Imports one network: reads the files, places surveyed valves, moves coordinates to a metric
 * working CRS and stores points, segments and topology in PostGIS in one transaction. A file
 * that cannot be read is a DataError and stores nothing; data-quality problems are kept as
 * warnings and never stop the import.
 */
export async function importNetwork(knex: Knex, files: readonly string[], options: ImportNetworkOptions = {}): Promise<ImportNetworkResult> {
  const started = performance.now();
  const { network: parsed, format } = await readNetworkFiles(files, options);
  let network = parsed;
  let valvesPlaced = 0;
  if (options.valves) {
    const shp = await fs.readFile(options.valves).catch(() => {
      throw new DataError(`network import: cannot read the valves file ${options.valves}`);
    });
    const dbf = await fs.readFile(options.valves.replace(/\.shp$/i, '.dbf')).catch(() => undefined);
    const points = await readShapefilePoints(shp, dbf, { idPrefix: 'valve-' });
    const snapped = snapPointsToLinks(network, points, options.valveToleranceMetres ?? 5);
    network = snapped.network;
    valvesPlaced = snapped.snapped.length;
    if (snapped.unsnapped.length > 0) {
      network.warnings.push(`valves: ${snapped.unsnapped.length} point(s) lie farther than ${options.valveToleranceMetres ?? 5} m from any pipe and were not placed: ${snapped.unsnapped.slice(0, 10).join(', ')}${snapped.unsnapped.length > 10 ? ' …' : ''}`);
    }
  }
  // A file without a title is named after itself, not "EPANET network".
  const name = options.name ?? (/^(EPANET|SWMM) network$/.test(network.name) ? path.basename(files[0]).replace(/\.[^.]+$/, '') : network.name);
  const id = options.id ?? networkIdFromName(name, files.join('|'));
  const work = await chooseWorkCrs(knex, network);
  const working = toWorkCoordinates(network, work, work.srid === 0 ? null : `EPSG:${work.srid}`);
  const sources = await Promise.all(files.map(async (file) => ({ file: path.basename(file), sha256: crypto.createHash('sha256').update(await fs.readFile(file)).digest('hex') })));
  options.onProgress?.('checking', 0.2);
  const qaReport = checkNetworkQuality(working);
  options.onProgress?.('storing', 0.3);
  const stored = await storeNetwork(knex, working, work, {
    id,
    name,
    sourceCrs: network.crs,
    qaReport,
    importReport: { ...options.importReport, format, files: sources, warnings: network.warnings, valves: options.valves ? path.basename(options.valves) : null, valvesPlaced },
  });
  options.onProgress?.('tiling', 0.6);
  let tileset: ImportNetworkResult['tileset'] = null;
  if (options.storage) {
    try {
      const tiled = await tileNetwork(knex, options.storage, { info: await getNetworkInfo(knex, id), network: working, nodeRows: stored.nodeRows, linkRows: stored.linkRows }, options.logger);
      if (tiled) tileset = { id: tiled.id, tiles: tiled.report.tiles, elements: tiled.report.elementsTiled, triangles: tiled.report.triangles, bytes: tiled.report.bytes, skipped: tiled.skipped };
    } catch (error) {
      // Tiles and rows go together: a network whose tiles failed is not left behind.
      await knex('networks').where({ id }).delete();
      await options.storage.remove(networkTilesetId(id)).catch(() => undefined);
      throw error;
    }
  }
  const info = await knex('networks').where({ id }).first('counts');
  const result: ImportNetworkResult = {
    id,
    name,
    format,
    sourceCrs: network.crs,
    workSrid: work.srid,
    nodes: working.nodes.length,
    links: working.links.length,
    nodesByKind: info.counts.nodesByKind,
    linksByKind: info.counts.linksByKind,
    lengthByPipeType: info.counts.lengthByPipeType,
    valvesPlaced,
    qa: qaReport.summary,
    tileset,
    warnings: network.warnings,
    contentVersion: stored.contentVersion,
    durationMs: Math.round(performance.now() - started),
  };
  options.logger?.info({ network: id, nodes: result.nodes, links: result.links, ms: result.durationMs }, 'network imported');
  return result;
}
