import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GB_50096_PACK } from '@cimtwin/schemas';
import { CheckTally, MODEL_SUBJECT } from './check-tally.ts';

const RULE = GB_50096_PACK.rules.find((rule) => rule.id === 'gb50096-door-opening')!;
const door = (globalId: string) => ({ globalId, ifcClass: 'IfcDoor', name: globalId });
const width = (measured: number) => ({ requirement: 'width', measured, required: '≥ 0.9', unit: 'm' });

test('the subjects are the elements counted as passed or failed, each once; skipped elements and the model are not', () => {
  const tally = new CheckTally(RULE, 'GB 50096-2011 5.8.7');
  tally.pass(door('wide'), width(1), 'ok');
  tally.fail(door('narrow'), width(0.8), 'too narrow');
  tally.fail(door('wide'), width(0.7), 'the second leaf is too narrow');
  tally.missing(door('unmeasured'), { requirement: 'width', required: '≥ 0.9', unit: 'm' }, 'no width');
  tally.skip(door('gate'), 'width', 'a garden gate');
  tally.pass(MODEL_SUBJECT, width(1));
  assert.deepEqual(tally.outcome.subjects, ['wide', 'narrow', 'unmeasured']);
  assert.deepEqual([tally.outcome.applicable, tally.outcome.passed, tally.outcome.failed], [5, 2, 3]);
});
