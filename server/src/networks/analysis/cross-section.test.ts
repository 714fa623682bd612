import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { placeNetwork } from '../geometry/place-network.ts';
import { streetFixture } from '../testing/street-fixture.ts';
import { crossSection } from './cross-section.ts';

const network = streetFixture();
const placed = placeNetwork(network);

describe('crossSection across the street at x = 30', () => {
  const section = crossSection(placed, network, [[30, -10], [30, 10]]);

  test('every pipe the line cuts, in order, with its heights there', () => {
    assert.equal(section.length, 20);
    const rows = section.pipes.map((pipe) => [pipe.linkId, pipe.offset, pipe.axis, pipe.top, pipe.bottom, pipe.depthToTop, pipe.size, pipe.colour, pipe.angle]);
    assert.deepEqual(rows, [
      ['D2', 1.5, 7.4, 7.7, 7.1, 2.6, 'DN600', '#4c3926', 90],
      ['W1b', 4, 9.15, 9.3, 9, 1, 'DN300', '#00ffff', 90],
      ['G1', 5.5, 9.325, 9.4, 9.25, 0.9, 'DN150', '#ff00ff', 90],
      ['S2', 10, 8.08, 8.33, 7.83, 1.97, 'DN500', '#4c3926', 90],
      ['T1', 14, 9.35, 9.5, 9.2, 0.8, '400×300', '#00ff00', 90],
      ['P1', 14.6, 9.5, 9.6, 9.4, 0.7, 'DN200', '#ff0000', 90],
    ]);
    const w1b = section.pipes[1];
    assert.deepEqual([w1b.pipeType, w1b.pipeSubtype, w1b.material, w1b.owner, w1b.x, w1b.y, w1b.ground], ['JS', 'JP', '球墨铸铁', '市自来水公司', 30, -6, 10.3]);
  });

  test('the ground line from the pipes and the manhole 5 m off the line, held level to the ends', () => {
    assert.deepEqual(section.ground.map((point) => [point.at, point.elevation, point.source]), [
      [0, 10.3, 'extended'],
      [1.5, 10.3, 'pipe'],
      [4, 10.3, 'pipe'],
      [5.5, 10.3, 'pipe'],
      [10, 10.25, 'node'],
      [10, 10.3, 'pipe'],
      [14, 10.3, 'pipe'],
      [14.6, 10.3, 'pipe'],
      [20, 10.3, 'extended'],
    ]);
  });

  test('clear distances between neighbours against GB 50289', () => {
    const rows = section.clearances.map((c) => [c.linkA, c.linkB, c.horizontal, c.requiredHorizontal, c.horizontalOk, c.vertical, c.requiredVertical, c.measuredAlong]);
    assert.deepEqual(rows, [
      ['D2', 'W1b', 2.05, 1.5, true, 1.3, 0.4, 'perpendicular'],
      ['W1b', 'G1', 1.275, 0.5, true, -0.05, 0.15, 'perpendicular'],
      ['G1', 'S2', 4.175, 1.2, true, 0.92, 0.15, 'perpendicular'],
      ['S2', 'T1', 3.55, 1, true, 0.87, 0.15, 'perpendicular'],
      ['T1', 'P1', 0.3, 0.5, false, -0.1, 0.5, 'perpendicular'],
    ]);
    assert.equal(section.clearances[4].clauseHorizontal, 'GB 50289-2016 表4.1.9');
  });
});

test('an oblique line cuts the pipes at an angle and measures parallel neighbours square to them', () => {
  // from (25, -10) to (45, 10): 45° to every east-west pipe; W1b at offset (4 m of y) × √2
  const section = crossSection(placed, network, [[25, -10], [45, 10]]);
  const w1b = section.pipes.find((pipe) => pipe.linkId === 'W1b')!;
  assert.equal(w1b.angle, 45);
  assert.equal(w1b.offset, Math.round(4 * Math.SQRT2 * 1000) / 1000);
  const pair = section.clearances.find((c) => c.linkA === 'W1b' && c.linkB === 'G1')!;
  assert.deepEqual([pair.horizontal, pair.measuredAlong], [1.275, 'perpendicular']);
  // WS1 runs north-south: crossed at 45° too, but 90° from its neighbours
  const ws1 = section.clearances.find((c) => c.linkB === 'WS1')!;
  assert.deepEqual([ws1.linkA, ws1.measuredAlong], ['P1', 'along-section']);
  // P1 (y = 4.6) and WS1 (crossed at y = 5) are 0.4√2 apart along the line, less both half widths cut at 45°
  assert.equal(ws1.horizontal, Math.round((0.4 - 0.1 - 0.05) * Math.SQRT2 * 1000) / 1000);
});

test('a section away from everything has only the default ground', () => {
  const section = crossSection(placed, network, [[500, 500], [520, 500]], { defaultGround: 4 });
  assert.deepEqual(section.pipes, []);
  assert.deepEqual(section.ground.map((point) => [point.at, point.elevation, point.source]), [[0, 4, 'default'], [20, 4, 'default']]);
});

test('a line of fewer than 2 distinct points or with bad numbers is a DataError', () => {
  assert.throws(() => crossSection(placed, network, [[1, 1], [1, 1]]), (error) => isDataError(error) && /cross-section: the line has 1 distinct point\(s\); draw at least 2/.test((error as Error).message));
  assert.throws(() => crossSection(placed, network, [[1, 1], [Number.NaN, 2]]), (error) => isDataError(error) && /line point 1 is \[null,2\]/.test((error as Error).message));
});
