import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IdsRestriction } from '../../ids-model.ts';
import type { IfcScalar } from './ifc-scalar.ts';
import { matchesIdsValue } from './match-ids-value.ts';
import { atLeast, equalsWithTolerance, greaterThan, lessThan } from './tolerance.ts';

const restriction = (parts: Partial<IdsRestriction>): IdsRestriction => ({
  kind: 'restriction', base: 'string', baseText: 'xs:string', enumeration: [], patterns: [], minInclusive: null,
  maxInclusive: null, minExclusive: null, maxExclusive: null, length: null, minLength: null, maxLength: null,
  unsupported: [], line: null, ...parts,
});
const text = (value: string): IfcScalar => ({ kind: 'string', value, ifcType: 'IFCLABEL' });
const real = (value: number): IfcScalar => ({ kind: 'number', value, integer: false, ifcType: 'IFCREAL' });
const integer = (value: number): IfcScalar => ({ kind: 'number', value, integer: true, ifcType: 'IFCINTEGER' });
const simple = (value: string) => ({ kind: 'simple' as const, value, line: null });

test('simple values compare strings exactly and numbers by value', () => {
  assert.ok(matchesIdsValue(simple('Foo'), text('Foo')));
  assert.ok(!matchesIdsValue(simple('Foo'), text('foo')));
  assert.ok(matchesIdsValue(simple('42'), real(42)));
  assert.ok(matchesIdsValue(simple('1.2345e3'), real(1234.5)));
  assert.ok(!matchesIdsValue(simple('42'), real(42.3)));
  assert.ok(matchesIdsValue(simple('42'), integer(42)));
  assert.ok(!matchesIdsValue(simple('1'), text('1.0')));
});

test('booleans accept true, false, 1 and 0 only', () => {
  const yes: IfcScalar = { kind: 'boolean', value: true, ifcType: 'IFCBOOLEAN' };
  assert.ok(matchesIdsValue(simple('true'), yes));
  assert.ok(matchesIdsValue(simple('1'), yes));
  assert.ok(!matchesIdsValue(simple('TRUE'), yes));
  assert.ok(!matchesIdsValue(simple('false'), yes));
});

test('enumerations type-cast each member; patterns need strings', () => {
  const numbers = restriction({ base: 'double', enumeration: ['42', '43'] });
  assert.ok(matchesIdsValue(numbers, real(42)));
  assert.ok(!matchesIdsValue(numbers, real(44)));
  const pattern = restriction({ patterns: ['[A-Z]{2}[0-9]{2}'] });
  assert.ok(matchesIdsValue(pattern, text('WT01')));
  assert.ok(!matchesIdsValue(pattern, real(42)));
});

test('bounds and lengths', () => {
  const range = restriction({ base: 'double', minInclusive: '0', maxExclusive: '10' });
  assert.ok(matchesIdsValue(range, real(0)));
  assert.ok(matchesIdsValue(range, real(9.99)));
  assert.ok(!matchesIdsValue(range, real(10)));
  assert.ok(!matchesIdsValue(range, text('5')));
  const lengths = restriction({ minLength: '2', maxLength: '3' });
  assert.ok(matchesIdsValue(lengths, text('AB')));
  assert.ok(!matchesIdsValue(lengths, text('A')));
  assert.ok(!matchesIdsValue(lengths, text('ABCD')));
  assert.ok(matchesIdsValue(restriction({ length: '1' }), text('♫')));
});

test('tolerance: equality has a relative and an absolute part', () => {
  assert.ok(equalsWithTolerance(42 * (1 + 1e-6), 42));
  assert.ok(equalsWithTolerance(42 * (1 - 1e-6), 42));
  assert.ok(!equalsWithTolerance(42 * (1 + 2e-6), 42));
  assert.ok(equalsWithTolerance(-0.000001, 0));
  assert.ok(!equalsWithTolerance(-0.0000011, 0));
  assert.ok(equalsWithTolerance(-1.000002, -1));
  assert.ok(!equalsWithTolerance(-1.00000200001, -1));
  assert.ok(equalsWithTolerance(-1000001.000001, -1000000));
  assert.ok(!equalsWithTolerance(-1000001.0000011, -1000000));
});

test('tolerance: inclusive bounds stretch, exclusive bounds shrink', () => {
  assert.ok(atLeast(-0.000001, 0));
  assert.ok(!greaterThan(0.0000009, 0));
  assert.ok(greaterThan(0.0000011, 0));
  assert.ok(!lessThan(-0.0000009, 0));
  assert.ok(lessThan(-0.0000011, 0));
});
