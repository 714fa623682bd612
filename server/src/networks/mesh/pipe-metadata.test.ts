import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linearColour, pipeMeshColours, pipeTypeColour } from './pipe-colours.ts';
import { PIPE_METADATA_CLASS, sectionLabel } from './pipe-metadata.ts';

describe('pipe metadata and colours', () => {
  test('section labels in millimetres; a size assumed by pipe type is marked', () => {
    assert.equal(sectionLabel({ shape: 'round', diameter: 0.3 }), 'DN300');
    assert.equal(sectionLabel({ shape: 'box', width: 0.8, height: 0.4 }), '800×400');
    assert.equal(sectionLabel({ shape: 'round', diameter: 0.2 }, true), 'DN200?');
  });

  test('the metadata class lists string columns besides the tiler’s id', () => {
    assert.equal(PIPE_METADATA_CLASS.name, 'pipe_element');
    assert.ok(!('id' in PIPE_METADATA_CLASS.properties));
    assert.deepEqual(Object.keys(PIPE_METADATA_CLASS.properties), ['linkId', 'nodeId', 'kind', 'pipeType', 'pipeSubtype', 'size', 'material', 'heightSource']);
  });

  test('CJJ 61 colours by subtype, type, override; grey without a type; linear, structures darker', () => {
    assert.deepEqual(pipeTypeColour('RQ', 'TR'), [255, 0, 255]);
    assert.deepEqual(pipeTypeColour('QT', 'BM'), [102, 0, 204]);
    assert.deepEqual(pipeTypeColour('QT', null), [150, 150, 150]);
    assert.deepEqual(pipeTypeColour(null, null, { unknown: [1, 2, 3] }), [1, 2, 3]);
    assert.deepEqual(pipeTypeColour('PS', 'YS', { PS: [0, 0, 0], 'PS.YS': [9, 9, 9] }), [9, 9, 9]);
    assert.deepEqual(pipeTypeColour('PS', 'WS', { PS: [0, 0, 0], 'PS.YS': [9, 9, 9] }), [0, 0, 0]);
    const [r, g, b] = linearColour([128, 128, 128]);
    assert.ok(Math.abs(r - 0.2158605) < 1e-6 && r === g && g === b, 'sRGB 128 is linear 0.216');
    const { pipe, structure } = pipeMeshColours('RL', null);
    assert.deepEqual(pipe.slice(0, 1), [1]);
    assert.ok(structure[0] < pipe[0] && structure[1] < pipe[1] && structure[3] === 1);
  });
});
