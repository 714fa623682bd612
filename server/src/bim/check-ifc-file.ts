/**
 * Checks an uploaded IFC file on disk before a job is queued for it, reading only what the
 * check needs: the head and tail of an .ifc, or the inflated head of an .ifczip's entry (its
 * tail is checked by the reader, which inflates the whole entry anyway). A 1 GB upload is never
 * held in the API process's memory.
 */
import fs from 'node:fs/promises';
import { checkIfcHead, checkIfcTail, IFC_HEAD_BYTES, IFC_TAIL_BYTES } from './check-ifc-header.ts';
import { inflateIfcHead, looksLikeZip, type UnzipIfcOptions } from './unzip-ifc.ts';

/** Throws a DataError naming `fileName` when the file at `filePath` is not an IFC model we read. */
export async function checkIfcFile(filePath: string, fileName: string, options: UnzipIfcOptions = {}): Promise<{ schema: string }> {
  const file = await fs.open(filePath, 'r');
  let head: Uint8Array;
  let tail: Uint8Array | null = null;
  try {
    const { size } = await file.stat();
    head = await readAt(file, 0, Math.min(size, IFC_HEAD_BYTES));
    if (!looksLikeZip(head)) tail = await readAt(file, Math.max(0, size - IFC_TAIL_BYTES), Math.min(size, IFC_TAIL_BYTES));
  } finally {
    await file.close();
  }
  if (!tail) return checkIfcHead(await inflateIfcHead(filePath, fileName, IFC_HEAD_BYTES, options), fileName);
  const checked = checkIfcHead(head, fileName);
  checkIfcTail(tail, fileName);
  return checked;
}

async function readAt(file: fs.FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
