/**
 * The sample district's unit grids and city components, for `npm start`. The grids are
 * generated, not surveyed: 100 m cells over the part of 浦东新区 (310115) the sample covers, which
 * is the box of the sample buildings cut along the OSM district boundary (the Huangpu). The
 * boundary file holds lines, not polygons, so the district side is found from their
 * `name:left` / `name:right`. Streets come from the address library (陆家嘴街道 for the whole
 * sample); it has no communities, so 1 km blocks stand in for them (codes 901 up).
 * Components are the manhole covers, valves and hydrants of the sample pipe network.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import type { Logger } from '../../logger.ts';
import { importNetworkComponents, type NetworkComponentReport } from '../components/import-network-components.ts';
import { boundaryLinesOf, districtAreaInBox } from '../grids/district-area.ts';
import type { Box } from '../grids/extend-boundary-lines.ts';
import { generateUnitGrids, type UnitGridReport } from '../grids/generate-unit-grids.ts';

/** The division the sample's grids and components belong to. */
export const SAMPLE_DIVISION = Object.freeze({ code: '310115', name: '浦东新区' });

/** The sample's OSM district boundaries, beside its layers. */
export function sampleBoundaryFile(): string {
  return path.join(path.dirname(SAMPLE_DISTRICT.layers[0].file), 'boundaries.geojson');
}

/** The box the sample grids cover: the buildings layer's extent, else the sample's box. */
async function sampleBox(knex: Knex): Promise<Box> {
  const row = await knex('layers').where({ id: 'buildings' }).first('bbox');
  const bbox = (row?.bbox as number[] | null)?.map(Number);
  return (bbox?.length === 4 ? bbox : SAMPLE_DISTRICT.bbox) as Box;
}

/** Generates the sample's unit grids over the district part of the sample box. */
export async function generateSampleUnitGrids(knex: Knex, logger?: Logger): Promise<UnitGridReport> {
  const lines = boundaryLinesOf(JSON.parse(await fs.readFile(sampleBoundaryFile(), 'utf8')));
  const area = await districtAreaInBox(knex, lines, SAMPLE_DIVISION.name, await sampleBox(knex));
  return generateUnitGrids(knex, { divisionCode: SAMPLE_DIVISION.code, area, logger });
}

/**
 * Brings the sample's grids and components up: grids when the division has none, the network's
 * components when the network was (re)imported after them. Returns what was done (null: nothing).
 */
export async function loadSampleUrbanManagement(knex: Knex, networkId: string, logger?: Logger): Promise<{ grids: UnitGridReport | null; components: NetworkComponentReport | null }> {
  const hasGrids = Boolean(await knex('unit_grids').where({ division_code: SAMPLE_DIVISION.code }).first('code'));
  const grids = hasGrids ? null : await generateSampleUnitGrids(knex, logger);
  const network = await knex('networks').where({ id: networkId }).first('updated_at');
  if (!network) return { grids, components: null };
  const latest = await knex('city_components').where({ network_id: networkId }).max({ at: 'updated_at' }).first();
  const stale = grids !== null || !latest?.at || new Date(latest.at).getTime() < new Date(network.updated_at).getTime();
  return { grids, components: stale ? await importNetworkComponents(knex, networkId, SAMPLE_DIVISION.code, { logger }) : null };
}
