/**
 * Takes the .ifc entry out of an .ifczip. Inflates with fflate's streaming Unzip so that a zip
 * bomb is stopped both by the declared size in the entry header and by the bytes actually
 * inflated so far (the declared size can lie). unzipSync was rejected: it inflates everything
 * before any size can be checked.
 */
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
  const limit = options.maxInflatedBytes ?? Math.min(UNZIP_IFC_DEFAULTS.maxBytes, UNZIP_IFC_DEFAULTS.maxRatio * zip.byteLength);
  const names: string[] = [];
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  let chosen: UnzipFile | null = null;
  let failure: DataError | null = null;
  let done = false;

  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    names.push(file.name);
    if (chosen || failure || !/\.ifc$/i.test(file.name)) return;
    chosen = file;
    if (file.originalSize !== undefined && file.originalSize > limit) {
      failure = tooLarge(fileName, file.name, file.originalSize, limit, 'declares');
      return;
    }
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new DataError(`ifc-import: ${fileName}: entry ${file.name} cannot be inflated (${error.message}); the archive is damaged`);
        return;
      }
      inflated += chunk.byteLength;
      if (inflated > limit) {
        failure = tooLarge(fileName, file.name, inflated, limit, 'inflates to at least');
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  };
  try {
    unzip.push(zip, true);
  } catch (error) {
    if (!failure) failure = new DataError(`ifc-import: ${fileName} is not a readable zip archive (${(error as Error).message})`, { cause: error });
  }
  if (failure) throw failure;
  if (!chosen) {
    throw new DataError(
      `ifc-import: ${fileName} holds no .ifc file` + (names.length ? ` (entries: ${names.slice(0, 10).join(', ')})` : ' (the archive is empty)') + '; put the model in the zip as a .ifc file',
    );
  }
  if (!done) throw new DataError(`ifc-import: ${fileName}: entry ${(chosen as UnzipFile).name} ends early; the archive is truncated`);
  const out = new Uint8Array(inflated);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(fileName: string, entry: string, size: number, limit: number, verb: string): DataError {
  return new DataError(
    `ifc-import: ${fileName}: entry ${entry} ${verb} ${size} bytes, over the limit of ${limit} bytes; ` +
      'the archive may be a zip bomb; raise maxInflatedBytes if the model really is this large',
    { status: 413 },
  );
}
