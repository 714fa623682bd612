import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { HttpError } from './problem.ts';

/** A file received from a multipart/form-data request, written to a temporary path. */
export interface ReceivedUpload {
  /** Temporary file; the caller removes it (or hands it to a job that does). */
  path: string;
  fileName: string;
  bytes: number;
  /** The other (text) fields of the form. */
  fields: Record<string, string>;
}

/**
 * Streams the one file of a multipart/form-data request to a temporary file, refusing more
 * than `maxBytes` with 413 (the partial file is removed). Answers 415 for another content
 * type and 400 for a form without the file field.
 */
export async function receiveUpload(req: Request, options: { fileField: string; maxBytes: number; directory?: string }): Promise<ReceivedUpload> {
  const form = await receiveForm(req, options);
  if (!form.file) throw new HttpError(400, `the form has no file field "${options.fileField}"`);
  return { ...form.file, fields: form.fields };
}

/** A multipart form whose file field may be absent: its text fields, and the file when sent. */
export async function receiveForm(
  req: Request,
  options: { fileField: string; maxBytes: number; directory?: string },
): Promise<{ file?: Omit<ReceivedUpload, 'fields'>; fields: Record<string, string> }> {
  if (!req.is('multipart/form-data')) throw new HttpError(415, `send the file as multipart/form-data with the field "${options.fileField}"`);
  const directory = options.directory ?? os.tmpdir();
  const fields: Record<string, string> = {};
  let received: { path: string; fileName: string; bytes: number } | undefined;
  let tooLarge = false;
  let writing: Promise<void> | undefined;
  const parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: options.maxBytes, fields: 20, fieldSize: 64 * 1024 } });
  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== options.fileField) {
      stream.resume();
      return;
    }
    const target = path.join(directory, `cimtwin-upload-${crypto.randomBytes(6).toString('hex')}${path.extname(info.filename || '')}`);
    const file = { path: target, fileName: path.basename(info.filename || 'upload'), bytes: 0 };
    received = file;
    stream.on('data', (chunk: Buffer) => {
      file.bytes += chunk.length;
    });
    stream.on('limit', () => {
      tooLarge = true;
    });
    writing = pipeline(stream, fs.createWriteStream(target));
  });
  try {
    await pipeline(req, parser);
    await writing;
  } catch (error) {
    if (received) await fs.promises.rm(received.path, { force: true });
    throw new HttpError(400, `the upload broke off: ${(error as Error).message}`);
  }
  if (received && tooLarge) {
    await fs.promises.rm(received.path, { force: true });
    throw new HttpError(413, `${received.fileName} is larger than the upload limit of ${Math.round(options.maxBytes / 1048576)} MB (MAX_UPLOAD_MB)`);
  }
  return { file: received, fields };
}
