/**
 * Compares a model value with a facet parameter (simple value or restriction), following the
 * IDS rules: strings compare exactly and case-sensitively; numbers compare by value with the IDS
 * tolerance (integers exactly); booleans accept `true`/`false`/`1`/`0`; patterns and lengths apply
 * to strings only and bounds to numbers only.
 */
import type { IdsRestriction, IdsValue } from '../../ids-model.ts';
import type { IfcScalar } from './ifc-scalar.ts';
import { atLeast, atMost, equalsWithTolerance, greaterThan, lessThan } from './tolerance.ts';
import { parseBooleanLiteral, parseNumberLiteral } from './xs-lexical.ts';
import { matchesXsdPattern } from './xsd-pattern.ts';

/** True when the IDS literal `text` denotes the model value. */
export function literalEquals(text: string, actual: IfcScalar): boolean {
  switch (actual.kind) {
    case 'string':
      return actual.value === text;
    case 'boolean':
      return parseBooleanLiteral(text) === actual.value;
    case 'number': {
      const expected = parseNumberLiteral(text);
      if (expected === null) return false;
      return actual.integer && Number.isInteger(actual.value) ? actual.value === expected : equalsWithTolerance(actual.value, expected);
    }
  }
}

/** True when a plain string (a name, a class, a material) satisfies the parameter. */
export function matchesName(value: IdsValue, actual: string): boolean {
  return matchesIdsValue(value, { kind: 'string', value: actual, ifcType: null });
}

/** True when the model value satisfies the facet parameter. */
export function matchesIdsValue(value: IdsValue, actual: IfcScalar): boolean {
  if (value.kind === 'simple') return literalEquals(value.value, actual);
  return matchesRestriction(value, actual);
}

function bound(text: string | null, actual: IfcScalar, test: (x: number, b: number) => boolean): boolean {
  if (text === null) return true;
  if (actual.kind !== 'number') return false;
  const b = parseNumberLiteral(text);
  return b !== null && test(actual.value, b);
}

function lengthOf(actual: IfcScalar): number | null {
  return actual.kind === 'string' ? Array.from(actual.value).length : null;
}

function matchesRestriction(restriction: IdsRestriction, actual: IfcScalar): boolean {
  if (restriction.enumeration.length > 0 && !restriction.enumeration.some((text) => literalEquals(text, actual))) return false;
  if (restriction.patterns.length > 0) {
    if (actual.kind !== 'string') return false;
    if (!restriction.patterns.some((pattern) => safePattern(pattern, actual.value))) return false;
  }
  if (!bound(restriction.minInclusive, actual, atLeast)) return false;
  if (!bound(restriction.minExclusive, actual, greaterThan)) return false;
  if (!bound(restriction.maxInclusive, actual, atMost)) return false;
  if (!bound(restriction.maxExclusive, actual, lessThan)) return false;
  const lengthChecks: [string | null, (len: number, n: number) => boolean][] = [
    [restriction.length, (len, n) => len === n],
    [restriction.minLength, (len, n) => len >= n],
    [restriction.maxLength, (len, n) => len <= n],
  ];
  for (const [text, test] of lengthChecks) {
    if (text === null) continue;
    const len = lengthOf(actual);
    if (len === null || !test(len, Number(text))) return false;
  }
  return true;
}

function safePattern(pattern: string, value: string): boolean {
  try {
    return matchesXsdPattern(pattern, value);
  } catch {
    return false;
  }
}

/** Human-readable description of a parameter, e.g. `"Foo"`, `one of "A", "B"`, `matching [A-Z]{2}`. */
export function describeIdsValue(value: IdsValue): string {
  if (value.kind === 'simple') return JSON.stringify(value.value);
  const parts: string[] = [];
  if (value.enumeration.length > 0) parts.push(`one of ${value.enumeration.map((v) => JSON.stringify(v)).join(', ')}`);
  if (value.patterns.length > 0) parts.push(`matching ${value.patterns.map((p) => `/${p}/`).join(' or ')}`);
  if (value.minInclusive !== null) parts.push(`≥ ${value.minInclusive}`);
  if (value.minExclusive !== null) parts.push(`> ${value.minExclusive}`);
  if (value.maxInclusive !== null) parts.push(`≤ ${value.maxInclusive}`);
  if (value.maxExclusive !== null) parts.push(`< ${value.maxExclusive}`);
  if (value.length !== null) parts.push(`${value.length} characters long`);
  if (value.minLength !== null) parts.push(`at least ${value.minLength} characters`);
  if (value.maxLength !== null) parts.push(`at most ${value.maxLength} characters`);
  return parts.length > 0 ? parts.join(' and ') : 'any value';
}
