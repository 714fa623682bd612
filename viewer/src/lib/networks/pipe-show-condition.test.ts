import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pipeTypeShowCondition } from './pipe-show-condition.ts';

test('pipeTypeShowCondition shows everything when nothing is hidden', () => {
  assert.equal(pipeTypeShowCondition(new Set()), 'true');
});

test('pipeTypeShowCondition hides the given types by their pipeType metadata', () => {
  assert.equal(pipeTypeShowCondition(new Set(['RQ', 'JS'])), "!(${pipeType} === 'JS' || ${pipeType} === 'RQ')");
});

test('pipeTypeShowCondition hides features of unknown types with "other"', () => {
  const condition = pipeTypeShowCondition(new Set(['QT']));
  assert.match(condition, /^!\(!\(\$\{pipeType\} === 'JS' \|\| .*\$\{pipeType\} === 'GY'\)\)$/);
  assert.doesNotMatch(condition, /'QT'/);
});
