import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { placeNetwork } from '../geometry/place-network.ts';
import { clearanceFixture, CLEARANCE_FIXTURE_ORIGIN } from '../testing/clearance-fixture.ts';
import { checkClearances } from './clearance.ts';

const [X0, Y0] = CLEARANCE_FIXTURE_ORIGIN;
const network = clearanceFixture();
const placed = placeNetwork(network);

describe('checkClearances on the clearance fixture', () => {
  const { violations, summary } = checkClearances(placed, network);
  const find = (a: string, b: string) => violations.find((found) => found.linkA === a && found.linkB === b);

  test('a DN300 water main 1.2 m from a 次高压A gas main: 1.2 - 0.15 - 0.075 = 0.975 m against 1.5 m', () => {
    const found = find('W1', 'G1')!;
    assert.equal(found.kind, 'horizontal');
    assert.deepEqual([found.typeA, found.typeB, found.measured, found.required], ['JS', 'RQ', 0.975, 1.5]);
    assert.equal(found.clause, 'GB 50289-2016 表4.1.9');
    assert.equal(found.entryId, 'h-water-gas-sub-high-a');
    // G1 runs 60 m; W1 is within 1.5 + 0.15 + 0.075 of it for 60 m plus the two discs at G1's ends
    assert.equal(found.overLength, Math.round((60 + 2 * Math.sqrt(1.725 ** 2 - 1.2 ** 2)) * 1000) / 1000);
    assert.equal(found.overLength, 62.478);
    assert.equal(found.at[1], Y0 + 0.6);
    assert.ok(found.at[0] >= X0 + 20 && found.at[0] <= X0 + 80);
  });

  test('a gas main without pressure class is held to the strictest row, and the note says so', () => {
    const found = find('W3', 'G3')!;
    assert.deepEqual([found.kind, found.measured, found.required, found.overLength], ['horizontal', 0.85, 1.5, 100]);
    assert.match(found.note!, /pressure class of the RQ pipe unknown: the strictest of 3 matching row\(s\) is taken/);
  });

  test('a drain crossing 0.10 m above a telecom duct bank, against 0.15 m', () => {
    const found = find('D1', 'T1')!;
    assert.deepEqual([found.kind, found.typeA, found.typeB, found.measured, found.required], ['vertical', 'PS', 'TX', 0.1, 0.15]);
    assert.deepEqual(found.at, [X0 + 50, Y0 + 70]);
    assert.equal(found.clause, 'GB 50289-2016 表4.1.14');
    assert.equal(found.entryId, 'v-telecom-duct-drain');
    assert.match(found.note!, /^D1 passes over T1/);
    assert.equal(found.overLength, undefined);
  });

  test('compliant, connected, same-type and unlisted pairs are not reported', () => {
    assert.equal(find('W2', 'G2'), undefined); // 0.975 m against 0.5 m for 中压A
    assert.equal(find('W4', 'G4'), undefined); // share node n4
    assert.equal(find('R1', 'S1'), undefined); // both PS: same type is off by default
    assert.equal(violations.length, 3);
  });

  test('the summary counts pairs and violations by pair type', () => {
    assert.deepEqual(summary, {
      links: 14,
      piecePairs: 4,
      pairsChecked: 4,
      pairsWithoutEntry: { 'GY-JS': 1 },
      crossings: 1,
      violations: { 'JS-RQ': { horizontal: 2, vertical: 0 }, 'PS-TX': { horizontal: 0, vertical: 1 } },
      skipped: { untyped: 0, overhead: 0, outsideArea: 0 },
    });
  });
});

describe('checkClearances options', () => {
  test('same-type pairs: rain crossing sewage 0.10 m apart against 0.15 m', () => {
    const { violations, summary } = checkClearances(placed, network, { includeSameType: true });
    const found = violations.find((v) => v.linkA === 'R1')!;
    assert.deepEqual([found.linkB, found.kind, found.subtypeA, found.subtypeB, found.measured, found.required], ['S1', 'vertical', 'YS', 'WS', 0.1, 0.15]);
    assert.equal(summary.pairsChecked, 5);
  });

  test('only some pipe types', () => {
    const { violations } = checkClearances(placed, network, { pipeTypes: ['TX'] });
    assert.deepEqual(violations.map((v) => [v.linkA, v.linkB]), [['D1', 'T1']]);
  });

  test('a box or a polygon limits the check to the pipes in it', () => {
    const box = checkClearances(placed, network, { bbox: [X0 + 30, Y0 - 5, X0 + 40, Y0 + 5] });
    assert.deepEqual(box.violations.map((v) => [v.linkA, v.linkB]), [['W1', 'G1']]);
    assert.equal(box.summary.links, 2);
    assert.equal(box.summary.skipped.outsideArea, 12);
    const polygon = checkClearances(placed, network, { polygon: [[X0 + 45, Y0 + 65], [X0 + 55, Y0 + 65], [X0 + 50, Y0 + 75], [X0 + 45, Y0 + 65]] });
    assert.deepEqual(polygon.violations.map((v) => [v.linkA, v.linkB]), [['D1', 'T1']]);
  });

  test('a wrong bbox or polygon is a DataError that says what to give', () => {
    assert.throws(() => checkClearances(placed, network, { bbox: [1, 1, 0, 2] }), (error) => isDataError(error) && /clearance: bbox \[1,1,0,2\] is not \[minX, minY, maxX, maxY\]/.test((error as Error).message));
    assert.throws(() => checkClearances(placed, network, { polygon: [[0, 0], [1, 1]] }), (error) => isDataError(error) && /clearance: the polygon has 2 distinct point\(s\); draw at least 3/.test((error as Error).message));
  });

  test('the pair sharing node n4 would clash if it did not share the node', () => {
    const changed = clearanceFixture();
    changed.nodes.push({ ...changed.nodes.find((node) => node.id === 'n4')!, id: 'n4-gas' });
    changed.links.find((link) => link.id === 'G4')!.from = 'n4-gas';
    const found = checkClearances(placeNetwork(changed), changed).violations.find((v) => v.linkA === 'W4')!;
    // water axis 12 - 1.0 - 0.1 = 10.9, gas axis 12 - 1.0 - 0.05 = 10.95: 0.05 - (0.2 + 0.1) / 2 = -0.1
    assert.deepEqual([found.linkB, found.kind, found.measured, found.required], ['G4', 'vertical', -0.1, 0.15]);
    assert.match(found.note!, /the sections overlap \(clash\)/);
  });

  test('overhead pipes and pipes without a type are left out and counted', () => {
    const changed = clearanceFixture();
    changed.links.find((link) => link.id === 'G1')!.burialMethod = '架空';
    changed.links.find((link) => link.id === 'W3')!.pipeType = null;
    const { violations, summary } = checkClearances(placeNetwork(changed), changed);
    assert.deepEqual(summary.skipped, { untyped: 1, overhead: 1, outsideArea: 0 });
    assert.deepEqual(violations.map((v) => v.linkA), ['D1']);
  });
});
