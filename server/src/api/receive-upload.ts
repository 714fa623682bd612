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
  const directory = options.directory ?? os.tmpdir();
  const form = await receiveParts(req, { ...options, maxFiles: 1 }, (fileName) => path.join(directory, `cimtwin-upload-${crypto.randomBytes(6).toString('hex')}${path.extname(fileName)}`));
  return { file: form.files[0], fields: form.fields };
}

/**
 * Several files of one form field (a shapefile's .shp, .dbf and .prj; a point and a line
 * table), written under their own names into a new temporary directory, which the caller
 * removes. Names are reduced to their base name; two files of the same name are a 400.
 */
export async function receiveFiles(
  req: Request,
  options: { fileField: string; maxBytes: number; maxFiles: number },
): Promise<{ directory: string; files: Array<Omit<ReceivedUpload, 'fields'>>; fields: Record<string, string> }> {
  const directory = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cimtwin-upload-'));
  const names = new Set<string>();
  try {
    const form = await receiveParts(req, options, (fileName) => {
      const safe = fileName.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '') || 'upload';
      if (names.has(safe)) throw new HttpError(400, `two files are named ${safe}; send each file once`);
      names.add(safe);
      return path.join(directory, safe);
    });
    if (form.files.length === 0) throw new HttpError(400, `the form has no file field "${options.fileField}"`);
    return { directory, ...form };
  } catch (error) {
    await fs.promises.rm(directory, { recursive: true, force: true });
    throw error;
  }
}

async function receiveParts(
  req: Request,
  options: { fileField: string; maxBytes: number; maxFiles: number },
  target: (fileName: string) => string,
): Promise<{ files: Array<Omit<ReceivedUpload, 'fields'>>; fields: Record<string, string> }> {
  if (!req.is('multipart/form-data')) throw new HttpError(415, `send the file as multipart/form-data with the field "${options.fileField}"`);
  const fields: Record<string, string> = {};
  const files: Array<{ path: string; fileName: string; bytes: number }> = [];
  let tooLarge: string | undefined;
  let refused: unknown;
  const writing: Promise<void>[] = [];
  let total = 0;
  const parser = busboy({ headers: req.headers, limits: { files: options.maxFiles, fileSize: options.maxBytes, fields: 20, fieldSize: 64 * 1024 } });
  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== options.fileField || refused) {
      stream.resume();
      return;
    }
    const fileName = path.basename(info.filename || 'upload');
    let where: string;
    try {
      where = target(fileName);
    } catch (error) {
      refused = error;
      stream.resume();
      return;
    }
    const file = { path: where, fileName, bytes: 0 };
    files.push(file);
    stream.on('data', (chunk: Buffer) => {
      file.bytes += chunk.length;
      total += chunk.length;
      if (total > options.maxBytes) tooLarge ??= fileName;
    });
    stream.on('limit', () => {
      tooLarge ??= fileName;
    });
    writing.push(pipeline(stream, fs.createWriteStream(where)));
  });
  const removeAll = () => Promise.all(files.map((file) => fs.promises.rm(file.path, { force: true })));
  try {
    await pipeline(req, parser);
    await Promise.all(writing);
  } catch (error) {
    await removeAll();
    throw new HttpError(400, `the upload broke off: ${(error as Error).message}`);
  }
  if (refused) {
    await removeAll();
    throw refused;
  }
  if (tooLarge) {
    await removeAll();
    const what = files.length > 1 ? `the files (${files.map((file) => file.fileName).join(', ')}) are together` : `${tooLarge} is`;
    throw new HttpError(413, `${what} larger than the upload limit of ${Math.round(options.maxBytes / 1048576)} MB (MAX_UPLOAD_MB)`);
  }
  return { files, fields };
}
