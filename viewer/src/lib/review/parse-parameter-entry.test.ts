import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleParameterInfo } from '../api/review-types.ts';
import { defaultEntryOf, isEditableParameter, parseParameterEntry } from './parse-parameter-entry.ts';

const MAX_HEIGHT: RuleParameterInfo = { type: 'number', title: '规划限高 Height limit', description: '', unit: 'm', default: null, nullable: true, minimum: 0 };
const COVERAGE: RuleParameterInfo = { type: 'number', title: 'Coverage', description: '', unit: '%', default: null, nullable: true, minimum: 0, maximum: 100 };
const CUT_HEIGHT: RuleParameterInfo = { type: 'number', title: 'Cut', description: '', unit: 'm', default: 1.2, nullable: false, minimum: 0.1, maximum: 3 };
const RISERS: RuleParameterInfo = { type: 'integer', title: 'Risers', description: '', default: 18, nullable: false, minimum: 3 };
const METHOD: RuleParameterInfo = { type: 'enum', title: 'Method', description: '', default: 'highest-point', options: ['highest-point', 'roof-average'] };
const SPRINKLERS: RuleParameterInfo = { type: 'boolean', title: 'Sprinklers', description: '', default: false };
const PARCEL: RuleParameterInfo = { type: 'geometry', title: 'Parcel', description: '', default: null, nullable: true };
const TABLE: RuleParameterInfo = { type: 'table', title: 'Widths', description: '', default: { general: { a: 1.3 } } };

test('numbers are read from their text and checked against minimum and maximum', () => {
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, '3'), { ok: true, value: 3 });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, ' 24.5 '), { ok: true, value: 24.5 });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, '0'), { ok: true, value: 0 });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, '-5'), { ok: false, problem: { code: 'below-minimum', limit: 0 } });
  assert.deepEqual(parseParameterEntry(COVERAGE, '100.5'), { ok: false, problem: { code: 'above-maximum', limit: 100 } });
  assert.deepEqual(parseParameterEntry(COVERAGE, '100'), { ok: true, value: 100 });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, 'abc'), { ok: false, problem: { code: 'not-a-number' } });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, 'NaN'), { ok: false, problem: { code: 'not-a-number' } });
});

test('an integer parameter refuses fractions', () => {
  assert.deepEqual(parseParameterEntry(RISERS, '18'), { ok: true, value: 18 });
  assert.deepEqual(parseParameterEntry(RISERS, '17.5'), { ok: false, problem: { code: 'not-an-integer' } });
  assert.deepEqual(parseParameterEntry(RISERS, '2'), { ok: false, problem: { code: 'below-minimum', limit: 3 } });
});

test('an empty entry is null when the parameter is nullable, else required', () => {
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, ''), { ok: true, value: null });
  assert.deepEqual(parseParameterEntry(MAX_HEIGHT, '  '), { ok: true, value: null });
  assert.deepEqual(parseParameterEntry(PARCEL, null), { ok: true, value: null });
  assert.deepEqual(parseParameterEntry(CUT_HEIGHT, ''), { ok: false, problem: { code: 'required' } });
});

test('enums take one of their options, booleans a checkbox state, geometry a feature reference', () => {
  assert.deepEqual(parseParameterEntry(METHOD, 'roof-average'), { ok: true, value: 'roof-average' });
  assert.deepEqual(parseParameterEntry(METHOD, 'tallest'), { ok: false, problem: { code: 'not-an-option', options: ['highest-point', 'roof-average'] } });
  assert.deepEqual(parseParameterEntry(SPRINKLERS, true), { ok: true, value: true });
  assert.deepEqual(parseParameterEntry(PARCEL, { layerId: 'landuse', featureId: 79 }), { ok: true, value: { layerId: 'landuse', featureId: 79 } });
});

test('fields start from the default; tables and red lines are not edited', () => {
  assert.equal(defaultEntryOf(MAX_HEIGHT), '');
  assert.equal(defaultEntryOf(CUT_HEIGHT), '1.2');
  assert.equal(defaultEntryOf(METHOD), 'highest-point');
  assert.equal(defaultEntryOf(SPRINKLERS), false);
  assert.equal(defaultEntryOf(PARCEL), null);
  assert.equal(isEditableParameter(TABLE), false);
  assert.equal(isEditableParameter({ ...TABLE, type: 'red-lines' }), false);
  assert.equal(isEditableParameter(RISERS), true);
});
