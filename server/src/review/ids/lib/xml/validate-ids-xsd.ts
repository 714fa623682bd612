/**
 * Validates IDS XML against the official IDS 1.0 XSD (schemas/ids/ids.xsd, kept verbatim) with
 * libxml2 compiled to WebAssembly. The XSD's network imports are served from memory
 * ({@link IMPORTED_SCHEMAS}) through libxml2's input-provider hook, so nothing is downloaded.
 * The compiled validator is built once per process.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  XmlBufferInputProvider,
  XmlDocument,
  XmlParseError,
  XmlValidateError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { IMPORTED_SCHEMAS } from './xml-schema-stand-ins.ts';

/** One problem found in an IDS file. */
export interface IdsProblem {
  /** 1-based line in the IDS file, when known. */
  line: number | null;
  message: string;
}

/** Location of the official XSD in the repository. */
export const IDS_XSD_PATH = fileURLToPath(new URL('../../../../../../schemas/ids/ids.xsd', import.meta.url));

let validator: XsdValidator | null = null;

function compiledValidator(): XsdValidator {
  if (validator) return validator;
  const encoder = new TextEncoder();
  const buffers: Record<string, Uint8Array> = {};
  for (const [url, text] of Object.entries(IMPORTED_SCHEMAS)) buffers[url] = encoder.encode(text);
  xmlRegisterInputProvider(new XmlBufferInputProvider(buffers));
  const xsd = XmlDocument.fromString(fs.readFileSync(IDS_XSD_PATH, 'utf8'), { url: 'file:///ids/ids.xsd' });
  try {
    validator = XsdValidator.fromDoc(xsd);
  } finally {
    xsd.dispose();
  }
  return validator;
}

function problemsOf(error: unknown): IdsProblem[] {
  if (error instanceof XmlValidateError || error instanceof XmlParseError) {
    const details = (error.details ?? []).filter((d) => d.level >= 2);
    if (details.length > 0) return details.map((d) => ({ line: d.line ?? null, message: d.message.trim() }));
  }
  return [{ line: null, message: error instanceof Error ? error.message.trim() : String(error) }];
}

/** Problems of the XML against the IDS XSD; empty when the file is schema-valid. */
export function validateIdsXsd(xml: string): IdsProblem[] {
  const schema = compiledValidator();
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (error) {
    return problemsOf(error);
  }
  try {
    schema.validate(doc);
    return [];
  } catch (error) {
    return problemsOf(error);
  } finally {
    doc.dispose();
  }
}
