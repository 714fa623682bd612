import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NETWORK_QA_CODES, NetworkQaReport, type NetworkQaCode, type NetworkQaIssue } from '@cimtwin/schemas';
import { generateGridNetwork } from '../graph/generate-grid-network.ts';
import { parseCjj61Tables } from '../parse/cjj61-parse-tables.ts';
import { CJJ61_LINES_CSV, CJJ61_LINES_GEOJSON, CJJ61_POINTS_CSV } from '../testing/cjj61-fixtures.ts';
import { qaFixtureNetwork } from '../testing/qa-fixture-network.ts';
import { checkNetworkQuality } from './check-network-quality.ts';

const near = (actual: number | null, expected: number, tolerance = 1e-9) => assert.ok(actual !== null && Math.abs(actual - expected) <= tolerance, `${actual} ≈ ${expected}`);
const found = (codes: Partial<Record<NetworkQaCode, number>>) => Object.fromEntries(NETWORK_QA_CODES.map((code) => [code, codes[code] ?? 0]));

describe('checkNetworkQuality on the hand-drawn fixture', () => {
  const report = checkNetworkQuality(qaFixtureNetwork());
  const of = (code: NetworkQaCode): NetworkQaIssue[] => report.issues.filter((issue) => issue.code === code);

  test('every check finds what the drawing says, and nothing else', () => {
    assert.doesNotThrow(() => NetworkQaReport.parse(report));
    assert.deepEqual(report.summary.byCode, found({
      'unknown-node': 1, 'dangling-end': 3, 'isolated-node': 1, 'duplicate-link': 1, 'reversed-duplicate-link': 1, 'overlapping-link': 1, 'zero-length-link': 1, 'self-loop': 1,
      'depth-mismatch': 2, 'invert-below-node': 1, 'depth-invert-inconsistent': 1, 'adverse-slope': 1, 'negative-depth': 1, 'excessive-depth': 1, 'shallow-cover': 2,
      'missing-material': 1, 'missing-depth': 3, 'missing-pipe-type': 1, 'valve-without-status': 1, 'cross-type-connection': 2, 'cross-subtype-connection': 1,
    }));
    assert.deepEqual([report.summary.total, report.summary.errors, report.summary.warnings, report.omitted], [28, 12, 16, 0]);
    assert.deepEqual([report.nodeCount, report.linkCount], [23, 18]);
  });

  test('topology: dangles (not plugs, 预留口, hydrants, meters or a drainage head), isolated points, unknown nodes', () => {
    assert.deepEqual(of('dangling-end').map((issue) => issue.nodeIds[0]), ['J3', 'G1', 'M3']);
    assert.deepEqual(of('dangling-end')[0].pointNumbers, ['JS3']);
    assert.deepEqual(of('isolated-node').map((issue) => [issue.nodeIds, issue.pointNumbers, issue.location]), [[['J12'], ['JS12'], { x: 600, y: 0 }]]);
    assert.equal(of('unknown-node')[0].message, '管段端点不存在 link end refers to a missing node: pipe L9 refers to node "NOPE", which the network does not have');
  });

  test('duplicates by ends, reversed, and by geometry; zero length and self-loops with their measures', () => {
    assert.deepEqual(of('duplicate-link')[0].linkIds, ['L1', 'L1b']);
    assert.deepEqual(of('reversed-duplicate-link')[0].linkIds, ['L1', 'L1r']);
    const overlap = of('overlapping-link')[0];
    assert.deepEqual(overlap.linkIds, ['L5', 'L6']);
    near(overlap.value, Math.hypot(0.01, 0.02));
    near(of('zero-length-link')[0].value, 0.005);
    near(of('self-loop')[0].value, 20 + Math.SQRT2 * 10);
  });

  test('vertical consistency at shared points, slopes and depth limits, with measured values', () => {
    const depth = of('depth-mismatch');
    assert.deepEqual(depth.map((issue) => [issue.nodeIds[0], issue.linkIds]), [['J2', ['L1']], ['U1', ['T1', 'T2']]]);
    near(depth[0].value, 0.15);
    near(depth[1].value, 0.2);
    near(of('invert-below-node')[0].value, 0.2);
    assert.deepEqual(of('invert-below-node')[0].nodeIds, ['M1']);
    near(of('depth-invert-inconsistent')[0].value, 0.2);
    const slope = of('adverse-slope')[0];
    assert.deepEqual(slope.linkIds, ['C1']);
    near(slope.value, 0.15);
    assert.match(slope.message, /^倒坡 adverse slope of a gravity pipe: C1 rises 0\.15 m from invert 2\.800 at M1 to 2\.950 at M2 \(3\.8‰ over 40 m\)$/);
    assert.deepEqual([of('negative-depth')[0].value, of('excessive-depth')[0].value, of('excessive-depth')[0].limit], [-0.5, 12, 10]);
    assert.deepEqual(of('shallow-cover').map((issue) => issue.value), [0.2, 0.25]);
  });

  test('attributes and pipe types: 雨污混接 and cross-type connections', () => {
    assert.deepEqual(of('missing-depth').map((issue) => issue.linkIds[0]), ['L1b', 'L1r', 'L3']);
    assert.deepEqual(of('valve-without-status')[0].nodeIds, ['J1']);
    assert.deepEqual(of('cross-type-connection').map((issue) => [issue.nodeIds, issue.linkIds]), [[['J1'], ['L10']], [['U1'], ['T1', 'T2']]]);
    assert.match(of('cross-subtype-connection')[0].message, /conduit C2 \(PS\/YS\) connects to manhole M3 \(PS\/WS\): 雨污混接/);
  });

  test('options: exempt dangles, required attributes, issue cap with complete counts', () => {
    const exempt = checkNetworkQuality(qaFixtureNetwork(), { isDanglingExempt: (node) => node.id === 'G1', requiredAttributes: ['size'] });
    assert.deepEqual([exempt.summary.byCode['dangling-end'], exempt.summary.byCode['missing-depth'], exempt.summary.byCode['valve-without-status']], [2, 0, 0]);
    const capped = checkNetworkQuality(qaFixtureNetwork(), { maxIssuesPerCode: 1 });
    // Left out: 2 dangles, 1 depth mismatch, 1 shallow cover, 2 missing depths, 1 cross-type connection.
    assert.deepEqual([capped.summary.byCode['dangling-end'], capped.issues.filter((issue) => issue.code === 'dangling-end').length, capped.omitted, capped.summary.total], [3, 1, 7, 28]);
    const strict = checkNetworkQuality(qaFixtureNetwork(), { toleranceMetres: 0.01, maxDepthMetres: 12.5 });
    assert.deepEqual([strict.summary.byCode['excessive-depth'], strict.summary.byCode['overlapping-link']], [0, 0]);
  });
});

test('checkNetworkQuality on the crafted CJJ 61 delivery: open ends, and what the tables left blank', () => {
  const network = parseCjj61Tables({
    points: { format: 'csv', name: 'points.csv', data: CJJ61_POINTS_CSV },
    lines: [
      { format: 'csv', name: 'lines.csv', data: CJJ61_LINES_CSV },
      { format: 'geojson', name: 'gas-power.geojson', data: CJJ61_LINES_GEOJSON },
    ],
  });
  const report = checkNetworkQuality(network);
  assert.deepEqual(report.summary.byCode, found({ 'dangling-end': 6, 'missing-material': 2, 'missing-depth': 3 }));
  // JS5 (预留口), JS3 (hydrant) and YS3 (outfall) end lines by design; YS1 heads a drainage line.
  assert.deepEqual(report.issues.filter((issue) => issue.code === 'dangling-end').map((issue) => issue.nodeIds[0]), ['JS1', 'GD1', 'RQ7', 'JS9', 'gas-power-n2', 'gas-power-n3']);
  assert.deepEqual(report.issues.filter((issue) => issue.code === 'missing-material').map((issue) => issue.linkIds[0]), ['lines-9', 'gas-power-2']);
  assert.deepEqual(report.issues.find((issue) => issue.nodeIds[0] === 'JS1')!.pointNumbers, ['JS1']);
});

describe('checkNetworkQuality at scale', () => {
  test('a 200,000-link grid: a clean report, and capped lists with full counts when every attribute is required (times printed; targets live in the networks benchmark)', (t) => {
    const network = generateGridNetwork(200_000);
    checkNetworkQuality(network); // warm-up: JIT
    const times: number[] = [];
    let report = checkNetworkQuality(network);
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      report = checkNetworkQuality(network);
      times.push(performance.now() - start);
    }
    t.diagnostic(`checkNetworkQuality on ${report.linkCount} links, ${report.nodeCount} nodes: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    assert.equal(report.linkCount, 200_000);
    // The grid's dead ends are junctions with demand (service points), so it is clean.
    assert.equal(report.summary.total, 0);
    // With every attribute required, 200,000 pipes lack material and depth: capped lists, full counts.
    const start = performance.now();
    const strict = checkNetworkQuality(network, { requiredAttributes: ['size', 'material', 'depth', 'pipeType', 'valveStatus'] });
    const strictMs = performance.now() - start;
    t.diagnostic(`with all attributes required: ${strictMs.toFixed(0)} ms, ${strict.summary.total} issues, ${strict.issues.length} listed`);
    const pipes = network.links.filter((link) => link.kind === 'pipe').length;
    assert.deepEqual([strict.summary.byCode['missing-material'], strict.summary.byCode['missing-depth'], strict.summary.byCode['missing-pipe-type']], [pipes, pipes, network.nodes.length + network.links.length]);
    assert.equal(strict.issues.length, 3000);
  });
});
