/**
 * A pipe network's manhole covers, valve chambers, hydrants and rain inlets as city components
 * (部件), coded after GB/T 30428.2 and kept pointing at their network node by network id and
 * node id (which survive a re-import of the network, where row ids do not). When the division
 * has unit grids, only the nodes inside them are its components (a network may run into the
 * next district) and each component records its grid.
 */
import type { Knex } from 'knex';
import { DataError, componentClassForPipePoint, findMinorClass, type NodeKind, type PipeTypeCode } from '@cimtwin/schemas';
import type { Logger } from '../../logger.ts';
import { planComponentCodes, type StoredComponent } from './plan-component-codes.ts';

/** What an import did. */
export interface NetworkComponentReport {
  networkId: string;
  divisionCode: string;
  /** Components now in use from the network. */
  components: number;
  added: number;
  kept: number;
  retired: number;
  /** Component nodes left out because no unit grid of the division covers them. */
  outsideGrids: number;
  byClass: Record<string, number>;
}

interface NodeRow {
  node_id: string;
  kind: NodeKind;
  pipe_type: PipeTypeCode | null;
  pipe_subtype: string | null;
  attachment: string | null;
  feature: string | null;
  point_number: string | null;
  lon: number;
  lat: number;
  grid_code: string | null;
}

/**
 * Imports (again) the components of network `networkId` in division `divisionCode`: new nodes
 * get new codes, known nodes keep theirs, components whose node is gone are marked `retired`.
 * Throws a DataError when the network does not exist or the division code is not 6 digits.
 */
export async function importNetworkComponents(knex: Knex, networkId: string, divisionCode: string, options: { logger?: Logger } = {}): Promise<NetworkComponentReport> {
  if (!/^\d{6}$/.test(divisionCode)) throw new DataError(`components: division code "${divisionCode}" is not 6 digits; give the GB/T 2260 county code, e.g. 310115`);
  const report = await knex.transaction(async (trx) => {
    if (!(await trx('networks').where({ id: networkId }).first('id'))) throw new DataError(`components: there is no network ${networkId}; import it first (GET /api/networks lists them)`, { status: 404 });
    await trx.raw('LOCK TABLE city_components IN SHARE ROW EXCLUSIVE MODE');
    const hasGrids = Boolean(await trx('unit_grids').where({ division_code: divisionCode }).first('code'));
    const nodes = (await trx.raw(
      `SELECT n.node_id, n.kind, n.pipe_type, n.pipe_subtype, n.attachment, n.feature, n.point_number, ST_X(n.geom) AS lon, ST_Y(n.geom) AS lat, g.code AS grid_code
       FROM network_nodes n
       LEFT JOIN LATERAL (SELECT code FROM unit_grids WHERE division_code = ? AND ST_Covers(geom, n.geom) ORDER BY code LIMIT 1) AS g ON true
       WHERE n.network_id = ? AND n.geom IS NOT NULL`,
      [divisionCode, networkId],
    )).rows as NodeRow[];
    let outsideGrids = 0;
    const candidates = new Map<string, { row: NodeRow; classCode: string }>();
    for (const row of nodes) {
      const classCode = componentClassForPipePoint({ pipeType: row.pipe_type, pipeSubtype: row.pipe_subtype, kind: row.kind, attachment: row.attachment });
      if (!classCode) continue;
      if (hasGrids && !row.grid_code) outsideGrids++;
      else candidates.set(row.node_id, { row, classCode });
    }
    const stored: StoredComponent[] = (await trx('city_components').where({ network_id: networkId, division_code: divisionCode }).select('node_id', 'code', 'class_code')).map((row) => ({ key: row.node_id, code: row.code, classCode: row.class_code }));
    const highest = new Map<string, number>(
      (await trx.raw('SELECT class_code, max(right(code, 6)::int) AS n FROM city_components WHERE division_code = ? GROUP BY class_code', [divisionCode])).rows.map((row: { class_code: string; n: number }) => [row.class_code, Number(row.n)]),
    );
    const plan = planComponentCodes(divisionCode, [...candidates].map(([key, { classCode }]) => ({ key, classCode })), stored, highest);
    const retired = plan.retired.length === 0 ? 0 : await trx('city_components').whereIn('code', plan.retired).whereNot({ status: 'retired' }).update({ status: 'retired', updated_at: trx.fn.now() });
    const changedClass = plan.added.filter((key) => stored.some((component) => component.key === key));
    if (changedClass.length > 0) await trx('city_components').where({ network_id: networkId }).whereIn('node_id', changedClass).delete();
    const byClass: Record<string, number> = {};
    const records = [...candidates].map(([key, { row, classCode }]) => {
      byClass[classCode] = (byClass[classCode] ?? 0) + 1;
      return {
        code: plan.codes.get(key)!,
        division_code: divisionCode,
        major_code: classCode.slice(0, 2),
        class_code: classCode,
        name: `${findMinorClass('component', classCode)?.nameZh ?? classCode} ${row.point_number ?? row.node_id}`,
        status: 'in-use',
        source_kind: 'network-node',
        network_id: networkId,
        node_id: key,
        grid_code: row.grid_code,
        attributes: JSON.stringify({ nodeKind: row.kind, pipeType: row.pipe_type, pipeSubtype: row.pipe_subtype, attachment: row.attachment, feature: row.feature, pointNumber: row.point_number }),
        geom: trx.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [row.lon, row.lat]),
        updated_at: trx.fn.now(),
      };
    });
    for (let start = 0; start < records.length; start += 500) {
      await trx('city_components').insert(records.slice(start, start + 500)).onConflict('code').merge(['name', 'status', 'grid_code', 'attributes', 'geom', 'updated_at']);
    }
    return { networkId, divisionCode, components: records.length, added: plan.added.length, kept: plan.kept.length, retired, outsideGrids, byClass };
  });
  options.logger?.child({ module: 'components' }).info(report, 'network components imported');
  return report;
}
