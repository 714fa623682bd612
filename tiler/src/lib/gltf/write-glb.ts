/**
 * Serialises a glTF-Transform document as GLB with both chunks padded to 8 bytes.
 *
 * `NodeIO.writeBinary()` pads chunks to 4 bytes, which core glTF allows, but EXT_structural_metadata
 * requires the JSON chunk padded with spaces and the BIN chunk with zeros to 8-byte boundaries.
 * So the document is written with `writeJSON()` (all glTF content still comes from
 * glTF-Transform) and only the 12-byte header and two chunk headers are framed here.
 */
import { type Document, Format, type PlatformIO } from '@gltf-transform/core';

const GLB_MAGIC = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Writes `document` as GLB bytes using `io` (which must have the document's extensions registered). */
export async function writeGlb(io: PlatformIO, document: Document): Promise<Uint8Array> {
  const { json, resources } = await io.writeJSON(document, { format: Format.GLB });
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = alignTo8(jsonBytes.byteLength);
  const bin = Object.values(resources)[0];
  const binLength = bin && bin.byteLength > 0 ? alignTo8(bin.byteLength) : 0;
  const total = 12 + 8 + jsonLength + (binLength > 0 ? 8 + binLength : 0);

  const glb = new Uint8Array(total);
  const view = new DataView(glb.buffer);
  view.setUint32(0, GLB_MAGIC, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, CHUNK_JSON, true);
  glb.set(jsonBytes, 20);
  glb.fill(0x20, 20 + jsonBytes.byteLength, 20 + jsonLength);
  if (binLength > 0) {
    const binStart = 20 + jsonLength;
    view.setUint32(binStart, binLength, true);
    view.setUint32(binStart + 4, CHUNK_BIN, true);
    glb.set(bin, binStart + 8);
  }
  return glb;
}

function alignTo8(length: number): number {
  return Math.ceil(length / 8) * 8;
}
