import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { decodeGridCode } from '@cimtwin/schemas';
import { openCaseTestDistrict, TEST_COVER, type CaseTestDistrict } from './testing/case-test-district.ts';

// Cases through the API on PGlite (or DATABASE_URL): every workflow path, the refusals with
// their status, deadlines and overdue, edits, components, and two steps at once.

const SAN = 'district-sanitation';
const local = (time: string) => `2024-05-06T${time}:00+08:00`;

describe('cases through the API', () => {
  let district: CaseTestDistrict;
  const post = (path: string, body: unknown) => request(district.app).post(path).send(body as object).set('Content-Type', 'application/json');
  const step = (id: string, action: string, role: string, at: string | undefined, extra: Record<string, unknown> = {}) =>
    post(`/api/cases/${id}/transitions`, { action, role, actor: `${role}-1`, ...(at ? { at } : {}), ...extra });
  async function report(extra: Record<string, unknown> = {}, cell = 0) {
    const { lon, lat } = district.cells[cell];
    const res = await post('/api/cases', { source: 'patrol', caseClass: { kind: 'event', code: '0102' }, description: '路边暴露垃圾', location: { lon, lat }, role: 'patroller', actor: 'patroller-7', at: local('09:00'), ...extra }).expect(201);
    return res.body;
  }
  async function walk(id: string, steps: Array<[string, string, string | undefined, Record<string, unknown>?]>) {
    let body;
    for (const [action, role, at, extra] of steps) body = (await step(id, action, role, at, extra).expect(200)).body;
    return body;
  }
  const toRegistered: Array<[string, string, string]> = [['accept', 'acceptor', local('09:05')], ['register', 'shift-leader', local('09:10')]];

  before(async () => {
    district = await openCaseTestDistrict();
  }, { timeout: 120_000 });
  after(async () => district?.db.close());

  test('the generated grids: valid 15-digit codes, GeoJSON with a bbox filter, one grid with its open cases', async () => {
    const all = (await request(district.app).get('/api/grids').expect('Content-Type', /geo\+json/).expect(200)).body;
    assert.equal(all.numberMatched, district.grids.cells);
    assert.ok(all.numberMatched >= 6 && all.numberMatched <= 12, String(all.numberMatched));
    for (const feature of all.features) {
      const decoded = decodeGridCode(feature.id);
      assert.deepEqual([decoded.countyCode, decoded.streetCode, decoded.communityCode], ['310115', '005', feature.id.slice(9, 12)]);
      assert.equal(feature.properties.townName, '陆家嘴街道');
      assert.equal(feature.geometry.type, 'MultiPolygon');
    }
    const areas = all.features.reduce((sum: number, feature: { properties: { area: number } }) => sum + feature.properties.area, 0);
    assert.ok(Math.abs(areas - district.grids.area) < 1, `${areas} vs ${district.grids.area}`);
    const { lon, lat } = district.cells[0];
    const near = (await request(district.app).get('/api/grids').query({ bbox: `${lon - 1e-5},${lat - 1e-5},${lon + 1e-5},${lat + 1e-5}` }).expect(200)).body;
    assert.ok(near.features.some((feature: { id: string }) => feature.id === district.cells[0].code) && near.numberMatched < all.numberMatched);
    const one = (await request(district.app).get(`/api/grids/${district.cells[0].code}`).expect(200)).body;
    assert.deepEqual([one.id, one.properties.openCases], [district.cells[0].code, 0]);
    await request(district.app).get('/api/grids/310115005901999').expect(404);
    await request(district.app).get('/api/grids').query({ bbox: '1,2,3' }).expect(400);
  });

  test('a report opens a case in the grid of its location, published to the live stream', async () => {
    const { code, lon, lat } = district.cells[1];
    const res = await post('/api/cases', { source: 'patrol', caseClass: { kind: 'event', code: '0102' }, description: '路边暴露垃圾', location: { lon, lat }, role: 'patroller', actor: 'patroller-7', at: local('09:00') }).expect(201);
    const opened = res.body;
    assert.match(opened.id, /^20240506-\d{6}$/);
    assert.ok(res.headers.location.endsWith(`/api/cases/${opened.id}`));
    assert.deepEqual([opened.state, opened.stateName, opened.gridCode, opened.source, opened.sourceName, opened.urgency], ['reported', '上报', code, 'patrol', '监督员上报', 'ordinary']);
    assert.deepEqual(opened.caseClass, { kind: 'event', kindName: '事件', code: '0102', name: '暴露垃圾', majorCode: '01', majorName: '市容环境' });
    assert.deepEqual([opened.deadline, opened.overdue, opened.nextActions.map((next: { action: string }) => next.action)], [null, false, ['accept', 'void']]);
    const event = await district.db.knex('live_events').where({ kind: 'case', subject: opened.id }).orderBy('id', 'desc').first();
    assert.deepEqual([event.payload.id, event.payload.state], [opened.id, 'reported']);
    assert.deepEqual((await request(district.app).get(`/api/cases/${opened.id}`).expect(200)).body, opened);
  });

  test('the main path, with the deadline started at dispatch and overdue until handled', async () => {
    const { id } = await report();
    const dispatched = await walk(id, [...toRegistered, ['dispatch', 'dispatcher', local('09:15'), { department: SAN }]]);
    // 暴露垃圾 has 1 working day (7.5 h): from Monday 09:15 to Tuesday 09:15; long past now.
    assert.deepEqual([dispatched.state, dispatched.department, dispatched.deadline.ruleId, dispatched.deadline.startedAt, dispatched.deadline.dueAt], ['dispatched', SAN, 'event-appearance', '2024-05-06T01:15:00.000Z', '2024-05-07T01:15:00.000Z']);
    assert.deepEqual([dispatched.overdue, dispatched.deadline.overdue], [true, true]);
    assert.ok(dispatched.deadline.remainingHours < -1000, String(dispatched.deadline.remainingHours));
    const handled = (await step(id, 'handle', 'department', local('10:00'), { actorDepartment: SAN }).expect(200)).body;
    assert.deepEqual([handled.state, handled.overdue, handled.deadline.remainingHours], ['handled', false, null]);
    const closed = await walk(id, [['verify', 'patroller', local('11:00')], ['close', 'shift-leader', local('11:10')]]);
    assert.deepEqual([closed.state, closed.stateName, closed.nextActions], ['closed', '结案', []]);
    const history = (await request(district.app).get(`/api/cases/${id}/history`).expect(200)).body.history;
    assert.deepEqual(history.map((entry: { seq: number; action: string; roleName: string; from: string | null; to: string }) => `${entry.seq} ${entry.from ?? '-'}>${entry.to} ${entry.action} ${entry.roleName}`), [
      '1 ->reported report 监督员',
      '2 reported>accepted accept 受理员',
      '3 accepted>registered register 值班长',
      '4 registered>dispatched dispatch 派遣员',
      '5 dispatched>handled handle 专业部门',
      '6 handled>verified verify 监督员',
      '7 verified>closed close 值班长',
    ]);
    assert.equal(history[3].at, '2024-05-06T01:15:00.000Z');
    await request(district.app).get('/api/cases/20240506-999999/history').expect(404);
  });

  test('退回 at each desk and by the department, with a reason', async () => {
    const { id } = await report();
    assert.equal((await walk(id, [['accept', 'acceptor', local('09:05')], ['return', 'shift-leader', local('09:06'), { note: '信息不全' }]])).state, 'reported');
    assert.equal((await walk(id, [['accept', 'acceptor', local('09:07')], ['register', 'shift-leader', local('09:08')]])).state, 'registered');
    assert.equal((await step(id, 'return', 'dispatcher', local('09:09'), { note: '不应立案' }).expect(200)).body.state, 'accepted');
    await walk(id, [['register', 'shift-leader', local('09:10')], ['dispatch', 'dispatcher', local('09:15'), { department: 'water-utility' }]]);
    const back = (await step(id, 'return', 'department', local('09:40'), { note: '不属于本部门职责', actorDepartment: 'water-utility' }).expect(200)).body;
    assert.deepEqual([back.state, back.department, back.deadline], ['registered', null, null]);
    const again = (await step(id, 'dispatch', 'dispatcher', local('10:00'), { department: SAN }).expect(200)).body;
    assert.deepEqual([again.department, again.deadline.dueAt], [SAN, '2024-05-07T02:00:00.000Z']);
    await walk(id, [['handle', 'department', local('10:30'), { actorDepartment: SAN }], ['verify', 'patroller', local('11:00')]]);
    assert.equal((await step(id, 'return', 'shift-leader', local('11:05'), { note: '核查照片不清' }).expect(200)).body.state, 'handled');
    assert.equal((await step(id, 'verify', 'patroller', local('11:10')).expect(200)).body.state, 'verified');
    const refused = (await step(id, 'return', 'shift-leader', local('11:20')).expect(400).expect('Content-Type', /problem\+json/)).body;
    assert.deepEqual([refused.code, refused.status], ['invalid-input', 400]);
    assert.match(refused.detail, /return \(退回\) needs a reason in note/);
  });

  test('返工 sends a handled case back to its department under the same deadline', async () => {
    const { id } = await report();
    const handled = await walk(id, [...toRegistered, ['dispatch', 'dispatcher', local('09:15'), { department: SAN }], ['handle', 'department', local('10:00'), { actorDepartment: SAN }]]);
    const rework = (await step(id, 'rework', 'patroller', local('10:30'), { note: '垃圾未清运干净' }).expect(200)).body;
    assert.deepEqual([rework.state, rework.department, rework.deadline.dueAt], ['dispatched', SAN, handled.deadline.dueAt]);
    const closed = await walk(id, [['handle', 'department', local('14:00'), { actorDepartment: SAN }], ['verify', 'patroller', local('15:00')], ['close', 'shift-leader', local('15:10')]]);
    assert.deepEqual(closed.history.map((entry: { action: string }) => entry.action).slice(4), ['handle', 'rework', 'handle', 'verify', 'close']);
  });

  test('延期: asked by the department, approved or rejected by the command centre', async () => {
    const { id } = await report();
    await walk(id, [...toRegistered, ['dispatch', 'dispatcher', local('09:15'), { department: SAN }]]);
    const asked = (await step(id, 'request-extension', 'department', local('09:30'), { actorDepartment: SAN, note: '需要吊车', extensionHours: 4 }).expect(200)).body;
    assert.deepEqual([asked.state, asked.deadline.pendingExtension.hours, asked.deadline.pendingExtension.reason], ['dispatched', 4, '需要吊车']);
    const twice = (await step(id, 'request-extension', 'department', local('09:31'), { actorDepartment: SAN, note: '再延', extensionHours: 2 }).expect(409)).body;
    assert.equal(twice.code, 'extension-pending');
    // Due Tuesday 09:15; 4 working hours on: 2.75 h to noon, 1.25 h after 13:30, so Tuesday 14:45.
    const approved = (await step(id, 'approve-extension', 'dispatcher', local('10:00')).expect(200)).body;
    assert.deepEqual([approved.deadline.dueAt, approved.deadline.pendingExtension, approved.deadline.extensions.length], ['2024-05-07T06:45:00.000Z', null, 1]);
    await step(id, 'request-extension', 'department', local('10:30'), { actorDepartment: SAN, note: '还需材料', extensionHours: 8 }).expect(200);
    const rejected = (await step(id, 'reject-extension', 'shift-leader', local('11:00'), { note: '时限足够' }).expect(200)).body;
    assert.deepEqual([rejected.deadline.dueAt, rejected.deadline.pendingExtension], ['2024-05-07T06:45:00.000Z', null]);
    assert.equal((await step(id, 'reject-extension', 'shift-leader', local('11:05'), { note: 'x' }).expect(409)).body.code, 'no-pending-extension');
  });

  test('作废 before 立案; a voided case takes no step (409), a wrong role gets 403, with what is allowed', async () => {
    const { id } = await report();
    const wrongRole = (await step(id, 'accept', 'patroller', local('09:05')).expect(403).expect('Content-Type', /problem\+json/)).body;
    assert.deepEqual([wrongRole.code, wrongRole.allowed, wrongRole.role], ['role-not-allowed', ['acceptor'], 'patroller']);
    const invalid = (await step(id, 'register', 'shift-leader', local('09:05')).expect(409)).body;
    assert.deepEqual([invalid.status, invalid.code, invalid.state, invalid.allowed], [409, 'invalid-transition', 'reported', ['accept', 'void']]);
    assert.match(invalid.detail, /^case-workflow: case .* is reported \(上报\); register \(立案\) is allowed from accepted only/);
    const voided = (await step(id, 'void', 'acceptor', local('09:05'), { note: '重复上报' }).expect(200)).body;
    assert.deepEqual([voided.state, voided.stateName], ['voided', '作废']);
    const final = (await step(id, 'accept', 'acceptor', local('09:06')).expect(409)).body;
    assert.deepEqual([final.code, final.allowed], ['invalid-transition', []]);
    assert.match(final.detail, /voided is final/);
    await step('20240506-999999', 'accept', 'acceptor', local('09:06')).expect(404);
    const badAction = (await step(id, 'approve', 'acceptor', local('09:06')).expect(400)).body;
    assert.match(badAction.detail, /^case-workflow: action: /);
  });

  test('a sensor report from another role than system is 403; a place outside the grids is 400', async () => {
    const { lon, lat } = district.cells[0];
    const refused = (await post('/api/cases', { source: 'sensor-alarm', caseClass: { kind: 'event', code: '0406' }, description: '积水', location: { lon, lat }, role: 'patroller', actor: 'p' }).expect(403)).body;
    assert.deepEqual([refused.code, refused.allowed], ['role-not-allowed', ['system']]);
    const outside = (await post('/api/cases', { source: 'patrol', caseClass: { kind: 'event', code: '0102' }, description: 'x', location: { lon: 121.6, lat: 31.3 }, role: 'patroller', actor: 'p' }).expect(400)).body;
    assert.match(outside.detail, /^cases: no unit grid covers 121.6, 31.3/);
  });

  test('a component case takes the class of its component; an unknown component is refused', async () => {
    const opened = await report({ caseClass: undefined, componentCode: TEST_COVER.code, description: '雨水井盖破损' });
    assert.deepEqual([opened.componentCode, opened.caseClass.kind, opened.caseClass.code, opened.caseClass.name], [TEST_COVER.code, 'component', '0103', '雨水井盖']);
    const unknown = (await post('/api/cases', { source: 'patrol', componentCode: '3101150103999999', description: 'x', location: district.cells[0], role: 'patroller', actor: 'p' }).expect(400)).body;
    assert.match(unknown.detail, /there is no component 3101150103999999/);
    const component = (await request(district.app).get(`/api/components/${TEST_COVER.code}`).expect(200)).body;
    assert.deepEqual([component.properties.className, component.properties.source.nodeId, component.geometry.coordinates], ['雨水井盖', 'YS-T1', [TEST_COVER.lon, TEST_COVER.lat]]);
    const listed = (await request(district.app).get('/api/components').query({ class: '0103' }).expect(200)).body;
    assert.deepEqual(listed.features.map((feature: { id: string }) => feature.id), [TEST_COVER.code]);
    assert.equal((await request(district.app).get('/api/components').query({ class: '0101' }).expect(200)).body.numberMatched, 0);
  });

  test('edits: description and location while open, urgency only before dispatch, nothing once closed', async () => {
    const { id } = await report();
    const moved = (await request(district.app).patch(`/api/cases/${id}`).send({ actor: 'acceptor-1', description: '人行道暴露垃圾', location: district.cells[2] }).expect(200)).body;
    assert.deepEqual([moved.description, moved.gridCode, moved.location], ['人行道暴露垃圾', district.cells[2].code, { lon: district.cells[2].lon, lat: district.cells[2].lat }]);
    assert.deepEqual(Object.keys(moved.edits[0].changes).sort(), ['description', 'gridCode', 'location']);
    assert.deepEqual(moved.edits[0].changes.gridCode, { from: district.cells[0].code, to: district.cells[2].code });
    assert.equal(moved.edits[0].actor, 'acceptor-1');
    const urgent = (await request(district.app).patch(`/api/cases/${id}`).send({ actor: 'leader-1', urgency: 'urgent' }).expect(200)).body;
    assert.equal(urgent.urgencyName, '紧急');
    const dispatched = await walk(id, [...toRegistered, ['dispatch', 'dispatcher', local('09:15'), { department: SAN }]]);
    // Urgent: 2 calendar hours.
    assert.deepEqual([dispatched.deadline.ruleId, dispatched.deadline.dueAt], ['urgent', '2024-05-06T03:15:00.000Z']);
    const fixed = (await request(district.app).patch(`/api/cases/${id}`).send({ actor: 'leader-1', urgency: 'ordinary' }).expect(409)).body;
    assert.match(fixed.detail, /urgency is fixed after dispatch/);
    await walk(id, [['handle', 'department', local('10:00'), { actorDepartment: SAN }], ['verify', 'patroller', local('11:00')], ['close', 'shift-leader', local('11:10')]]);
    assert.match((await request(district.app).patch(`/api/cases/${id}`).send({ actor: 'x', description: '改' }).expect(409)).body.detail, /is closed \(结案\); only open cases are edited/);
    await request(district.app).patch(`/api/cases/${id}`).send({ actor: 'x', state: 'reported' }).expect(400);
  });

  test('two dispatches of one case at once: one is taken, the other refused with 409', async () => {
    const { id } = await report();
    await walk(id, toRegistered);
    const results = await Promise.all(['district-sanitation', 'water-utility'].map((department) => step(id, 'dispatch', 'dispatcher', local('09:15'), { department })));
    assert.deepEqual(results.map((res) => res.status).sort(), [200, 409]);
    const winner = results.find((res) => res.status === 200)!.body;
    const loser = results.find((res) => res.status === 409)!.body;
    assert.deepEqual([loser.code, loser.state], ['invalid-transition', 'dispatched']);
    const stored = (await request(district.app).get(`/api/cases/${id}`).expect(200)).body;
    assert.equal(stored.department, winner.department);
    const history = (await request(district.app).get(`/api/cases/${id}/history`).expect(200)).body.history;
    assert.deepEqual(history.map((entry: { action: string }) => entry.action), ['report', 'accept', 'register', 'dispatch']);
  });

  test('overdue is computed now: a case dispatched today is not, one from 2024 is', async () => {
    const fresh = await report({ at: undefined });
    const dispatched = await walk(fresh.id, [['accept', 'acceptor', undefined], ['register', 'shift-leader', undefined], ['dispatch', 'dispatcher', undefined, { department: SAN }]]);
    assert.equal(dispatched.overdue, false);
    assert.ok(new Date(dispatched.deadline.dueAt).getTime() > Date.now() && dispatched.deadline.remainingHours > 7, JSON.stringify(dispatched.deadline));
    const overdue = (await request(district.app).get('/api/cases').query({ overdue: 'true', limit: 500 }).expect(200)).body;
    assert.ok(overdue.cases.length > 0 && overdue.cases.every((c: { overdue: boolean; state: string }) => c.overdue && c.state === 'dispatched'));
    assert.ok(!overdue.cases.some((c: { id: string }) => c.id === fresh.id));
    const notOverdue = (await request(district.app).get('/api/cases').query({ overdue: 'false', limit: 500 }).expect(200)).body;
    assert.ok(notOverdue.cases.some((c: { id: string }) => c.id === fresh.id) && notOverdue.cases.every((c: { overdue: boolean }) => !c.overdue));
  });

  test('the code lists and the OpenAPI document', async () => {
    const lists = (await request(district.app).get('/api/cases/classes').expect(200)).body;
    assert.deepEqual(lists.states.map((state: { name: string }) => state.name), ['上报', '受理', '立案', '派遣', '处置', '核查', '结案', '作废']);
    assert.equal(lists.transitions.length, 16);
    assert.deepEqual(lists.reportingRoles['sensor-alarm'], ['system']);
    assert.equal(lists.component.minor.find((entry: { code: string }) => entry.code === '0103').nameZh, '雨水井盖');
    const openapi = (await request(district.app).get('/api/openapi.json').expect(200)).body;
    assert.deepEqual(Object.keys(openapi.paths['/cases/{id}']).sort(), ['get', 'patch']);
    assert.ok(openapi.paths['/cases/{id}/transitions'].post && openapi.paths['/grids'].get && openapi.paths['/components/{code}'].get);
  });
});
