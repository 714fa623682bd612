import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeNetwork } from '../geometry/place-network.ts';
import { utilityGridNetwork } from '../testing/utility-grid-network.ts';
import { checkClearances } from './clearance.ts';

// A generated water grid with a gas grid 1.0 m off it (every 50th gas link 次高压A): the counts
// follow from the layout; the 200,000-segment timing is in bench-clearance.ts.
test('clearances of a 20,000-segment water and gas grid', () => {
  const network = utilityGridNetwork(20_000);
  const placed = placeNetwork(network);
  const start = performance.now();
  const { violations, summary } = checkClearances(placed, network);
  const elapsed = performance.now() - start;
  assert.equal(network.links.length, 20_002);
  assert.deepEqual([summary.links, summary.pairsChecked, summary.crossings], [20_002, 62_669, 8_415]);
  assert.deepEqual(summary.violations, { 'JS-RQ': { horizontal: 1074, vertical: 2 } });
  // a 次高压A main 1.0 m off a DN200 water main: 1.0 - 0.1 - 0.1 = 0.8 m against 1.5 m, along its 100 m
  const alongside = violations.filter((v) => v.kind === 'horizontal' && v.overLength === 100);
  assert.ok(alongside.length > 100);
  assert.ok(alongside.every((v) => v.measured === 0.8 && v.required === 1.5 && v.entryId === 'h-water-gas-sub-high-a'));
  // the reservoir leads run diagonally, so the gas lead lies on the water lead in plan, 0.5 m lower
  assert.deepEqual(violations.filter((v) => v.kind === 'vertical').map((v) => [v.linkA, v.linkB, v.measured]), [['w:R1-lead', 'g:R1-lead', 0], ['w:R2-lead', 'g:R2-lead', 0]]);
  console.log(`checkClearances on ${network.links.length} segments: ${elapsed.toFixed(0)} ms`);
});
