import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AIR_QUALITY_SAMPLE, SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import type { Database } from '../db/open-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { importNetwork } from '../networks/import-network.ts';
import { importLayer } from '../import/import-layer.ts';
import { importAddresses } from '../addresses/import/import-addresses.ts';
import { divisionResolver } from '../addresses/import/resolve-divisions.ts';
import { divisionGazetteer } from '../addresses/parse/division-gazetteer.ts';
import { readStationSeries, replayedHour } from './air-quality-series.ts';
import { lifelineValue } from './lifeline-signal.ts';
import { startSimulator } from './run-simulator.ts';
import { loadSampleUrbanManagement } from '../cases/sample/load-sample-urban-management.ts';
import { openAlarmCase } from '../sensors/alarm-store/open-alarm-cases.ts';
import { startCaseSimulator } from './case-simulator.ts';

// The demo simulator: the replay shows the PRSA row of the same calendar hour, lifeline signals
// are a function of time that reaches the default thresholds now and then, and a start makes
// the demo sensors on the sample network once and fills in the last day through the normal
// ingest, alarms included.

const NOW = Date.parse('2026-12-07T08:00:00Z');
const NETWORK = 'lujiazui-utilities';

describe('demo simulator', () => {
  let db: Database;
  before(async () => {
    db = await openTestDatabase();
    // The grids take their streets from the address library, which links door plates to buildings.
    const buildings = SAMPLE_DISTRICT.layers.find((layer) => layer.id === 'buildings')!;
    await importLayer(db.knex, buildings.file, { layerId: 'buildings', title: buildings.title, kind: 'buildings' });
    await importAddresses(db.knex, SAMPLE_DISTRICT.addresses.files, { sourceId: SAMPLE_DISTRICT.addresses.id, linkLayerId: 'buildings', resolveDivisions: divisionResolver(divisionGazetteer()) });
    await importNetwork(db.knex, SAMPLE_DISTRICT.networks.flatMap((system) => system.files), { id: NETWORK, name: 'sample', format: 'cjj61', crs: 'EPSG:4549' });
  }, { timeout: 600_000 });
  after(async () => db?.close());

  test('each wall-clock hour replays the same calendar hour of the data year', async () => {
    const file = path.join(AIR_QUALITY_SAMPLE.dir, fs.readdirSync(AIR_QUALITY_SAMPLE.dir).find((f) => f.startsWith('PRSA_Data_Dongsi_'))!);
    const series = await readStationSeries(file);
    // 2026-12-07 08:00 UTC is 16:00 Beijing time; the slice holds December 2016.
    assert.equal(new Date(replayedHour(series, NOW)).toISOString(), '2016-12-07T08:00:00.000Z');
    const row = fs.readFileSync(file, 'utf8').split('\n').find((line) => /^\d+,2016,12,7,16,/.test(line))!.split(',');
    assert.deepEqual(series.hours.get(replayedHour(series, NOW))!.slice(0, 2), [Number(row[5]), Number(row[6])]);
    // January 2027 falls back to January 2017, inside the slice.
    assert.equal(new Date(replayedHour(series, Date.parse('2027-01-15T00:30:00Z'))).toISOString(), '2017-01-15T00:00:00.000Z');
  });

  test('lifeline signals are reproducible and cross the default thresholds now and then', () => {
    assert.equal(lifelineValue('combustible-gas', 7, NOW), lifelineValue('combustible-gas', 7, NOW));
    const day = Array.from({ length: 288 * 7 }, (_, i) => NOW - i * 300_000);
    const gas = Array.from({ length: 6 }, (_, seed) => day.map((t) => lifelineValue('combustible-gas', 100 + seed, t))).flat();
    assert.ok(gas.filter((v) => v < 5).length / gas.length > 0.8, 'gas is near zero most of the time');
    assert.ok(gas.some((v) => v >= 50) && gas.some((v) => v >= 25 && v < 50), 'a week of six wells has minor and critical gas levels');
    const pressure = day.map((t) => lifelineValue('water-pressure', 120, t));
    assert.ok(pressure.every((v) => v >= 0 && v < 0.4));
    assert.ok(pressure.filter((v) => v > 0.25).length / pressure.length > 0.8);
  });

  test('a start makes the demo sensors once and fills in the last day through ingest and alarms', async () => {
    const first = await startSimulator(db.knex, { airQualityDir: AIR_QUALITY_SAMPLE.dir, networkId: NETWORK, stepMs: 3_600_000, now: () => NOW });
    await first.stop();
    const kinds = first.sensors.map((s) => s.kind).reduce<Record<string, number>>((n, kind) => ({ ...n, [kind]: (n[kind] ?? 0) + 1 }), {});
    assert.deepEqual(kinds, { 'air-quality': 3, 'combustible-gas': 6, 'manhole-cover': 5, waterlogging: 4, 'water-pressure': 4 });
    const lifeline = first.sensors.filter((s) => s.kind !== 'air-quality');
    const stored = Number((await db.knex('sensor_observations').count('* AS n').first())!.n);
    assert.equal(stored, first.backfilled);
    // Every five minutes over 24 hours, both ends included, per lifeline sensor.
    const lifelineRows = await db.knex('sensor_observations').whereIn('datastream_id', lifeline.flatMap((s) => Object.values(s.datastreams))).count('* AS n').first();
    assert.equal(Number(lifelineRows!.n), lifeline.length * 289);
    // Every lifeline sensor whose backfilled values crossed its default threshold has an alarm.
    const threshold: Record<string, (v: number) => boolean> = { 'combustible-gas': (v) => v >= 25, 'manhole-cover': (v) => v > 15, waterlogging: (v) => v >= 10, 'water-pressure': (v) => v < 0.07 };
    const crossed = lifeline.filter((s) => Array.from({ length: 289 }, (_, i) => NOW - i * 300_000).some((t) => threshold[s.kind](lifelineValue(s.kind as never, s.seed, t)))).map((s) => s.thingId);
    const alarmed = (await db.knex('sensor_alarms').distinct('thing_id').pluck('thing_id')).map(Number);
    for (const thing of crossed) assert.ok(alarmed.includes(thing), `thing ${thing} crossed a threshold and has an alarm`);
    // A second start an hour later makes no new things and stores only the hour missing.
    const second = await startSimulator(db.knex, { airQualityDir: AIR_QUALITY_SAMPLE.dir, networkId: NETWORK, stepMs: 3_600_000, now: () => NOW + 3_600_000 });
    await second.stop();
    assert.deepEqual(second.sensors.map((s) => s.thingId), first.sensors.map((s) => s.thingId));
    const airQualityHour = second.backfilled - lifeline.length * 12;
    assert.ok(airQualityHour > 0 && airQualityHour <= 3 * 6, `one replayed hour of the stations: ${airQualityHour}`);
  });

  test('a critical alarm of a demo sensor opens one urban-management case in the grid under it', async () => {
    await loadSampleUrbanManagement(db.knex, NETWORK);
    const critical = await db.knex('sensor_alarms').whereRaw("alarm->>'highestSeverity' = 'critical'").orderBy('start_time').first('id', 'thing_id');
    assert.ok(critical, 'a day of demo data has a critical alarm');
    const opened = await openAlarmCase(db.knex, critical.id);
    assert.equal(opened.created, true);
    const again = await openAlarmCase(db.knex, critical.id);
    assert.deepEqual(again, { caseId: opened.caseId, created: false });
    const row = await db.knex('urban_cases').where({ id: opened.caseId }).first('alarm_id', 'data');
    assert.equal(row.alarm_id, critical.id);
    assert.equal(row.data.source, 'sensor-alarm');
    assert.match(row.data.gridCode, /^310115\d{9}$/);
    assert.equal((await db.knex('sensor_alarms').where({ id: critical.id }).first('case_id')).case_id, opened.caseId);
    const event = await db.knex('live_events').where({ kind: 'alarm', subject: critical.id }).orderBy('id', 'desc').first('payload');
    assert.equal(event.payload.change, 'case-opened');
    assert.equal(event.payload.caseId, opened.caseId);
  });

  test('demo cases come in through the day and follow the workflow, and a restart goes on without repeating them', async () => {
    const simulator = await startCaseSimulator(db.knex, { now: () => NOW, backfillDays: 3 });
    await simulator.stop();
    assert.ok(simulator.counts.opened > 40, `three days bring reports: ${simulator.counts.opened}`);
    const cases = (await db.knex('urban_cases').whereRaw("data->'history'->0->>'actor' LIKE 'sim:%'").select('data')).map((row) => row.data);
    assert.equal(cases.length, simulator.counts.opened);
    const states = cases.reduce<Record<string, number>>((n, c) => ({ ...n, [c.state]: (n[c.state] ?? 0) + 1 }), {});
    assert.ok(states.closed > cases.length / 2, `most cases of three days are closed: ${JSON.stringify(states)}`);
    // Every closed case went 上报 → 受理 → 立案 → 派遣 → 处置 → 核查 → 结案, with any rework between.
    for (const c of cases.filter((c) => c.state === 'closed')) {
      const actions = c.history.map((h: { action: string }) => h.action).join(' ');
      assert.match(actions, /^report accept register dispatch handle (rework handle )?verify close$/);
      const times = c.history.map((h: { at: string }) => Date.parse(h.at));
      assert.deepEqual([...times].sort((a, b) => a - b), times);
      assert.ok(times[times.length - 1] <= NOW);
    }
    assert.ok(cases.some((c) => c.state === 'voided'), 'some reports are voided as duplicates');
    assert.ok(cases.some((c) => c.history.some((h: { action: string }) => h.action === 'rework')), 'some cases are reworked');
    const again = await startCaseSimulator(db.knex, { now: () => NOW, backfillDays: 3 });
    await again.stop();
    assert.deepEqual(again.counts, { opened: 0, steps: 0 });
    const later = await startCaseSimulator(db.knex, { now: () => NOW + 6 * 3_600_000, backfillDays: 3 });
    await later.stop();
    assert.ok(later.counts.steps > 0, 'six hours later open cases have moved on');
  });
});
