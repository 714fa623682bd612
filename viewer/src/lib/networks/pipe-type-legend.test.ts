import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pipeTypeLegend } from './pipe-type-legend.ts';

test('pipeTypeLegend lists the present types in CJJ 61 order with their colours', () => {
  const legend = pipeTypeLegend({
    linksByPipeType: { TX: 540, JS: 1242, PS: 2427, RQ: 0 },
    lengthByPipeType: { TX: 24853.31, JS: 58228.8, PS: 115750.7 },
  });
  assert.deepEqual(legend.map((entry) => entry.code), ['JS', 'PS', 'TX']);
  assert.deepEqual(legend[0], { code: 'JS', colour: '#00ffff', links: 1242, length: 58228.8 });
  assert.equal(legend[1].colour, '#4c3926');
  assert.equal(legend[2].length, 24853.3);
});

test('pipeTypeLegend counts unknown types as other (QT) and copes with missing counts', () => {
  assert.deepEqual(pipeTypeLegend({ linksByPipeType: { XX: 2, QT: 1 } }), [{ code: 'QT', colour: '#9e9e9e', links: 3, length: 0 }]);
  assert.deepEqual(pipeTypeLegend({}), []);
});
