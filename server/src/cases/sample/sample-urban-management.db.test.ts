import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { decodeComponentCode, decodeGridCode } from '@cimtwin/schemas';
import type { Database } from '../../db/open-database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { importLayer } from '../../import/import-layer.ts';
import { importAddresses } from '../../addresses/import/import-addresses.ts';
import { divisionResolver } from '../../addresses/import/resolve-divisions.ts';
import { divisionGazetteer } from '../../addresses/parse/division-gazetteer.ts';
import { importNetwork } from '../../networks/import-network.ts';
import { importNetworkComponents } from '../components/import-network-components.ts';
import { openCaseFromAlarm } from '../store/open-case-from-alarm.ts';
import { loadSampleUrbanManagement } from './load-sample-urban-management.ts';

// The sample district's generated grids and its pipe network's components, from the real
// sample layers, address library and network.

const NETWORK = 'lujiazui-utilities';

describe('the sample district as urban management sees it', () => {
  let db: Database;
  let loaded: Awaited<ReturnType<typeof loadSampleUrbanManagement>>;
  const importSampleNetwork = () => importNetwork(db.knex, SAMPLE_DISTRICT.networks.flatMap((system) => system.files), { id: NETWORK, name: '陆家嘴地下管线（生成）', format: 'cjj61', crs: 'EPSG:4549' });
  const firstNodeRowId = async () => (await db.knex.raw('SELECT min(id) AS id FROM network_nodes WHERE network_id = ?', [NETWORK])).rows[0].id;
  const codesByNode = async () => Object.fromEntries((await db.knex('city_components').where({ network_id: NETWORK }).select('node_id', 'code')).map((row) => [row.node_id, row.code]));

  before(async () => {
    db = await openTestDatabase();
    const buildings = SAMPLE_DISTRICT.layers.find((layer) => layer.id === 'buildings')!;
    await importLayer(db.knex, buildings.file, { layerId: 'buildings', title: buildings.title, kind: 'buildings' });
    await importAddresses(db.knex, SAMPLE_DISTRICT.addresses.files, { sourceId: SAMPLE_DISTRICT.addresses.id, linkLayerId: 'buildings', resolveDivisions: divisionResolver(divisionGazetteer()) });
    await importSampleNetwork();
    loaded = await loadSampleUrbanManagement(db.knex, NETWORK);
  }, { timeout: 600_000 });
  after(async () => db?.close());

  test('the grids: about 10,000 m² each, coded 310115 + 陆家嘴街道 005 + stand-in community + sequence', async () => {
    const report = loaded.grids!;
    assert.deepEqual([report.divisionCode, report.srid, Object.keys(report.byTown)], ['310115', 4550, ['310115005']]);
    assert.ok(report.cells > 600 && report.cells < 750, String(report.cells));
    const rows = await db.knex('unit_grids').select('code', 'town_name', 'community_code', 'area');
    assert.equal(rows.length, report.cells);
    for (const row of rows) {
      const decoded = decodeGridCode(row.code);
      assert.deepEqual([decoded.countyCode, decoded.streetCode, row.town_name, row.community_code], ['310115', '005', '陆家嘴街道', `310115005${decoded.communityCode}`]);
      assert.ok(Number(decoded.communityCode) >= 901 && Number(decoded.sequence) >= 1, row.code);
      assert.ok(row.area > 0 && row.area <= 20_000, `${row.code}: ${row.area} m²`);
    }
    const mean = rows.reduce((sum, row) => sum + Number(row.area), 0) / rows.length;
    assert.ok(mean > 9000 && mean <= 10_000, String(mean));
    assert.equal(new Set(rows.map((row) => row.code)).size, rows.length);
  });

  test('the grids cover every building of 浦东新区 in the sample and none across the river', async () => {
    const coverage = (await db.knex.raw(
      `SELECT left(a.division_code, 6) AS district, count(DISTINCT f.id)::int AS buildings,
              count(DISTINCT f.id) FILTER (WHERE EXISTS (SELECT 1 FROM unit_grids g WHERE ST_Covers(g.geom, ST_PointOnSurface(f.geom))))::int AS covered
       FROM standard_addresses a JOIN features f ON f.layer_id = a.building_layer_id AND f.source_id = a.building_source_id
       WHERE a.level = 'roadNo' GROUP BY 1 ORDER BY 1`,
    )).rows;
    const pudong = coverage.find((row: { district: string }) => row.district === '310115');
    assert.ok(pudong.buildings > 100, JSON.stringify(coverage));
    assert.equal(pudong.covered, pudong.buildings);
    for (const row of coverage.filter((row: { district: string }) => row.district !== '310115')) assert.equal(row.covered, 0, JSON.stringify(row));
    const plates = (await db.knex.raw(`SELECT count(*)::int AS n FROM standard_addresses a WHERE a.level = 'roadNo' AND a.division_code LIKE '310115%' AND NOT EXISTS (SELECT 1 FROM unit_grids g WHERE ST_Covers(g.geom, a.geom))`)).rows[0];
    assert.equal(plates.n, 0);
  });

  test('a manhole node becomes a stormwater cover with a valid 16-digit code and its node reference', async () => {
    const report = loaded.components!;
    assert.ok(report.components > 1000 && report.outsideGrids > 0, JSON.stringify(report));
    for (const classCode of ['0101', '0102', '0103', '0105', '0107', '0111', '0113']) assert.ok(report.byClass[classCode] > 0, `${classCode}: ${JSON.stringify(report.byClass)}`);
    const node = await db.knex('network_nodes').where({ network_id: NETWORK, kind: 'manhole', pipe_type: 'PS', pipe_subtype: 'YS' }).whereIn('node_id', db.knex('city_components').select('node_id')).orderBy('node_id').first('node_id', 'point_number');
    const component = await db.knex('city_components').where({ network_id: NETWORK, node_id: node.node_id }).first();
    const decoded = decodeComponentCode(component.code);
    assert.deepEqual([decoded.countyCode, decoded.classCode, decoded.minor?.nameZh, component.class_code, component.source_kind, component.status], ['310115', '0103', '雨水井盖', '0103', 'network-node', 'in-use']);
    assert.equal(component.attributes.pointNumber, node.point_number);
    assert.match(component.grid_code, /^310115005\d{6}$/);
    const all = await db.knex('city_components').select('code', 'class_code');
    assert.ok(all.every((row) => decodeComponentCode(row.code).classCode === row.class_code));
  });

  test('codes stay the same on a second import and after the network is imported again', async () => {
    const before = await codesByNode();
    const again = await importNetworkComponents(db.knex, NETWORK, '310115');
    assert.deepEqual([again.added, again.kept, again.retired], [0, Object.keys(before).length, 0]);
    assert.deepEqual(await codesByNode(), before);
    assert.deepEqual(await loadSampleUrbanManagement(db.knex, NETWORK), { grids: null, components: null });
    const firstRowId = await firstNodeRowId();
    await importSampleNetwork();
    assert.notEqual(await firstNodeRowId(), firstRowId);
    const reloaded = await loadSampleUrbanManagement(db.knex, NETWORK);
    assert.deepEqual([reloaded.grids, reloaded.components?.added, reloaded.components?.kept], [null, 0, Object.keys(before).length]);
    assert.deepEqual(await codesByNode(), before);
  });

  test('alarms at real components: gas at a gas valve is a 燃气管道破裂 event there, a cover alarm a case of the cover', async () => {
    const at = async (classCode: string) => (await db.knex.raw('SELECT code, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM city_components WHERE class_code = ? ORDER BY code LIMIT 1', [classCode])).rows[0];
    const valve = await at('0111');
    const gas = await openCaseFromAlarm(db.knex, { alarmId: 'sample-gas-1', thingId: 11, point: [valve.lon, valve.lat], alarmType: 'gas-high', severity: 'minor', at: '2024-06-04T10:00:00+08:00' });
    assert.deepEqual([gas.created, gas.case.caseClass.code, gas.case.componentCode, gas.case.urgency], [true, '0403', valve.code, 'ordinary']);
    assert.match(gas.case.gridCode, /^310115005\d{6}$/);
    const cover = await at('0103');
    const tilt = await openCaseFromAlarm(db.knex, { alarmId: 'sample-cover-1', thingId: 12, point: [cover.lon, cover.lat], alarmType: 'manhole-cover', severity: 'major', at: '2024-06-04T10:00:00+08:00' });
    assert.deepEqual([tilt.case.caseClass.kind, tilt.case.caseClass.code, tilt.case.componentCode, tilt.case.urgency], ['component', '0103', cover.code, 'urgent']);
    assert.equal((await openCaseFromAlarm(db.knex, { alarmId: 'sample-cover-1', thingId: 12, point: [cover.lon, cover.lat], alarmType: 'manhole-cover', severity: 'major', at: '2024-06-04T10:01:00+08:00' })).case.id, tilt.case.id);
  });
});
