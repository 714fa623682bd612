import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { isDataError } from '@cimtwin/schemas';
import { openCaseFromAlarm } from './store/open-case-from-alarm.ts';
import { openCaseTestDistrict, TEST_COVER, type CaseTestDistrict } from './testing/case-test-district.ts';

// Indicators over a week of cases worked out by hand, list filters, and cases from alarms.

const SAN = 'district-sanitation';
const WATER = 'water-utility';
type Step = [string, string, string, Record<string, unknown>?];

describe('case indicators, lists and alarm cases', () => {
  let district: CaseTestDistrict;
  const ids: Record<string, string> = {};
  const post = (path: string, body: unknown) => request(district.app).post(path).send(body as object).set('Content-Type', 'application/json');

  /** Opens a case at 09:00 on `date` in test cell `cell` and takes the steps (times on `date` unless given in full). */
  async function walk(name: string, date: string, cell: number, steps: Step[], report: Record<string, unknown> = {}): Promise<void> {
    const { lon, lat } = district.cells[cell];
    const opened = await post('/api/cases', { source: 'patrol', caseClass: { kind: 'event', code: '0102' }, description: name, location: { lon, lat }, role: 'patroller', actor: 'patroller-7', at: `${date}T09:00:00+08:00`, ...report }).expect(201);
    ids[name] = opened.body.id;
    let department: string | undefined;
    for (const [action, role, time, extra = {}] of steps) {
      const at = time.includes('T') ? `${time}+08:00` : `${date}T${time}:00+08:00`;
      department = (extra.department as string | undefined) ?? department;
      await post(`/api/cases/${ids[name]}/transitions`, { action, role, actor: role, at, note: '理由', actorDepartment: role === 'department' ? department : undefined, ...extra }).expect(200);
    }
  }
  const toDispatch = (department: string): Step[] => [['accept', 'acceptor', '09:05'], ['register', 'shift-leader', '09:10'], ['dispatch', 'dispatcher', '09:15', { department }]];
  const finish = (date: string): Step[] => [['verify', 'patroller', `${date}T15:00:00`], ['close', 'shift-leader', `${date}T15:10:00`]];

  before(async () => {
    district = await openCaseTestDistrict();
    // The week of Monday 3 June 2024. Every 0102 and 0103 case is due 7.5 working hours after dispatch (Monday 09:15 -> Tuesday 09:15).
    await walk('A', '2024-06-03', 0, [...toDispatch(SAN), ['handle', 'department', '10:00'], ...finish('2024-06-03')]);
    await walk('B', '2024-06-03', 0, [...toDispatch(SAN), ['handle', 'department', '2024-06-04T10:15:00'], ...finish('2024-06-04')]);
    await walk('C', '2024-06-03', 1, [...toDispatch(WATER), ['handle', 'department', '10:00'], ['rework', 'patroller', '10:30'], ['handle', 'department', '14:00'], ...finish('2024-06-03')], { caseClass: undefined, componentCode: TEST_COVER.code });
    await walk('D', '2024-06-04', 1, [['void', 'acceptor', '09:30']]);
    await walk('E', '2024-06-04', 0, toDispatch(SAN));
    await walk('F', '2024-06-05', 0, []);
    await walk('K', '2024-06-02', 0, [...toDispatch(SAN), ['handle', 'department', '10:00']]);
  }, { timeout: 120_000 });
  after(async () => district?.db.close());

  const WEEK = { from: '2024-06-03T00:00:00+08:00', to: '2024-06-10T00:00:00+08:00' };

  test('the week overall: counts, states and rates by hand', async () => {
    const report = (await request(district.app).get('/api/cases/indicators').query(WEEK).expect(200)).body;
    assert.deepEqual([report.from, report.to, report.groupBy, report.groups], ['2024-06-02T16:00:00.000Z', '2024-06-09T16:00:00.000Z', null, []]);
    const week = report.overall;
    // K was reported the Sunday before; D is voided; F never accepted.
    assert.deepEqual(week.counts, { reported: 6, valid: 4, voided: 1, registered: 4, closed: 3, closedOnTime: 2, handled: 3, reworked: 1 });
    assert.deepEqual(week.byState, { reported: 1, accepted: 0, registered: 0, dispatched: 1, handled: 0, verified: 0, closed: 3, voided: 1 });
    assert.deepEqual([week.registrationRate, week.closureRate, week.onTimeClosureRate, week.reworkRate], [1, 3 / 4, 2 / 3, 1 / 3]);
    // A and C 0.75 h to their first handling; B 25 h, of which 8.5 working hours.
    assert.equal(week.averageHandlingHours, 26.5 / 3);
    assert.equal(week.averageHandlingWorkingHours, 10 / 3);
  });

  test('by department, grid and class', async () => {
    const get = async (groupBy: string) => (await request(district.app).get('/api/cases/indicators').query({ ...WEEK, groupBy }).expect(200)).body.groups;
    const byDepartment = await get('department');
    assert.deepEqual(byDepartment.map((row: any) => [row.key, row.counts.reported, row.counts.closed, row.counts.closedOnTime, row.registrationRate, row.reworkRate]), [
      [SAN, 3, 2, 1, 1, 0],
      [WATER, 1, 1, 1, 1, 1],
      [null, 2, 0, 0, null, null],
    ]);
    const [g1, g2] = district.cells.map((cell) => cell.code);
    const byGrid = await get('grid');
    assert.deepEqual(byGrid.map((row: any) => [row.key, row.counts.reported, row.counts.voided, row.closureRate]), [[g1, 4, 0, 2 / 3], [g2, 2, 1, 1]]);
    const byClass = await get('class');
    assert.deepEqual(byClass.map((row: any) => [row.key, row.name, row.counts.reported, row.onTimeClosureRate]), [['component:0103', '雨水井盖', 1, 1], ['event:0102', '暴露垃圾', 5, 1 / 2]]);
    const bad = (await request(district.app).get('/api/cases/indicators').query({ from: WEEK.to, to: WEEK.from }).expect(400)).body;
    assert.match(bad.detail, /^case-indicators: the period .* is not a period/);
    await request(district.app).get('/api/cases/indicators').query({ ...WEEK, groupBy: 'street' }).expect(400);
  });

  test('lists filter by state, grid, class, department, box and report time, and page', async () => {
    const list = async (query: Record<string, string | number>) => (await request(district.app).get('/api/cases').query({ from: WEEK.from, to: WEEK.to, ...query }).expect(200)).body;
    const names = (page: { cases: Array<{ id: string }> }) => page.cases.map((c) => Object.keys(ids).find((name) => ids[name] === c.id));
    // Newest report first: F (5 June), then D and E (4 June, E opened later), then A, B, C.
    assert.deepEqual(names(await list({})), ['F', 'E', 'D', 'C', 'B', 'A']);
    assert.deepEqual(names(await list({ state: 'closed' })), ['C', 'B', 'A']);
    assert.deepEqual(names(await list({ state: 'reported,voided' })), ['F', 'D']);
    assert.deepEqual(names(await list({ grid: district.cells[1].code })), ['D', 'C']);
    assert.deepEqual(names(await list({ class: 'component:0103' })), ['C']);
    assert.deepEqual(names(await list({ class: 'event' })), ['F', 'E', 'D', 'B', 'A']);
    assert.deepEqual(names(await list({ department: WATER })), ['C']);
    const { lon, lat } = district.cells[1];
    assert.deepEqual(names(await list({ bbox: `${lon - 1e-6},${lat - 1e-6},${lon + 1e-6},${lat + 1e-6}` })), ['D', 'C']);
    const page = await list({ limit: 2, offset: 2 });
    assert.deepEqual([page.numberMatched, page.numberReturned, names(page)], [6, 2, ['D', 'C']]);
    assert.equal((await list({ from: '2024-06-02T00:00:00+08:00', to: WEEK.from })).cases[0].id, ids.K);
    const geojson = (await request(district.app).get('/api/cases').query({ ...WEEK, state: 'dispatched', f: 'geojson' }).expect('Content-Type', /geo\+json/).expect(200)).body;
    assert.deepEqual([geojson.type, geojson.features.length, geojson.features[0].id, geojson.features[0].geometry.coordinates, geojson.features[0].properties.stateName], ['FeatureCollection', 1, ids.E, [district.cells[0].lon, district.cells[0].lat], '派遣']);
    assert.match((await request(district.app).get('/api/cases').query({ state: 'open' }).expect(400)).body.detail, /unknown state open/);
    await request(district.app).get('/api/cases').query({ colour: 'red' }).expect(400);
  });

  test('a sensor alarm opens one case, at the component it sits at, and links the alarm to it', async () => {
    const [thing] = await district.db.knex('sensor_things').insert({ name: 'gas detector 7' }).returning('id');
    await district.db.knex('sensor_alarms').insert({ id: 'alarm-gas-1', thing_id: thing.id, alarm_type: 'gas-high', severity: 'critical', status: 'active', start_time: '2024-06-04T02:00:00Z', alarm: '{}' });
    // About 2 m east of the stormwater cover.
    const input = { alarmId: 'alarm-gas-1', thingId: thing.id, point: [TEST_COVER.lon + 0.000021, TEST_COVER.lat] as [number, number], alarmType: 'gas-high', severity: 'critical', at: '2024-06-04T10:00:00+08:00' };
    const first = await openCaseFromAlarm(district.db.knex, input);
    assert.equal(first.created, true);
    const opened = first.case;
    assert.deepEqual([opened.source, opened.caseClass.kind, opened.caseClass.code, opened.caseClass.name, opened.urgency, opened.componentCode, opened.alarmId], ['sensor-alarm', 'event', '0403', '燃气管道破裂', 'urgent', TEST_COVER.code, 'alarm-gas-1']);
    assert.deepEqual([opened.history[0].role, opened.history[0].actor, opened.description], ['system', `thing:${thing.id}`, `可燃气体浓度超限（传感器 ${thing.id}，critical）`]);
    assert.equal((await district.db.knex('sensor_alarms').where({ id: 'alarm-gas-1' }).first('case_id')).case_id, opened.id);
    const second = await openCaseFromAlarm(district.db.knex, { ...input, at: '2024-06-04T10:05:00+08:00' });
    assert.deepEqual([second.created, second.case.id], [false, opened.id]);
    const both = await Promise.all([1, 2].map(() => openCaseFromAlarm(district.db.knex, { ...input, alarmId: 'alarm-gas-2' })));
    assert.deepEqual(both.map((result) => result.created).sort(), [false, true]);
    assert.equal(both[0].case.id, both[1].case.id);
    const counted = await district.db.knex('urban_cases').whereIn('alarm_id', ['alarm-gas-1', 'alarm-gas-2']).count<{ n: number }[]>({ n: '*' });
    assert.equal(Number(counted[0].n), 2);
    const event = await district.db.knex('live_events').where({ kind: 'case', subject: opened.id }).first('payload');
    assert.equal(event.payload.alarmId, 'alarm-gas-1');
  });

  test('a cover alarm is a case of the cover; away from any component it is 0114; an unclassed type needs a component', async () => {
    const at = '2024-06-04T11:00:00+08:00';
    const atCover = await openCaseFromAlarm(district.db.knex, { alarmId: 'cover-1', thingId: 'tilt-3', point: [TEST_COVER.lon, TEST_COVER.lat], alarmType: 'manhole-cover', severity: 'minor', at });
    assert.deepEqual([atCover.case.caseClass.kind, atCover.case.caseClass.code, atCover.case.componentCode, atCover.case.urgency], ['component', '0103', TEST_COVER.code, 'ordinary']);
    // About 50 m west of the cover.
    const away = { point: [TEST_COVER.lon - 0.0005, TEST_COVER.lat] as [number, number], severity: 'major', at };
    const unknownCover = await openCaseFromAlarm(district.db.knex, { alarmId: 'cover-2', thingId: 'tilt-4', alarmType: 'manhole-cover', ...away });
    assert.deepEqual([unknownCover.case.caseClass.code, unknownCover.case.caseClass.name, unknownCover.case.componentCode, unknownCover.case.urgency], ['0114', '无主井盖', null, 'urgent']);
    await assert.rejects(openCaseFromAlarm(district.db.knex, { alarmId: 'pm-1', thingId: 'aq-1', alarmType: 'pm2.5-pollution', ...away }), (error) => isDataError(error) && /no case class and no component is within 5 m/.test((error as Error).message));
    assert.equal(await district.db.knex('urban_cases').where({ alarm_id: 'pm-1' }).first(), undefined);
  });
});
