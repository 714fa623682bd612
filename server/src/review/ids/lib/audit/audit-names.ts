/**
 * Audits a name parameter (entity, attribute, predefined type) against the names the schema
 * allows, as the buildingSMART IDS audit tool does: a simple value must be one of them (exact,
 * case-sensitive), every enumeration value must be one of them, every pattern must match at least
 * one, and a restriction on names must have base xs:string (or none).
 */
import type { IdsValue } from '../../ids-model.ts';
import { compileXsdPattern, XsdPatternError } from '../values/xsd-pattern.ts';

/** The candidates a parameter selects, or a problem description. */
export type NameAudit = { ok: true; matches: string[] } | { ok: false; problem: string };

/** Matches a name parameter against the allowed names. */
export function auditNames(value: IdsValue, allowed: Iterable<string>, what: string): NameAudit {
  const names = [...allowed];
  if (value.kind === 'simple') {
    return names.includes(value.value)
      ? { ok: true, matches: [value.value] }
      : { ok: false, problem: `${JSON.stringify(value.value)} is not a valid ${what}` };
  }
  if (value.base !== null && value.base !== 'string') {
    return { ok: false, problem: `a restriction on ${what}s must have base xs:string, not ${value.baseText}` };
  }
  const matches = new Set<string>();
  for (const enumeration of value.enumeration) {
    if (!names.includes(enumeration)) return { ok: false, problem: `${JSON.stringify(enumeration)} is not a valid ${what}` };
    matches.add(enumeration);
  }
  for (const pattern of value.patterns) {
    let regex: RegExp;
    try {
      regex = compileXsdPattern(pattern);
    } catch (error) {
      return { ok: false, problem: error instanceof XsdPatternError ? error.message : String(error) };
    }
    const found = names.filter((name) => regex.test(name));
    if (found.length === 0) return { ok: false, problem: `the pattern "${pattern}" matches no valid ${what}` };
    for (const name of found) matches.add(name);
  }
  if (value.enumeration.length === 0 && value.patterns.length === 0) for (const name of names) matches.add(name);
  return { ok: true, matches: [...matches] };
}
