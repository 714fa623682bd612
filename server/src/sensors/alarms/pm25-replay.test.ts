import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { defaultAlarmRules } from '../../../../schemas/src/sensors/alarm-defaults.ts';
import type { AlarmSeverity } from './alarm-contracts.ts';
import { createAlarmState } from './create-alarm-state.ts';
import { evaluateObservation } from './evaluate-observation.ts';

// Replays the first year of hourly PM2.5 at Beijing Dongsi (UCI Beijing Multi-Site Air Quality,
// CC BY 4.0) through the default PM2.5 rule and checks the alarms against a plain scan that
// applies the same rule by hand: bands > 75, 115, 150, 250 µg/m³ held for three hours of
// consecutive values (NA rows are gaps: skipped, they do not break a run), highest severity
// kept, cleared at the first value at or below 75.

const FILE = '/work/shared/data/iot/PRSA_Data_Dongsi_20130301-20170228.csv';
const HOURS = 365 * 24;

interface Reading {
  time: string;
  value: number;
}

function readPm25(): Reading[] {
  const lines = fs.readFileSync(FILE, 'utf8').trim().split('\n');
  const header = lines[0].split(',').map((name) => name.replaceAll('"', ''));
  const column = (name: string) => header.indexOf(name);
  const [year, month, day, hour, pm25] = ['year', 'month', 'day', 'hour', 'PM2.5'].map(column);
  const readings: Reading[] = [];
  for (const line of lines.slice(1, HOURS + 1)) {
    const cells = line.split(',');
    if (cells[pm25] === 'NA') continue;
    const pad = (index: number) => cells[index].padStart(2, '0');
    readings.push({ time: `${cells[year]}-${pad(month)}-${pad(day)}T${pad(hour)}:00:00+08:00`, value: Number(cells[pm25]) });
  }
  return readings;
}

interface ScannedAlarm {
  start: string;
  end: string | null;
  highest: AlarmSeverity;
}

function scan(readings: readonly Reading[]): ScannedAlarm[] {
  const bands: [AlarmSeverity, number][] = [['critical', 250], ['major', 150], ['minor', 115], ['warning', 75]];
  const rank = (severity: AlarmSeverity) => 4 - bands.findIndex(([name]) => name === severity);
  const runSince = new Map<AlarmSeverity, number | null>(bands.map(([name]) => [name, null]));
  const alarms: ScannedAlarm[] = [];
  let active: ScannedAlarm | null = null;
  for (const { time, value } of readings) {
    const t = Date.parse(time);
    let wanted: AlarmSeverity | null = null;
    for (const [name, limit] of bands) {
      if (value > limit) runSince.set(name, runSince.get(name) ?? t);
      else runSince.set(name, null);
      const since = runSince.get(name);
      if (wanted === null && since !== null && since !== undefined && t - since >= 3 * 3600_000) wanted = name;
    }
    const iso = new Date(t).toISOString();
    if (active === null) {
      if (wanted !== null) alarms.push((active = { start: iso, end: null, highest: wanted }));
    } else if (wanted !== null) {
      if (rank(wanted) > rank(active.highest)) active.highest = wanted;
    } else if (value <= 75) {
      active.end = iso;
      active = null;
    }
  }
  return alarms;
}

test('one year of Dongsi hourly PM2.5 through the default rule gives the alarms a plain scan gives', { skip: !fs.existsSync(FILE) && `${FILE} is absent` }, () => {
  const readings = readPm25();
  assert.ok(readings.length > 8000, `${readings.length} readings`);
  const rules = defaultAlarmRules({ ids: ['default-pm2.5'] });
  let state = createAlarmState();
  const alarms = new Map<string, ScannedAlarm>();
  for (const reading of readings) {
    const result = evaluateObservation(state, rules, { datastreamId: 'dongsi-pm25', thingId: 'dongsi', observedProperty: 'pm2.5', phenomenonTime: reading.time, result: reading.value });
    assert.equal(result.outcome, 'evaluated');
    state = result.state;
    for (const { alarm } of result.events) alarms.set(alarm.id, { start: alarm.startTime, end: alarm.endTime, highest: alarm.highestSeverity });
  }
  const expected = scan(readings);
  const bySeverity = (list: ScannedAlarm[]) => Object.fromEntries(['warning', 'minor', 'major', 'critical'].map((severity) => [severity, list.filter((alarm) => alarm.highest === severity).length]));
  assert.deepEqual(bySeverity([...alarms.values()]), bySeverity(expected));
  assert.deepEqual([...alarms.values()], expected);
  assert.ok(expected.length >= 20 && bySeverity(expected).critical >= 1, `a polluted year: ${JSON.stringify(bySeverity(expected))}`);
  assert.ok(state.windows['dongsi-pm25'].points.length <= 8, 'the window holds the horizon plus the duration, not the year');
});
