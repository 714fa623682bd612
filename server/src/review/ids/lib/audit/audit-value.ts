/**
 * Audits a value parameter against the XSD base types its target can take: a simple value must be
 * a valid literal of one of them (`42,3` is no number, `FALSE` no boolean, `42.0` no integer); a
 * restriction must declare one of them as its base, and its enumeration values and bounds must be
 * valid literals of that base; patterns must be valid XSD regular expressions.
 */
import type { IdsValue, XsBaseType } from '../../ids-model.ts';
import { isNumericBase, isValidLiteral } from '../values/xs-lexical.ts';
import { compileXsdPattern, XsdPatternError } from '../values/xsd-pattern.ts';

/** Problems of a value parameter; `bases` empty means the expected type is unknown (no type check). */
export function auditValue(value: IdsValue, bases: XsBaseType[], what: string): string[] {
  const problems: string[] = [];
  const expected = bases.map((b) => `xs:${b}`).join(' or ');
  if (value.kind === 'simple') {
    if (bases.length > 0 && !bases.some((base) => isValidLiteral(base, value.value))) {
      problems.push(`${JSON.stringify(value.value)} is not a valid ${expected} value for ${what}`);
    }
    return problems;
  }
  problems.push(...auditRestrictionShape(value));
  if (bases.length > 0) {
    if (value.base === null) problems.push(`the restriction on ${what} needs base ${expected}`);
    else if (!bases.includes(value.base)) problems.push(`the restriction on ${what} has base ${value.baseText}, but ${what} takes ${expected}`);
  }
  return problems;
}

/** Checks that hold for any restriction whatever it constrains. */
export function auditRestrictionShape(value: IdsValue): string[] {
  if (value.kind !== 'restriction') return [];
  const problems: string[] = [];
  if (value.baseText !== null && value.base === null) problems.push(`restriction base ${value.baseText} is not one IDS allows`);
  for (const facet of value.unsupported) problems.push(`xs:${facet} is not supported by IDS`);
  for (const pattern of value.patterns) {
    try {
      compileXsdPattern(pattern);
    } catch (error) {
      problems.push(error instanceof XsdPatternError ? error.message : String(error));
    }
  }
  const base = value.base;
  if (base !== null) {
    for (const enumeration of value.enumeration) {
      if (!isValidLiteral(base, enumeration)) problems.push(`enumeration value ${JSON.stringify(enumeration)} is not a valid xs:${base}`);
    }
    for (const bound of [value.minInclusive, value.maxInclusive, value.minExclusive, value.maxExclusive]) {
      if (bound === null) continue;
      if (!isNumericBase(base) && base !== 'date' && base !== 'dateTime' && base !== 'duration' && base !== 'time') {
        problems.push(`bounds need a numeric or date base, not xs:${base}`);
      } else if (!isValidLiteral(base, bound)) {
        problems.push(`bound ${JSON.stringify(bound)} is not a valid xs:${base}`);
      }
    }
  }
  return problems;
}
