import assert from 'node:assert/strict';
import { test } from 'node:test';
import { componentClassForPipePoint } from './pipe-component-classes.ts';

test('manhole covers of each CJJ 61 pipe type become their component class', () => {
  const cases: Array<[string, string | null, string]> = [
    ['JS', 'JP', '0101'],
    ['PS', 'YS', '0103'],
    ['PS', 'WS', '0102'],
    ['PS', 'HS', '0102'],
    ['RQ', 'TR', '0111'],
    ['RL', 'RS', '0110'],
    ['DL', 'GD', '0105'],
    ['DL', 'LD', '0106'],
    ['TX', 'DH', '0107'],
    ['TX', 'DS', '0108'],
    ['TX', 'XX', '0109'],
    ['TX', null, '0107'],
  ];
  for (const [pipeType, pipeSubtype, expected] of cases) {
    assert.equal(componentClassForPipePoint({ pipeType: pipeType as 'JS', pipeSubtype, kind: 'manhole' }), expected, `${pipeType}/${pipeSubtype}`);
  }
});

test('valves sit in covered chambers; hydrants are fire-fighting facilities', () => {
  assert.equal(componentClassForPipePoint({ pipeType: 'RQ', pipeSubtype: 'TR', kind: 'valve' }), '0111');
  assert.equal(componentClassForPipePoint({ pipeType: 'JS', pipeSubtype: 'XS', kind: 'hydrant' }), '0113');
  assert.equal(componentClassForPipePoint({ pipeType: 'JS', kind: 'other', attachment: '消火栓' }), '0113');
  assert.equal(componentClassForPipePoint({ pipeType: 'PS', pipeSubtype: 'YS', kind: 'other', attachment: '雨水篦子' }), '0104');
});

test('points that are no component, or cannot be told apart, give null', () => {
  assert.equal(componentClassForPipePoint({ pipeType: 'JS', kind: 'fitting' }), null);
  assert.equal(componentClassForPipePoint({ pipeType: 'PS', pipeSubtype: null, kind: 'manhole' }), null);
  assert.equal(componentClassForPipePoint({ pipeType: 'GY', pipeSubtype: 'QQ', kind: 'manhole' }), null);
  assert.equal(componentClassForPipePoint({ pipeType: null, kind: 'manhole' }), null);
});
