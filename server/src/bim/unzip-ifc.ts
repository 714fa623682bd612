/**
 * Takes the .ifc entry out of an .ifczip. Inflates with fflate's streaming Unzip so that a zip
 * bomb is stopped both by the declared size in the entry header and by the bytes actually
 * inflated so far (the declared size can lie). unzipSync was rejected: it inflates everything
 * before any size can be checked.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { DataError } from '@cimtwin/schemas';

/** Options for {@link unzipIfc}. */
export interface UnzipIfcOptions {
  /** Largest inflated .ifc accepted, in bytes. Default: 50 × the zip size, at most 2 GiB. */
  maxInflatedBytes?: number;
}

/** Default ceiling on inflated bytes. */
export const UNZIP_IFC_DEFAULTS = { maxRatio: 50, maxBytes: 2 * 1024 ** 3 } as const;

/** True when the bytes start like a zip archive (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Returns the bytes of the first `.ifc` entry of an .ifczip; DataError for anything else. */
export function unzipIfc(zip: Uint8Array, fileName: string, options: UnzipIfcOptions = {}): Uint8Array {
  if (!looksLikeZip(zip)) throw new DataError(`ifc-import: ${fileName} is not a zip archive; an .ifczip must be a zip holding one .ifc file`);
  const entry = new IfcEntryInflater(fileName, options.maxInflatedBytes ?? defaultLimit(zip.byteLength), Infinity);
  entry.push(zip, true);
  return entry.result();
}

/**
 * Inflates only the first `bytes` of the .ifc entry of an .ifczip file, reading the archive
 * from disk as far as needed: enough to check the IFC header of an upload without holding the
 * whole model in memory. The declared size of the entry is checked against the limit too.
 */
export async function inflateIfcHead(filePath: string, fileName: string, bytes: number, options: UnzipIfcOptions = {}): Promise<Uint8Array> {
  const zipSize = (await fs.stat(filePath)).size;
  const entry = new IfcEntryInflater(fileName, options.maxInflatedBytes ?? defaultLimit(zipSize), bytes);
  // Small reads: fflate inflates each push at once, so the push size bounds what is inflated.
  const stream = createReadStream(filePath, { highWaterMark: 16 * 1024 });
  try {
    for await (const chunk of stream) {
      entry.push(chunk as Buffer, false);
      if (entry.settled) break;
    }
    if (!entry.settled) entry.push(new Uint8Array(0), true);
  } finally {
    stream.destroy();
  }
  return entry.result();
}

function defaultLimit(zipBytes: number): number {
  return Math.min(UNZIP_IFC_DEFAULTS.maxBytes, UNZIP_IFC_DEFAULTS.maxRatio * zipBytes);
}

/**
 * Streams a zip archive through fflate, inflating its first .ifc entry up to `stopAfter` bytes
 * and stopping at the size limit (declared or actually inflated).
 */
class IfcEntryInflater {
  private readonly unzip = new Unzip();
  private readonly names: string[] = [];
  private readonly chunks: Uint8Array[] = [];
  private inflated = 0;
  private chosen: UnzipFile | null = null;
  private failure: DataError | null = null;
  private done = false;

  constructor(
    private readonly fileName: string,
    private readonly limit: number,
    private readonly stopAfter: number,
  ) {
    this.unzip.register(UnzipInflate);
    this.unzip.onfile = (file) => this.onFile(file);
  }

  /** True once the entry is read as far as wanted, or has failed. */
  get settled(): boolean {
    return this.done || this.failure !== null;
  }

  push(bytes: Uint8Array, final: boolean): void {
    if (this.settled) return;
    try {
      this.unzip.push(bytes, final);
    } catch (error) {
      this.failure ??= new DataError(`ifc-import: ${this.fileName} is not a readable zip archive (${(error as Error).message})`, { cause: error });
    }
  }

  /** The inflated bytes; throws what went wrong. */
  result(): Uint8Array {
    if (this.failure) throw this.failure;
    if (!this.chosen) {
      throw new DataError(
        `ifc-import: ${this.fileName} holds no .ifc file` +
          (this.names.length ? ` (entries: ${this.names.slice(0, 10).join(', ')})` : ' (the archive is empty)') +
          '; put the model in the zip as a .ifc file',
      );
    }
    if (!this.done) throw new DataError(`ifc-import: ${this.fileName}: entry ${(this.chosen as UnzipFile).name} ends early; the archive is truncated`);
    const out = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }

  private onFile(file: UnzipFile): void {
    this.names.push(file.name);
    if (this.chosen || this.failure || !/\.ifc$/i.test(file.name)) return;
    this.chosen = file;
    if (file.originalSize !== undefined && file.originalSize > this.limit) {
      this.failure = tooLarge(this.fileName, file.name, file.originalSize, this.limit, 'declares');
      return;
    }
    file.ondata = (error, chunk, final) => {
      if (this.settled) return;
      if (error) {
        this.failure = new DataError(`ifc-import: ${this.fileName}: entry ${file.name} cannot be inflated (${error.message}); the archive is damaged`);
        return;
      }
      this.inflated += chunk.byteLength;
      if (this.inflated > this.limit) {
        this.failure = tooLarge(this.fileName, file.name, this.inflated, this.limit, 'inflates to at least');
        file.terminate();
        return;
      }
      this.chunks.push(this.inflated > this.stopAfter ? chunk.subarray(0, chunk.byteLength - (this.inflated - this.stopAfter)) : chunk);
      if (final) this.done = true;
      else if (this.inflated >= this.stopAfter) {
        this.done = true;
        file.terminate();
      }
    };
    file.start();
  }
}

function tooLarge(fileName: string, entry: string, size: number, limit: number, verb: string): DataError {
  return new DataError(
    `ifc-import: ${fileName}: entry ${entry} ${verb} ${size} bytes, over the limit of ${limit} bytes; ` +
      'the archive may be a zip bomb; raise maxInflatedBytes if the model really is this large',
    { status: 413 },
  );
}
