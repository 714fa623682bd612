import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RulePackInfo } from '../api/review-types.ts';
import { buildReviewParameters } from './build-review-parameters.ts';
import { parameterGroupsOf } from './rule-parameter-fields.ts';

/** The shape of the planning-conditions pack, cut down. */
const PLANNING: RulePackInfo = {
  id: 'planning-conditions',
  title: '规划条件核验 Planning conditions',
  parameters: {
    parcel: { type: 'geometry', title: 'Parcel', description: '', default: null, nullable: true },
    redLines: { type: 'red-lines', title: 'Red lines', description: '', default: [] },
    groundElevation: { type: 'number', title: 'Ground', description: '', unit: 'm', default: 0, minimum: -50, maximum: 50 },
  },
  rules: [
    {
      id: 'planning-building-height',
      title: 'Height',
      severity: 'error',
      parameters: {
        maxHeight: { type: 'number', title: 'Height limit', description: '', unit: 'm', default: null, nullable: true, minimum: 0 },
        heightMethod: { type: 'enum', title: 'Method', description: '', default: 'highest-point', options: ['highest-point', 'roof-average'] },
      },
    },
    { id: 'planning-no-parameters', title: 'Nothing to set', severity: 'info' },
  ],
};

const STAIRS: RulePackInfo = {
  id: 'gb-50352',
  title: 'GB 50352',
  parameters: { sprinklers: { type: 'boolean', title: 'Sprinklers', description: '', default: false } },
  rules: [{ id: 'stair-risers', title: 'Risers', severity: 'error', parameters: { maxRisers: { type: 'integer', title: 'Risers', description: '', default: 18, minimum: 3 } } }],
};

test('groups: the pack parameters first, then each rule with parameters under its title', () => {
  const groups = parameterGroupsOf(PLANNING);
  assert.deepEqual(groups.map((g) => [g.ruleId, g.title, g.fields.map((f) => f.key)]), [
    [null, null, ['parcel', 'redLines', 'groundElevation']],
    ['planning-building-height', 'Height', ['planning-building-height.maxHeight', 'planning-building-height.heightMethod']],
  ]);
});

test('only values changed from the default are sent, rule parameters as ruleId.name', () => {
  const built = buildReviewParameters([PLANNING, STAIRS], ['planning-conditions', 'gb-50352'], {
    'planning-conditions': {
      'planning-building-height.maxHeight': '3',
      'planning-building-height.heightMethod': 'highest-point',
      groundElevation: '0',
      parcel: { layerId: 'landuse', featureId: 79 },
    },
    'gb-50352': { sprinklers: false, 'stair-risers.maxRisers': '18' },
  });
  assert.deepEqual(built, {
    parameters: { 'planning-conditions': { parcel: { layerId: 'landuse', featureId: 79 }, 'planning-building-height.maxHeight': 3 } },
    problems: [],
  });
});

test('an emptied nullable value is not sent when its default is null, but null is sent when it replaces a value', () => {
  const nullable = { ...PLANNING, parameters: { ...PLANNING.parameters, siteArea: { type: 'number' as const, title: 'Site area', description: '', default: 5000, nullable: true } } };
  const built = buildReviewParameters([nullable], ['planning-conditions'], {
    'planning-conditions': { 'planning-building-height.maxHeight': '', parcel: null, siteArea: '' },
  });
  assert.deepEqual(built.parameters, { 'planning-conditions': { siteArea: null } });
});

test('packs not picked are left out, even with entries', () => {
  const built = buildReviewParameters([PLANNING, STAIRS], ['gb-50352'], { 'planning-conditions': { 'planning-building-height.maxHeight': '3' } });
  assert.deepEqual(built, { parameters: {}, problems: [] });
});

test('entries the API would refuse are problems with their place, and the rest still builds', () => {
  const built = buildReviewParameters([PLANNING, STAIRS], ['planning-conditions', 'gb-50352'], {
    'planning-conditions': { 'planning-building-height.maxHeight': '-5', groundElevation: '' },
    'gb-50352': { 'stair-risers.maxRisers': '12.5', sprinklers: true },
  });
  assert.deepEqual(built.problems, [
    { packId: 'planning-conditions', key: 'groundElevation', title: 'Ground', problem: { code: 'required' } },
    { packId: 'planning-conditions', key: 'planning-building-height.maxHeight', title: 'Height limit', problem: { code: 'below-minimum', limit: 0 } },
    { packId: 'gb-50352', key: 'stair-risers.maxRisers', title: 'Risers', problem: { code: 'not-an-integer' } },
  ]);
  assert.deepEqual(built.parameters, { 'gb-50352': { sprinklers: true } });
});

test('a parameter without a default must be given, and is sent even when untouched if nullable', () => {
  const required = { ...STAIRS, parameters: { storeys: { type: 'integer' as const, title: 'Storeys', description: '' } } };
  assert.deepEqual(buildReviewParameters([required], ['gb-50352'], {}).problems, [{ packId: 'gb-50352', key: 'storeys', title: 'Storeys', problem: { code: 'required' } }]);
  assert.deepEqual(buildReviewParameters([required], ['gb-50352'], { 'gb-50352': { storeys: '6' } }).parameters, { 'gb-50352': { storeys: 6 } });
  const optional = { ...STAIRS, parameters: { note: { type: 'string' as const, title: 'Note', description: '', nullable: true } } };
  assert.deepEqual(buildReviewParameters([optional], ['gb-50352'], {}).parameters, { 'gb-50352': { note: null } });
});
