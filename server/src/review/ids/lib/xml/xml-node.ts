/**
 * Small accessors over fast-xml-parser's object output (attributes prefixed with `@`, text in
 * `#text`, repeated elements as arrays, element start offsets under the metadata symbol).
 */
import { XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser returns it: an object, or a plain string for text-only elements. */
export type XmlNode = Record<string, unknown> | string;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The element children named `name` (namespace prefix already removed). */
export function children(node: XmlNode, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = node[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** The first child element named `name`, or null. */
export function firstChild(node: XmlNode, name: string): XmlNode | null {
  return children(node, name)[0] ?? null;
}

/** An attribute value, or null when absent. */
export function attribute(node: XmlNode, name: string): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = node[`@${name}`];
  return value === undefined || value === null ? null : String(value);
}

/** The text content of an element (empty string for an empty element). */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const text = node['#text'];
  return text === undefined || text === null ? '' : String(text);
}

/** Names of the child elements of a node, in no particular order. */
export function childNames(node: XmlNode): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.keys(node).filter((key) => !key.startsWith('@') && key !== '#text');
}

/** Builds a function giving the 1-based line of a parsed element from its start offset. */
export function createLineLocator(xml: string): (node: XmlNode) => number | null {
  const lineStarts = [0];
  for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (node) => {
    if (typeof node !== 'object' || node === null) return null;
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
    const start = meta?.startIndex;
    if (start === undefined) return null;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= start) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** Line of an element, or null when unknown (text-only elements carry no metadata). */
export function lineOf(node: XmlNode, locate: (node: XmlNode) => number | null): number | null {
  return locate(node);
}
