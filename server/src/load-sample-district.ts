import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import type { Knex } from 'knex';
import type { TilesetStorage } from '@cimtwin/tiler';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import type { Logger } from './logger.ts';
import { importLayer } from './import/import-layer.ts';
import { staleLayers, tileLayer } from './tiles/tile-layer.ts';
import { importNetwork } from './networks/import-network.ts';
import { networkTilesetId } from './networks/tile-network.ts';
import { importAddresses } from './addresses/import/import-addresses.ts';
import { divisionResolver } from './addresses/import/resolve-divisions.ts';
import { divisionGazetteer } from './addresses/parse/division-gazetteer.ts';
import { loadSampleUrbanManagement } from './cases/sample/load-sample-urban-management.ts';

/**
 * Brings the sample district up to date: imports each sample layer whose file changed (by
 * SHA-256 against the last import report) and tiles every layer whose tiles are stale.
 * A second start with nothing changed does no work beyond a few queries.
 */
export async function loadSampleDistrict(knex: Knex, storage: TilesetStorage, logger: Logger): Promise<{ imported: string[]; tiled: string[]; networks: string[]; addresses: number }> {
  const imported: string[] = [];
  for (const layer of SAMPLE_DISTRICT.layers) {
    const bytes = await fs.readFile(layer.file);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const row = await knex('layers').where({ id: layer.id }).first('import_report');
    if (row?.import_report?.sha256 === sha256) continue;
    await importLayer(knex, layer.file, { layerId: layer.id, title: layer.title, kind: layer.kind, logger, description: SAMPLE_DISTRICT.attribution });
    imported.push(layer.id);
  }
  const tiled: string[] = [];
  for (const layerId of await staleLayers(knex, storage)) {
    const result = await tileLayer(knex, storage, layerId, logger);
    logger.info({ layer: layerId, tiles: result.report.tiles, ms: result.report.durationMs }, 'layer tiled');
    tiled.push(layerId);
  }
  const loaded = { imported, tiled, networks: await loadSampleNetworks(knex, storage, logger), addresses: await loadSampleAddresses(knex, logger) };
  await loadSampleUrbanManagement(knex, SAMPLE_NETWORK_ID, logger);
  return loaded;
}

/** Id of the sample district's underground utilities: every sample system in one network, so clearances are checked between them. */
export const SAMPLE_NETWORK_ID = 'lujiazui-utilities';

/**
 * Imports the sample district's generated pipe networks (CJJ 61 tables, one pair per system)
 * as one network, when their files changed or its tiles are missing.
 */
async function loadSampleNetworks(knex: Knex, storage: TilesetStorage, logger: Logger): Promise<string[]> {
  const systems = SAMPLE_DISTRICT.networks ?? [];
  const files = systems.flatMap((system) => system.files);
  if (files.length === 0) return [];
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(await fs.readFile(file));
  const sha256 = hash.digest('hex');
  const row = await knex('networks').where({ id: SAMPLE_NETWORK_ID }).first('import_report');
  if (row?.import_report?.sampleSha256 === sha256 && (await storage.version(networkTilesetId(SAMPLE_NETWORK_ID)))) return [];
  const result = await importNetwork(knex, files, {
    id: SAMPLE_NETWORK_ID,
    name: '陆家嘴地下管线（生成）',
    format: 'cjj61',
    crs: systems[0].crs,
    storage,
    logger,
    importReport: { sampleSha256: sha256 },
  });
  logger.info({ network: result.id, links: result.links, tiles: result.tileset?.tiles, ms: result.durationMs }, 'sample network loaded');
  return [result.id];
}

/** Imports the sample address library when its tables changed; returns how many addresses were stored (0: unchanged). */
async function loadSampleAddresses(knex: Knex, logger: Logger): Promise<number> {
  const sample = SAMPLE_DISTRICT.addresses;
  if (!sample) return 0;
  const hash = crypto.createHash('sha256');
  for (const file of sample.files) hash.update(await fs.readFile(file));
  const row = await knex('address_sources').where({ id: sample.id }).first('sha256');
  if (row?.sha256 === hash.digest('hex')) return 0;
  const report = await importAddresses(knex, sample.files, { sourceId: sample.id, linkLayerId: sample.linkLayer, resolveDivisions: divisionResolver(divisionGazetteer()), logger });
  return report.stored;
}
