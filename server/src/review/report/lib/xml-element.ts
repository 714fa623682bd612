/**
 * A minimal XML writer for the BCF files: elements are plain objects serialized in the order
 * given, so the order the BCF XSDs prescribe is visible in the code that builds each file.
 * fast-xml-parser's XMLBuilder was rejected: it orders children by object keys and needs
 * workarounds for repeated elements and attribute-only elements, which hides the order.
 */
import { escapeXml } from './escape-markup.ts';

/** One XML element: attributes (undefined and null are left out), then text or child elements. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** Child elements; null and undefined entries are skipped (optional elements). */
  children?: Array<XmlElement | null | undefined>;
  /** Text content; used when there are no children. */
  text?: string | number;
}

/** Shorthand for an element with text content. */
export function textElement(name: string, text: string | number): XmlElement {
  return { name, text };
}

function serializeElement(element: XmlElement, indent: string, lines: string[]): void {
  const attributes = Object.entries(element.attributes ?? {})
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const children = (element.children ?? []).filter((child): child is XmlElement => child !== null && child !== undefined);
  if (children.length > 0) {
    lines.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) serializeElement(child, `${indent}  `, lines);
    lines.push(`${indent}</${element.name}>`);
  } else if (element.text !== undefined && String(element.text) !== '') {
    lines.push(`${indent}<${element.name}${attributes}>${escapeXml(String(element.text))}</${element.name}>`);
  } else {
    lines.push(`${indent}<${element.name}${attributes}/>`);
  }
}

/** Serializes a document: UTF-8 XML declaration, the root element indented by two spaces, final newline. */
export function serializeXml(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serializeElement(root, '', lines);
  return `${lines.join('\n')}\n`;
}
