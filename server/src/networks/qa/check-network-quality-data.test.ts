import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NetworkQaReport, type Network, type NetworkQaCode } from '@cimtwin/schemas';
import { readCjj61Files } from '../parse/cjj61-read-files.ts';
import { parseEpanetInp } from '../parse/parse-epanet-inp.ts';
import { parseSwmmInp } from '../parse/parse-swmm-inp.ts';
import { networkDataPath, readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import { checkNetworkQuality } from './check-network-quality.ts';

// The quality check over every shared test network. Each finding pinned below was confirmed by
// reading the file (line numbers are of the files in ../shared/data/networks).

const FOOT = 0.3048;
const nonZero = (report: NetworkQaReport) => Object.fromEntries(Object.entries(report.summary.byCode).filter(([, n]) => n > 0));
const issuesOf = (report: NetworkQaReport, code: NetworkQaCode) => report.issues.filter((issue) => issue.code === code);

function check(network: Network): NetworkQaReport {
  const report = checkNetworkQuality(network);
  assert.doesNotThrow(() => NetworkQaReport.parse(report));
  assert.equal(report.omitted, 0);
  return report;
}

describe('checkNetworkQuality on the shared networks', { skip: skipWithoutNetworkData }, () => {
  test('ky4: parallel pipes between the same junctions, both ways', () => {
    const report = check(parseEpanetInp(readNetworkData('ky4.inp'), { name: 'ky4' }));
    assert.deepEqual(nonZero(report), { 'duplicate-link': 12, 'reversed-duplicate-link': 9 });
    // [PIPES] P-1134 (line 1130) and P-96 (line 2091) both run J-124 → J-239, 62.31 and 56.939 ft.
    assert.ok(issuesOf(report, 'duplicate-link').some((issue) => issue.linkIds.join() === 'P-1134,P-96' && issue.nodeIds.join() === 'J-124,J-239'));
    // P-1081 (line 1071) runs J-181 → J-152, P-120 (line 1161) J-152 → J-181.
    assert.ok(issuesOf(report, 'reversed-duplicate-link').some((issue) => issue.linkIds.join() === 'P-1081,P-120'));
  });

  test('ky9: 21 dead ends without demand and 11 pairs of parallel pipes', () => {
    const report = check(parseEpanetInp(readNetworkData('ky9.inp'), { name: 'ky9' }));
    assert.deepEqual(nonZero(report), { 'dangling-end': 21, 'duplicate-link': 4, 'reversed-duplicate-link': 7 });
  });

  test('L-TOWN: one dead end, n259 on the 10.18 m stub p68, with no demand in any category', () => {
    const report = check(parseEpanetInp(readNetworkData('L-TOWN.inp'), { name: 'L-TOWN' }));
    assert.deepEqual(nonZero(report), { 'dangling-end': 1 });
    const [dangle] = report.issues;
    assert.deepEqual([dangle.nodeIds, dangle.linkIds, dangle.location], [['n259'], ['p68'], { x: 2055.32, y: 682.07 }]);
  });

  test('Micropolis model: 60 dead ends, among them valve V54 leading nowhere, 4 mm from main MA1043', () => {
    const report = check(parseEpanetInp(readNetworkData('micropolis/MICROPOLIS_v1.inp'), { name: 'micropolis' }));
    assert.deepEqual(nonZero(report), { 'dangling-end': 60 });
    // V54 is a TCV from VN909 to VN910 (line 3076); VN910 at (4038.47, 3602.24) ft touches nothing
    // else, and MA1043 leaves VN909 back past it.
    const v54 = report.issues.find((issue) => issue.nodeIds[0] === 'VN910')!;
    assert.deepEqual(v54.linkIds, ['V54', 'MA1043']);
    assert.ok(Math.abs(v54.value! - 0.00435) < 0.0001, `${v54.value} m`);
  });

  test('SWMM model: two junctions deeper than 10 m on 0.41 m conduits', () => {
    const report = check(parseSwmmInp(readNetworkData('swmm-model-state-plane.inp'), { name: 'swmm' }));
    assert.deepEqual(nonZero(report), { 'excessive-depth': 2 });
    // [JUNCTIONS] J1-277 and J1-278 have maximum depths 45.645 and 64.568 ft (lines 88-89).
    assert.deepEqual(report.issues.map((issue) => issue.nodeIds[0]), ['J1-277', 'J1-278']);
    assert.ok(Math.abs(report.issues[0].value! - 45.645 * FOOT) < 1e-9);
    assert.ok(Math.abs(report.issues[1].value! - 64.568 * FOOT) < 1e-9);
  });

  test('Micropolis GIS layers read as CJJ 61 tables: what the reader left open, the check reports', async () => {
    const files = ['micropolis/watermains_v0.shp', 'micropolis/valves_v0.shp', 'micropolis/hydrants_v1.shp'].map(networkDataPath);
    const options = { coordinateUnits: 'ft', sizeUnit: 'in', pipeType: 'JS' } as const;
    const asDrawn = check(await readCjj61Files(files, options));
    assert.deepEqual(nonZero(asDrawn), { 'dangling-end': 401, 'isolated-node': 231, 'missing-depth': 567, 'valve-without-status': 203 });
    const bridged = check(await readCjj61Files(files, { ...options, pointTolerance: 3 }));
    assert.deepEqual(nonZero(bridged), { 'dangling-end': 13, 'isolated-node': 30, 'missing-depth': 570, 'valve-without-status': 203 });
    // The undershoot between records 459 and 460 (0.125 m) shows as a pair of dangles, closed by gapTolerance.
    const undershoot = issuesOf(bridged, 'dangling-end').filter((issue) => issue.value !== null && Math.abs(issue.value - 0.125) < 0.001);
    assert.deepEqual(undershoot.map((issue) => issue.nodeIds[0]).sort(), ['watermains_v0-n582', 'watermains_v0-n583']);
    const closed = check(await readCjj61Files(files, { ...options, pointTolerance: 3, gapTolerance: 0.5 }));
    assert.equal(closed.summary.byCode['dangling-end'], 11);
  });
});
