/**
 * Lexical forms of the XSD base types IDS allows, as listed in the IDS documentation
 * (DataTypes.md, "XML base types"), and conversion of IDS literals to numbers and booleans.
 */
import type { XsBaseType } from '../../ids-model.ts';

const DOUBLE = /^(?:[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|NaN|[-+]?INF)$/;

const LEXICAL: Record<XsBaseType, RegExp> = {
  string: /^[\s\S]*$/,
  anyURI: /^[\s\S]*$/,
  boolean: /^(?:true|false|0|1)$/,
  integer: /^[+-]?\d+$/,
  double: DOUBLE,
  float: DOUBLE,
  decimal: /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/,
  date: /^\d{4}-\d{2}-\d{2}(?:Z|[+-]\d{2}:\d{2})?$/,
  dateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/,
  time: /^\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/,
  duration: /^[-+]?P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+(?:\.\d+)?W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/,
};

/** True when `text` is a valid literal of the XSD base type. */
export function isValidLiteral(base: XsBaseType, text: string): boolean {
  return LEXICAL[base].test(text);
}

/** True for the numeric base types. */
export function isNumericBase(base: XsBaseType | null): boolean {
  return base === 'double' || base === 'float' || base === 'decimal' || base === 'integer';
}

/** The number an IDS literal denotes, or null when it is not a numeric literal. */
export function parseNumberLiteral(text: string): number | null {
  const trimmed = text.trim();
  if (!DOUBLE.test(trimmed)) return null;
  if (trimmed === 'NaN') return Number.NaN;
  if (trimmed.endsWith('INF')) return trimmed.startsWith('-') ? -Infinity : Infinity;
  return Number(trimmed);
}

/** The boolean an IDS literal denotes (`true`, `false`, `1`, `0`), or null. */
export function parseBooleanLiteral(text: string): boolean | null {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  return null;
}
