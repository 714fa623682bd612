import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMeasured, formatRequired } from './format-review-value.ts';

test('measured values: rounded numbers with units, missing as a dash, booleans in words', () => {
  assert.equal(formatMeasured({ measured: 0.88512, unit: 'm' }, 'en'), '0.885 m');
  assert.equal(formatMeasured({ measured: null, unit: 'm' }, 'en'), '—');
  assert.equal(formatMeasured({ measured: false, unit: null }, 'zh'), '否');
  assert.equal(formatMeasured({ measured: 'Wall 2', unit: null }, 'en'), 'Wall 2');
});

test('required values carry the unit unless nothing measurable is required', () => {
  assert.equal(formatRequired({ required: '≥ 0.9 (height ≥ 2)', unit: 'm' }), '≥ 0.9 (height ≥ 2) m');
  assert.equal(formatRequired({ required: '—', unit: null }), '—');
});
