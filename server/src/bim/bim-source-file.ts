/**
 * The IFC file a model was imported from, kept in the database in chunks (table
 * bim_source_files) so reviews can read every attribute and relation later, on any process.
 * Chunks travel as base64 text (encode/decode in SQL): PGlite moves bytea parameters slowly.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Knex } from 'knex';

/** Bytes per stored chunk. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** What {@link storeSourceFile} wrote. */
export interface StoredSourceFile {
  fileId: string;
  bytes: number;
  sha256: string;
}

/** Streams a file into bim_source_files under `fileId`, hashing it on the way. */
export async function storeSourceFile(knex: Knex, fileId: string, filePath: string): Promise<StoredSourceFile> {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let chunk = 0;
  for await (const piece of fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES })) {
    const buffer = piece as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
    await knex.raw(`INSERT INTO bim_source_files (file_id, chunk, bytes) VALUES (?, ?, decode(?, 'base64'))`, [fileId, chunk++, buffer.toString('base64')]);
  }
  return { fileId, bytes, sha256: hash.digest('hex') };
}

/** The whole stored file, or null when there is none under `fileId`. */
export async function readSourceFile(knex: Knex, fileId: string): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for (let chunk = 0; ; chunk++) {
    const row = await knex('bim_source_files').where({ file_id: fileId, chunk }).first(knex.raw("encode(bytes, 'base64') AS data"));
    if (!row) break;
    chunks.push(Buffer.from(String(row.data).replace(/\s+/g, ''), 'base64'));
  }
  return chunks.length ? Buffer.concat(chunks) : null;
}

/** Removes a stored file. */
export async function removeSourceFile(knex: Knex, fileId: string): Promise<void> {
  await knex('bim_source_files').where({ file_id: fileId }).delete();
}
