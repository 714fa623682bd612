import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bimShowCondition, globalIdEquals, SHOW_ALL_FILTER } from './bim-show-condition.ts';

test('bimShowCondition shows everything without a filter', () => {
  assert.equal(bimShowCondition(SHOW_ALL_FILTER), 'true');
});

test('bimShowCondition hides storeys and classes', () => {
  const condition = bimShowCondition({
    hiddenStoreys: ['Dachgeschoss'],
    hiddenClasses: ['IfcWindow', 'IfcSlab'],
    isolatedStorey: null,
  });
  assert.equal(
    condition,
    "(${storey} !== 'Dachgeschoss') && (${ifcClass} !== 'IfcWindow') && (${ifcClass} !== 'IfcSlab')",
  );
});

test('bimShowCondition isolates a storey in place of hidden storeys, keeping hidden classes', () => {
  const condition = bimShowCondition({
    hiddenStoreys: ['Dachgeschoss'],
    hiddenClasses: ['IfcMember'],
    isolatedStorey: 'Erdgeschoss',
  });
  assert.equal(condition, "(${storey} === 'Erdgeschoss') && (${ifcClass} !== 'IfcMember')");
});

test('style strings escape quotes and backslashes', () => {
  assert.equal(globalIdEquals("0a'b\\c"), "${globalId} === '0a\\'b\\\\c'");
  assert.equal(
    bimShowCondition({ hiddenStoreys: ["Level '1'"], hiddenClasses: [], isolatedStorey: null }),
    "(${storey} !== 'Level \\'1\\'')",
  );
});
