import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layerLabel } from './layer-label.ts';

test('layerLabel translates layers named after their kind and keeps other titles', () => {
  assert.equal(layerLabel({ id: 'buildings', kind: 'buildings', title: 'Buildings' }, 'zh'), '建筑');
  assert.equal(layerLabel({ id: 'water', kind: 'water', title: 'Water' }, 'en'), 'Water');
  assert.equal(layerLabel({ id: 'bim', kind: 'buildings', title: '竣工模型' }, 'en'), '竣工模型');
  assert.equal(layerLabel({ id: 'pipes', kind: 'pipes', title: 'Pipes' }, 'zh'), 'Pipes');
});
