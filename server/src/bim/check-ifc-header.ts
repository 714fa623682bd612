/**
 * Checks that bytes are an IFC STEP file of a supported schema before web-ifc sees them: web-ifc
 * answers garbage with a bare -1 or a wasm abort, so the reasons are found here instead. Only the
 * head (header section) and the tail (END-ISO-10303-21) are read, never the whole file as text.
 */
import { DataError } from '@cimtwin/schemas';

/** FILE_SCHEMA names accepted, mapped to the schema family web-ifc reads them with. */
export const SUPPORTED_IFC_SCHEMAS: ReadonlyMap<string, 'IFC2X3' | 'IFC4' | 'IFC4X3'> = new Map([
  ['IFC2X3', 'IFC2X3'],
  ['IFC4', 'IFC4'],
  ['IFC4X3', 'IFC4X3'],
  ['IFC4X3_ADD1', 'IFC4X3'],
  ['IFC4X3_ADD2', 'IFC4X3'],
  ['IFC4X3_TC1', 'IFC4X3'],
]);

/** Bytes of the file's start that hold the header section. */
export const IFC_HEAD_BYTES = 64 * 1024;
/** Bytes of the file's end that hold END-ISO-10303-21. */
export const IFC_TAIL_BYTES = 4 * 1024;

/** What a file looks like when it is not STEP, for a helpful message. */
function guessFormat(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16)).trimStart();
  if (bytes[0] === 0x89 && head.includes('PNG')) return 'a PNG image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'a JPEG image';
  if (head.startsWith('PK')) return 'a zip archive (name it .ifczip)';
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('{') || head.startsWith('[')) return 'JSON';
  if (head.startsWith('<')) return 'XML or HTML';
  return null;
}

/**
 * Validates the STEP envelope and FILE_SCHEMA; returns the schema name as written (upper case).
 * Throws a DataError naming `fileName` when the bytes are not a complete IFC file.
 */
export function checkIfcHeader(bytes: Uint8Array, fileName: string): { schema: string } {
  const checked = checkIfcHead(bytes.subarray(0, IFC_HEAD_BYTES), fileName);
  checkIfcTail(bytes.subarray(Math.max(0, bytes.byteLength - IFC_TAIL_BYTES)), fileName);
  return checked;
}

/** Checks the start of an IFC file (its first {@link IFC_HEAD_BYTES}): STEP header and schema. */
export function checkIfcHead(headBytes: Uint8Array, fileName: string): { schema: string } {
  if (headBytes.byteLength === 0) throw new DataError(`ifc-import: ${fileName} is empty; give an IFC file`);
  const head = new TextDecoder('latin1').decode(headBytes.subarray(0, IFC_HEAD_BYTES));
  if (!/^\uFEFF?\s*ISO-10303-21\s*;/.test(head)) {
    const format = guessFormat(headBytes);
    throw new DataError(
      `ifc-import: ${fileName} is not an IFC file` +
        (format ? ` (it looks like ${format})` : '') +
        `: it does not start with the STEP header ISO-10303-21; export the model as IFC (STEP, .ifc) or .ifczip`,
    );
  }
  const headerEnd = head.search(/ENDSEC\s*;/);
  if (headerEnd < 0) throw new DataError(`ifc-import: ${fileName} has no complete HEADER section (no ENDSEC); the file is damaged or truncated`);
  const match = /FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(head.slice(0, headerEnd));
  if (!match) throw new DataError(`ifc-import: ${fileName} has no FILE_SCHEMA in its header; re-export it as IFC2X3, IFC4 or IFC4X3`);
  const schema = match[1].trim().toUpperCase();
  if (!SUPPORTED_IFC_SCHEMAS.has(schema)) {
    throw new DataError(
      `ifc-import: ${fileName} uses schema '${match[1]}', which is not supported; ` +
        `supported are ${[...SUPPORTED_IFC_SCHEMAS.keys()].join(', ')}; re-export the model in one of them`,
    );
  }
  return { schema };
}

/** Checks the end of an IFC file (its last {@link IFC_TAIL_BYTES}): the STEP trailer. */
export function checkIfcTail(tailBytes: Uint8Array, fileName: string): void {
  const tail = new TextDecoder('latin1').decode(tailBytes);
  if (!/END-ISO-10303-21\s*;\s*$/.test(tail.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    throw new DataError(
      `ifc-import: ${fileName} is truncated: it does not end with END-ISO-10303-21; upload or export the complete file again`,
    );
  }
}
