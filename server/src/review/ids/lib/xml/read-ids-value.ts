/**
 * Reads an `idsValue` element (a facet parameter): either `<simpleValue>` or `<xs:restriction>`.
 */
import type { IdsRestriction, IdsValue, XsBaseType } from '../../ids-model.ts';
import { attribute, children, firstChild, lineOf, textOf, type XmlNode } from './xml-node.ts';

const BASE_TYPES: readonly XsBaseType[] = [
  'string', 'boolean', 'integer', 'double', 'float', 'decimal', 'duration', 'dateTime', 'date', 'time', 'anyURI',
];

const UNSUPPORTED_FACETS = ['totalDigits', 'fractionDigits', 'whiteSpace'];

/** Reads a parameter element; an element with neither child reads as an empty simple value. */
export function readIdsValue(node: XmlNode, locate: (node: XmlNode) => number | null): IdsValue {
  const restriction = firstChild(node, 'restriction');
  if (restriction !== null) return readRestriction(restriction, locate);
  const simple = firstChild(node, 'simpleValue');
  return { kind: 'simple', value: simple === null ? '' : textOf(simple), line: lineOf(node, locate) };
}

function readRestriction(node: XmlNode, locate: (node: XmlNode) => number | null): IdsRestriction {
  const baseText = attribute(node, 'base');
  const local = baseText === null ? null : baseText.replace(/^[^:]*:/, '');
  const values = (name: string) => children(node, name).map((child) => attribute(child, 'value') ?? '');
  const single = (name: string) => values(name)[0] ?? null;
  return {
    kind: 'restriction',
    base: local !== null && (BASE_TYPES as readonly string[]).includes(local) ? (local as XsBaseType) : null,
    baseText,
    enumeration: values('enumeration'),
    patterns: values('pattern'),
    minInclusive: single('minInclusive'),
    maxInclusive: single('maxInclusive'),
    minExclusive: single('minExclusive'),
    maxExclusive: single('maxExclusive'),
    length: single('length'),
    minLength: single('minLength'),
    maxLength: single('maxLength'),
    unsupported: UNSUPPORTED_FACETS.filter((name) => children(node, name).length > 0),
    line: lineOf(node, locate),
  };
}
