/**
 * Escaping for the text that reaches XML and HTML output. Model, element and rule names come from
 * users, so every text goes through {@link escapeXml} or {@link escapeHtml}; characters XML 1.0 forbids (C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped
 * first, since no escape can represent them and one of them makes a whole BCF file unreadable.
 */

// C0 controls except \t \n \r, lone surrogates (a high not followed by a low, a low not preceded
// by a high) and the two non-characters XML 1.0 excludes.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// &apos; is not an HTML 4 entity; the numeric reference works in every HTML parser.
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** Removes the characters XML 1.0 does not allow anywhere in a document. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for XML element content and quoted attribute values, with XML's predefined entities. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
