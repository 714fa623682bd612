import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {} from '../src/page-api.ts';
import type { ListedAlarm } from '../src/lib/api/alarm-types.ts';
import type { CaseIndicatorReport, CaseRecord, UnitGridPage } from '../src/lib/api/case-types.ts';
import { SENSOR_CONDITION_COLOURS } from '../src/lib/operations/sensor-state-colours.ts';
import { CASE_STATE_COLOURS } from '../src/lib/operations/case-state-colours.ts';
import { interiorPoint, largestPolygon } from './lib/interior-point.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { openViewerPage } from './lib/open-viewer-page.ts';
import { startTestServer, type TestServer } from './lib/start-test-server.ts';

// Browser lane for the live twin (城市运行): a combustible-gas sensor made through the
// SensorThings API reports 60 %LEL, and the viewer, fed by the live stream alone, turns its
// marker red, lists the alarm, acknowledges and clears it, charts the values; then a case
// reported and accepted through the cases API, the unit grid and the indicators.
const VIEWPORT = { width: 1280, height: 800 };
const SLOW = 120_000;
const OUTPUT = fileURLToPath(new URL('../../.test-output/viewer/live/', import.meta.url));
const STA = '/api/sensorthings/v1.1';
/** Near the sample utilities, in 浦东新区 (the unit grid covers it). */
const NEAR: [number, number] = [121.503, 31.2348];
/** How soon a change on the stream must show in the page, ms. */
const LIVE_WAIT = 5_000;

const skip = !hasChromium() ? 'no /usr/bin/chromium' : false;

interface GridCell {
  code: string;
  point: [number, number];
}

describe('the live twin in the viewer', { skip, timeout: 900_000 }, () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  /** Every read of the sensor state the page made, as query strings. */
  const stateReads: string[] = [];
  let cells: GridCell[] = [];
  let gridTotal = 0;
  let well: { thingId: number; datastreamId: number; cell: GridCell };

  const api = async <T>(path: string, init?: { method?: string; body?: unknown }, status = 200): Promise<T> => {
    const response = await fetch(`${server!.url}${path}`, {
      method: init?.method ?? 'GET',
      headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    assert.equal(response.status, status, `${init?.method ?? 'GET'} ${path}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  /** Makes a combustible-gas well at a point through a SensorThings deep insert; returns its ids. */
  const createGasWell = async (name: string, point: [number, number]) => {
    const thing = await api<{ '@iot.id': number }>(`${STA}/Things`, {
      method: 'POST',
      body: {
        name,
        description: 'combustible gas in a sewer well',
        properties: { kind: 'combustible-gas' },
        Locations: [{ name: `${name} site`, description: 'well', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: point } }],
        Datastreams: [
          {
            name: `${name} gas`,
            unitOfMeasurement: { name: 'percent of the lower explosive limit', symbol: '%LEL', definition: 'https://en.wikipedia.org/wiki/Flammability_limit' },
            Sensor: { name: 'catalytic gas detector', encodingType: 'text/plain', metadata: 'catalytic bead' },
            ObservedProperty: { name: '可燃气体浓度', definition: 'urn:cimtwin:observed-property:combustible-gas', properties: { key: 'combustible-gas' } },
          },
        ],
      },
    }, 201);
    const datastreams = await api<{ value: { '@iot.id': number }[] }>(`${STA}/Things(${thing['@iot.id']})/Datastreams`);
    return { thingId: thing['@iot.id'], datastreamId: datastreams.value[0]['@iot.id'] };
  };

  const observe = (datastreamId: number, result: number) =>
    api(`${STA}/Datastreams(${datastreamId})/Observations`, { method: 'POST', body: { phenomenonTime: new Date().toISOString(), result } }, 201);

  const sensor = (thingId: number) => page.evaluate((id) => window.cimtwin!.sensors().find((entry) => entry.id === id), thingId);
  const alarmEntry = (alarmId: string) => page.locator(`[data-testid=alarm-entry][data-alarm-id="${alarmId}"]`);

  /** Flies close to a point and clicks it on screen. */
  const clickAt = async (point: [number, number]) => {
    await page.evaluate((p) => window.cimtwin!.flyTo({ longitude: p[0], latitude: p[1] }, { range: 260, pitch: -50, duration: 0 }), point);
    await page.evaluate(() => window.cimtwin!.idle());
    const position = await page.evaluate((p) => window.cimtwin!.screenPosition(p[0], p[1], 0), point);
    assert.ok(position, `${point} is off-screen`);
    await page.mouse.click(position.x, position.y);
  };

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await startTestServer();
    const grids = await api<UnitGridPage>('/api/grids?limit=10000');
    gridTotal = grids.numberMatched ?? grids.features.length;
    const distance = (point: [number, number]) => Math.hypot((point[0] - NEAR[0]) * Math.cos((NEAR[1] * Math.PI) / 180), point[1] - NEAR[1]);
    cells = grids.features
      .map((feature) => ({ code: feature.properties.code, point: interiorPoint(largestPolygon(feature.geometry!)) }))
      .sort((a, b) => distance(a.point) - distance(b.point));
    assert.ok(cells.length >= 3, 'the sample has no unit grid near the utilities');
    well = { ...(await createGasWell('燃气井 G-01', cells[0].point)), cell: cells[0] };
    browser = await launchChromium();
    page = await openViewerPage(browser, server.url, {
      viewport: VIEWPORT,
      timeout: SLOW,
      pageErrors,
      beforeNavigation: (opened) =>
        opened.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname.endsWith('/api/sensors/state')) stateReads.push(url.search);
        }),
    });
    await page.evaluate(() => window.cimtwin!.operationsReady());
  }, { timeout: 600_000 });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the 城市运行 group lists sensors, cases and the grid; the new well is grey before it reports', { timeout: SLOW }, async () => {
    await page.waitForFunction(() => window.cimtwin!.operations().stream === 'open');
    const status = await page.evaluate(() => window.cimtwin!.operations());
    assert.equal(status.sensors, 'ready');
    assert.equal(status.cases, 'ready');
    assert.match(await page.getByTestId('operations-layer-group').innerText(), /城市运行[\s\S]*实时[\s\S]*物联感知[\s\S]*城管案件[\s\S]*单元网格/);
    assert.equal(await page.getByTestId('operations-toggle-sensors').isChecked(), true);
    assert.equal(await page.getByTestId('operations-toggle-grid').isChecked(), false);
    const shown = await sensor(well.thingId);
    assert.ok(shown, 'the well is not among the sensors');
    assert.equal(shown.condition, 'no-data');
    assert.equal(shown.markerColour, SENSOR_CONDITION_COLOURS['no-data']);
    assert.equal(await page.getByTestId('alarm-count').innerText(), '0');
    assert.deepEqual(stateReads, [''], 'the sensor state is read once at start');
  });

  let alarmId: string;

  test('60 %LEL turns the marker red and lists a critical alarm within seconds, from the stream alone', { timeout: SLOW }, async () => {
    const posted = Date.now();
    await observe(well.datastreamId, 60);
    await page.waitForFunction((id) => window.cimtwin!.sensors().find((entry) => entry.id === id)?.condition === 'critical', well.thingId, { timeout: LIVE_WAIT });
    const shown = await sensor(well.thingId);
    assert.equal(shown!.markerColour, SENSOR_CONDITION_COLOURS.critical);
    assert.deepEqual(shown!.latest.map((entry) => [entry.value, entry.unit]), [[60, '%LEL']]);
    const [alarm] = (await api<{ alarms: ListedAlarm[] }>('/api/alarms?status=active')).alarms.filter((entry) => entry.thingId === String(well.thingId));
    assert.ok(alarm, 'the API raised no alarm');
    alarmId = alarm.id;
    const entry = alarmEntry(alarmId);
    await entry.waitFor({ timeout: LIVE_WAIT });
    const elapsed = Date.now() - posted;
    assert.ok(elapsed < LIVE_WAIT, `the alarm took ${elapsed} ms to show`);
    assert.equal(await entry.getAttribute('data-severity'), 'critical');
    assert.equal(await entry.getAttribute('data-status'), 'ACTIVE_UNACK');
    assert.equal(await entry.getByTestId('alarm-thing').innerText(), '燃气井 G-01');
    assert.equal(await entry.getByTestId('alarm-reason').innerText(), '60 %LEL ≥ 50 %LEL');
    assert.equal(await entry.getByTestId('alarm-severity').innerText(), '紧急');
    assert.equal(await page.getByTestId('alarm-count').innerText(), '1');
    assert.deepEqual(stateReads, [''], 'no read of the sensor state: the stream carried the change');
    await page.screenshot({ path: join(OUTPUT, 'alarm.png') });
  });

  test('确认 acknowledges the alarm as the operator; the list follows the stream', { timeout: SLOW }, async () => {
    const entry = alarmEntry(alarmId);
    await entry.getByTestId('alarm-acknowledge').click();
    await page.waitForFunction((id) => document.querySelector(`[data-testid=alarm-entry][data-alarm-id="${id}"]`)?.getAttribute('data-status') === 'ACTIVE_ACK', alarmId, { timeout: LIVE_WAIT });
    const stored = await api<ListedAlarm>(`/api/alarms/${alarmId}`);
    assert.equal(stored.status, 'ACTIVE_ACK');
    assert.equal(stored.acknowledged?.by, 'viewer');
    assert.equal(await entry.getByTestId('alarm-acknowledge').count(), 0, '确认 goes once acknowledged');
    assert.equal(await entry.getByTestId('alarm-status').innerText(), '已确认');
    assert.equal((await sensor(well.thingId))!.condition, 'critical', 'acknowledged is still active');
    // A second acknowledge is refused (409) and the panel says so.
    await assert.rejects(page.evaluate((id) => window.cimtwin!.acknowledgeAlarm(id), alarmId), /409|already/);
    assert.match(await page.getByTestId('alarm-error').innerText(), /操作未成功/);
  });

  test('a click on the marker opens the sensor with its 24-hour chart, which takes live values', { timeout: SLOW }, async () => {
    await clickAt(well.cell.point);
    await page.waitForFunction(() => window.cimtwin!.sensorChart()?.status === 'shown');
    const chart = await page.evaluate(() => window.cimtwin!.sensorChart());
    assert.equal(chart!.thingId, well.thingId);
    assert.equal(chart!.datastreamId, well.datastreamId);
    assert.deepEqual(chart!.points.map((point) => point.v), [60]);
    assert.equal(await page.getByTestId('sensor-name').innerText(), '燃气井 G-01');
    const svg = page.getByTestId('sensor-chart');
    assert.equal(await svg.getAttribute('data-points'), '1');
    assert.equal(await svg.getAttribute('data-last-value'), '60');
    assert.equal((await sensor(well.thingId))!.labelShown, true, 'the selected sensor shows its label');
    await observe(well.datastreamId, 65);
    await page.waitForFunction(() => document.querySelector('[data-testid=sensor-chart]')?.getAttribute('data-points') === '2', undefined, { timeout: LIVE_WAIT });
    assert.equal(await svg.getAttribute('data-last-value'), '65');
    assert.deepEqual((await page.evaluate(() => window.cimtwin!.sensorChart()))!.points.map((point) => point.v), [60, 65]);
    assert.equal(await page.getByTestId('sensor-datastream-value').innerText(), '65 %LEL');
    await page.screenshot({ path: join(OUTPUT, 'sensor-chart.png') });
  });

  test('清除 clears the alarm: it leaves the list and the marker turns green', { timeout: SLOW }, async () => {
    await alarmEntry(alarmId).getByTestId('alarm-clear').click();
    await alarmEntry(alarmId).waitFor({ state: 'detached', timeout: LIVE_WAIT });
    assert.equal((await api<ListedAlarm>(`/api/alarms/${alarmId}`)).status, 'CLEARED_ACK');
    await page.waitForFunction((id) => window.cimtwin!.sensors().find((entry) => entry.id === id)?.condition === 'normal', well.thingId, { timeout: LIVE_WAIT });
    assert.equal((await sensor(well.thingId))!.markerColour, SENSOR_CONDITION_COLOURS.normal);
    assert.equal(await page.getByTestId('alarm-count').innerText(), '0');
  });

  test('a sensor made after the page opened shows once it reports: one read of that thing', { timeout: SLOW }, async () => {
    const late = await createGasWell('燃气井 G-02', cells[2].point);
    assert.equal(await sensor(late.thingId), undefined);
    await observe(late.datastreamId, 8);
    await page.waitForFunction((id) => window.cimtwin!.sensors().find((entry) => entry.id === id)?.condition === 'normal', late.thingId, { timeout: LIVE_WAIT });
    assert.deepEqual(stateReads, ['', `?things=${late.thingId}`]);
    assert.equal((await sensor(late.thingId))!.markerColour, SENSOR_CONDITION_COLOURS.normal);
  });

  test('a case appears from the stream, takes the colour of each step, is overdue past its deadline, and shows its timeline', { timeout: SLOW }, async () => {
    // Reported ten days ago, so the handling deadline of 暴露垃圾 (one working day) has passed.
    const start = Date.now() - 10 * 86_400_000;
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    const created = await api<CaseRecord>('/api/cases', {
      method: 'POST',
      body: { source: 'patrol', caseClass: { kind: 'event', code: '0102' }, description: '检查井旁暴露垃圾', location: { lon: cells[1].point[0], lat: cells[1].point[1] }, role: 'patroller', actor: '李四', at: at(0) },
    }, 201);
    assert.equal(created.gridCode, cells[1].code);
    const step = (body: Record<string, unknown>) => api(`/api/cases/${encodeURIComponent(created.id)}/transitions`, { method: 'POST', body });
    const shown = (id: string) => page.evaluate((caseId) => window.cimtwin!.cases().find((entry) => entry.id === caseId), id);
    const waitForState = (state: string) => page.waitForFunction(([id, wanted]) => window.cimtwin!.cases().find((entry) => entry.id === id)?.state === wanted, [created.id, state] as const, { timeout: LIVE_WAIT });
    await waitForState('reported');
    assert.deepEqual((await shown(created.id))!.marker, { colour: CASE_STATE_COLOURS.reported, overdue: false });
    await step({ action: 'accept', role: 'acceptor', actor: '王五', at: at(10) });
    await waitForState('accepted');
    assert.deepEqual((await shown(created.id))!.marker, { colour: CASE_STATE_COLOURS.accepted, overdue: false });
    await step({ action: 'register', role: 'shift-leader', actor: '赵六', at: at(20) });
    await step({ action: 'dispatch', role: 'dispatcher', actor: '钱七', department: '市容环卫', at: at(30) });
    await waitForState('dispatched');
    assert.deepEqual((await shown(created.id))!.marker, { colour: CASE_STATE_COLOURS.dispatched, overdue: true });
    assert.equal((await page.evaluate(() => window.cimtwin!.operations())).resets, 0, 'the stream carried every step');
    await clickAt(cells[1].point);
    await page.waitForFunction((id) => window.cimtwin!.selectedCase()?.caseId === id && window.cimtwin!.selectedCase()?.status === 'shown', created.id);
    assert.equal(await page.getByTestId('case-id').innerText(), created.id);
    assert.equal(await page.getByTestId('case-state').innerText(), '派遣');
    assert.equal(await page.getByTestId('case-grid').innerText(), cells[1].code);
    assert.match(await page.getByTestId('case-deadline').innerText(), /^截止 \d{2}-\d{2} \d{2}:\d{2}:\d{2} · 已超期 [\d.]+ 工作小时$/);
    const steps = page.getByTestId('case-step');
    assert.deepEqual(await steps.evaluateAll((items) => items.map((item) => item.getAttribute('data-action'))), ['report', 'accept', 'register', 'dispatch']);
    assert.match(await steps.nth(0).innerText(), /上报[\s\S]*监督员 李四/);
    assert.match(await steps.nth(3).innerText(), /派遣[\s\S]*派遣员 钱七 → 市容环卫/);
    await page.screenshot({ path: join(OUTPUT, 'case.png') });
  });

  test('the unit grid draws every cell of the API, clamped to the ground, with the code on hover', { timeout: SLOW }, async () => {
    await page.getByTestId('operations-toggle-grid').check();
    await page.waitForFunction(() => window.cimtwin!.operations().grid === 'ready');
    assert.equal(await page.evaluate(() => window.cimtwin!.gridCellCount()), gridTotal);
    const clamped = await page.evaluate(() => {
      const source = window.cimtwin!.viewer.dataSources.getByName('unit-grids')[0];
      const entities = source.entities.values;
      const fills = entities.filter((entity) => entity.polygon);
      const lines = entities.filter((entity) => entity.polyline);
      return { fills: fills.length, lines: lines.length, clamped: lines.every((entity) => entity.polyline!.clampToGround?.getValue(window.cimtwin!.viewer.clock.currentTime) === true), onGround: fills.every((entity) => entity.polygon!.height === undefined) };
    });
    assert.ok(clamped.fills >= gridTotal);
    assert.equal(clamped.lines, clamped.fills);
    assert.equal(clamped.clamped, true);
    assert.equal(clamped.onGround, true);
    // Hover open ground: the city layers off, so the pick reaches the globe the cells drape.
    const layers = await page.evaluate(() => window.cimtwin!.layers().filter((layer) => layer.visible).map((layer) => layer.id));
    for (const id of layers) await page.evaluate((layerId) => window.cimtwin!.setLayerVisible(layerId, false), id);
    const target = cells[3];
    await page.evaluate((p) => window.cimtwin!.flyTo({ longitude: p[0], latitude: p[1] }, { range: 400, pitch: -60, duration: 0 }), target.point);
    await page.evaluate(() => window.cimtwin!.idle());
    const position = await page.evaluate((p) => window.cimtwin!.screenPosition(p[0], p[1], 0), target.point);
    assert.ok(position);
    await page.mouse.move(position.x - 3, position.y - 3);
    await page.mouse.move(position.x, position.y);
    await page.waitForFunction(() => window.cimtwin!.mapTooltip() !== undefined);
    assert.match((await page.evaluate(() => window.cimtwin!.mapTooltip()))!, new RegExp(`网格编码 ${target.code}`));
    await page.screenshot({ path: join(OUTPUT, 'grid.png') });
    for (const id of layers) await page.evaluate((layerId) => window.cimtwin!.setLayerVisible(layerId, true), id);
  });

  test('the indicators dashboard shows the API’s rates and counts, by grid', { timeout: SLOW }, async () => {
    await page.getByTestId('operations-indicators').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=indicators-panel]')?.getAttribute('data-status') === 'shown');
    const shown = await page.evaluate(() => window.cimtwin!.caseIndicators({ days: 30, groupBy: 'grid' }));
    const to = new Date();
    const expected = await api<CaseIndicatorReport>(`/api/cases/indicators?from=${new Date(to.getTime() - 30 * 86_400_000).toISOString()}&to=${to.toISOString()}&groupBy=grid`);
    assert.deepEqual(shown.overall.counts, expected.overall.counts);
    assert.equal(shown.overall.counts.reported, 1);
    assert.match(await page.getByTestId('indicators-panel').innerText(), /立案率[\s\S]*结案率[\s\S]*按期结案率[\s\S]*返工率[\s\S]*平均处置时长/);
    assert.match(await page.getByTestId('indicator-counts').innerText(), /上报 1 · 立案 1 · 结案 0/);
    assert.equal(await page.getByTestId('indicator-registrationRate').locator('strong').innerText(), '100.0%');
    assert.deepEqual(await page.getByTestId('indicator-group').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))), expected.groups.map((group) => group.key));
    await page.screenshot({ path: join(OUTPUT, 'indicators.png') });
    await page.getByTestId('indicators-close').click();
  });

  test('everything speaks English on request', { timeout: SLOW }, async () => {
    await page.evaluate(() => window.cimtwin!.setLanguage('en'));
    assert.match(await page.getByTestId('operations-layer-group').innerText(), /City operations[\s\S]*Sensors[\s\S]*Cases[\s\S]*Unit grid/);
    assert.match(await page.getByTestId('alarm-panel').innerText(), /Alarms[\s\S]*Operator[\s\S]*No alarms/);
    assert.match(await page.getByTestId('operations-detail').innerText(), /Case[\s\S]*Dispatched[\s\S]*Overdue[\s\S]*Timeline/);
    await page.evaluate(() => window.cimtwin!.setLanguage('zh'));
    assert.deepEqual(pageErrors, []);
  });
});
