/**
 * Moves buffer views that an extension appended through `WriterContext.otherBufferViews` onto an
 * 8-byte boundary.
 *
 * glTF-Transform writes accessor data first (4-byte aligned) and appends extension views after
 * it without padding, so the first extension view may start 4 bytes off an 8-byte boundary.
 * EXT_structural_metadata requires 8-byte alignment. The writer's offsets are only known after
 * it has laid out the buffer, so this runs in the extension's `write()`: when the first view is
 * off, padding is inserted in the buffer's bytes just before it and every later view is shifted.
 * Predicting the accessor layout in `prewrite()` was rejected: it depends on the writer's
 * interleaving and padding rules, which are internal.
 */
import { GLB_BUFFER, type WriterContext } from '@gltf-transform/core';

/**
 * Aligns the buffer views holding `chunks` (all pushed to one buffer, each a multiple of
 * `alignment` bytes long) to `alignment` bytes.
 */
export function alignExtensionBufferViews(context: WriterContext, chunks: Uint8Array[], alignment = 8): void {
  const json = context.jsonDoc.json;
  const bufferViews = json.bufferViews ?? [];
  let first: number | undefined;
  for (const chunk of chunks) {
    const index = context.otherBufferViewsIndexMap.get(chunk);
    if (index === undefined) throw new Error('align-extension-buffer-views: a chunk was not written');
    if (first === undefined || bufferViews[index].byteOffset! < bufferViews[first].byteOffset!) first = index;
  }
  if (first === undefined) return;
  const firstView = bufferViews[first];
  const start = firstView.byteOffset ?? 0;
  const padding = (alignment - (start % alignment)) % alignment;
  if (padding === 0) return;

  const bufferIndex = firstView.buffer;
  const bufferDef = json.buffers![bufferIndex];
  const uri = bufferDef.uri ?? GLB_BUFFER;
  const bytes = context.jsonDoc.resources[uri];
  if (!bytes) throw new Error(`align-extension-buffer-views: no bytes for buffer "${uri}"`);
  const shifted = new Uint8Array(bytes.byteLength + padding);
  shifted.set(bytes.subarray(0, start), 0);
  shifted.set(bytes.subarray(start), start + padding);
  context.jsonDoc.resources[uri] = shifted;
  bufferDef.byteLength += padding;
  for (const view of bufferViews) {
    if (view.buffer === bufferIndex && (view.byteOffset ?? 0) >= start) view.byteOffset = (view.byteOffset ?? 0) + padding;
  }
}

/**
 * Copies `data` into a new array padded with zeros to a multiple of `alignment` bytes, and at
 * least `alignment` bytes long so that even empty data gets a valid (non-empty) buffer view.
 */
export function padToAlignment(data: Uint8Array, alignment = 8): Uint8Array {
  const length = Math.max(alignment, Math.ceil(data.byteLength / alignment) * alignment);
  const padded = new Uint8Array(length);
  padded.set(data);
  return padded;
}
