import { DataError } from '@cimtwin/schemas';

// Survey tables saved from Excel on a Chinese Windows machine are GBK (code page 936) unless the
// user picks "CSV UTF-8". Reading GBK as UTF-8 silently garbles every Chinese header, after which
// no column is recognised and the error would point at the wrong thing. So bytes that are not
// UTF-8 are rejected here, naming GBK/GB18030 when the bytes decode cleanly as such.

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a UTF-8 file without its byte-order mark. A string is taken as already decoded.
 * Bytes that are not UTF-8 are a DataError naming the file, the line and what to do.
 */
export function decodeUtf8Text(data: string | Uint8Array, fileName: string, stage = 'cjj61'): string {
  if (typeof data === 'string') return data.replace(/^\uFEFF/, '');
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    throw new DataError(`${stage}: ${fileName} is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8" and import that`);
  }
  try {
    return utf8.decode(data).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8(data);
    const line = countLines(data, at);
    const bytes = Array.from(data.subarray(at, at + 2), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    const gbk = looksLikeGb18030(data);
    const hint = gbk
      ? 'it looks like GBK/GB18030 (the Excel default on Chinese Windows); in Excel save as "CSV UTF-8 (逗号分隔)", or convert with `iconv -f GB18030 -t UTF-8`'
      : 'save it as UTF-8';
    throw new DataError(`${stage}: ${fileName} line ${line}: bytes ${bytes} at offset ${at} are not UTF-8; ${hint}`, { details: { file: fileName, line, offset: at, encoding: gbk ? 'GB18030' : 'unknown' } });
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(data: Uint8Array): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= data.length || (data[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return data.length;
}

function countLines(data: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (data[i] === 0x0a) line++;
  return line;
}

/** True when the bytes decode as GB18030 without replacement characters and contain CJK text. */
function looksLikeGb18030(data: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(data);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
