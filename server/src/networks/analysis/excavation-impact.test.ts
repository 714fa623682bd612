import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { placeNetwork } from '../geometry/place-network.ts';
import { streetFixture } from '../testing/street-fixture.ts';
import { excavationImpact } from './excavation-impact.ts';

const network = streetFixture();
const placed = placeNetwork(network);
// a trench 20 m × 5 m over the water main and the gas main, x 15..35, y -8..-3
const TRENCH: [number, number][] = [[15, -8], [35, -8], [35, -3], [15, -3], [15, -8]];

describe('excavationImpact of a 1.2 m deep trench over the water and gas mains', () => {
  const impact = excavationImpact(placed, network, TRENCH, 1.2);

  test('the pipes it reaches, with lengths, top depth and margin above the bottom', () => {
    const rows = impact.links.map((l) => [l.linkId, l.pipeType, l.owner, l.lengthInside, l.lengthAffected, l.topDepth, l.depthMargin]);
    assert.deepEqual(rows, [
      // W1a runs to x = 20; in the way from x = 15 - 0.15 - 0.5
      ['W1a', 'JS', '市自来水公司', 5, 5.65, 1, 0.2],
      ['W1b', 'JS', '市自来水公司', 15, 15.65, 1, 0.2],
      // G1 at y = -4.5, DN150: 20 m inside, 0.075 + 0.5 beyond each end
      ['G1', 'RQ', '市燃气集团', 20, 21.15, 0.9, 0.3],
    ]);
    assert.ok(impact.links.every((l) => l.reached));
  });

  test('the valve inside, with the owner of its pipes', () => {
    assert.deepEqual(impact.points.map((p) => [p.nodeId, p.kind, p.attachment, p.x, p.y, p.owners]), [['V1', 'valve', '阀门', 20, -6, ['市自来水公司']]]);
  });

  test('the summary by pipe type and owner; the deep storm drain 0.5 m outside is in the way in plan but below', () => {
    assert.deepEqual(impact.summary, {
      area: 100,
      links: 3,
      points: 1,
      belowExcavation: 1,
      byPipeType: { JS: { links: 2, lengthInside: 20, lengthAffected: 21.3 }, RQ: { links: 1, lengthInside: 20, lengthAffected: 21.15 } },
      byOwner: { 市自来水公司: { links: 2, points: 1, pipeTypes: ['JS'] }, 市燃气集团: { links: 1, points: 0, pipeTypes: ['RQ'] } },
    });
  });

  test('includeBelow lists the storm drain too: 20 m along the edge plus the discs at the corners', () => {
    const all = excavationImpact(placed, network, TRENCH, 1.2, { includeBelow: true });
    const d2 = all.links.find((l) => l.linkId === 'D2')!;
    // axis 0.5 m outside the edge, reach 0.3 + 0.5: 20 + 2 √(0.8² - 0.5²)
    assert.equal(d2.lengthAffected, Math.round((20 + 2 * Math.sqrt(0.64 - 0.25)) * 1000) / 1000);
    assert.deepEqual([d2.lengthInside, d2.reached], [0, false]);
    // shallowest at the west end of the stretch: ground 10.144, top 7.2 - 0.2 × 14.376 / 60 + 0.6
    const x = 15 - Math.sqrt(0.39);
    assert.equal(d2.topDepth, Math.round((10 + 0.01 * x - (7.2 - (0.2 * x) / 60 + 0.6)) * 1000) / 1000);
  });
});

test('a shallower excavation reaches only the gas main; no margin shortens the stretches', () => {
  const impact = excavationImpact(placed, network, TRENCH, 0.95, { margin: 0 });
  assert.deepEqual(impact.links.map((l) => [l.linkId, l.lengthAffected, l.depthMargin]), [['G1', 20.15, 0.05]]);
  assert.equal(impact.summary.belowExcavation, 2);
});

test('bad outlines and depths are DataErrors that say what to fix', () => {
  const fails = (polygon: [number, number][], depth: number, pattern: RegExp) =>
    assert.throws(() => excavationImpact(placed, network, polygon, depth), (error) => isDataError(error) && pattern.test((error as Error).message));
  fails([[0, 0], [1, 0], [0, 0]], 1, /excavation: the polygon has 2 distinct point\(s\); draw at least 3/);
  fails([[0, 0], [4, 4], [4, 0], [0, 2]], 1, /excavation: polygon edges 0 and 2 cross; draw the outline without crossing itself/);
  fails([[0, 0], [1, 1], [2, 2]], 1, /excavation: the polygon has no area/);
  fails([[0, 0], [1, Number.POSITIVE_INFINITY], [2, 0]], 1, /excavation: polygon point 1 is \[1,null\]; give \[x, y\] with finite numbers/);
  fails(TRENCH, 0, /excavation: depth 0 is not a positive number of metres below ground/);
  assert.throws(() => excavationImpact(placed, network, TRENCH, 1, { margin: -1 }), /margin -1/);
});
