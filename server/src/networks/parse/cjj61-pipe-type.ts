import { decodeFeatureCode, PIPE_TYPES, type DecodedFeatureCode, type PipeTypeCode } from '@cimtwin/schemas';

// Where a pipe point or segment gets its CJJ 61 type from, in order: a type column (a 代号 such
// as JS or YS, or a name such as 给水, 雨水管线, water supply), the feature code (digits 2-4), the
// point number (CJJ 61 point numbers start with the 代号: JS123, YS45, RQ7), the segments or
// points it connects to, then the pipeType option.

/** A main type and, when known, its subtype 代号. */
export interface PipeTypeGuess {
  pipeType: PipeTypeCode;
  pipeSubtype: string | null;
}

const BY_CODE = new Map<string, PipeTypeGuess>();
const BY_NAME = new Map<string, PipeTypeGuess>();
for (const type of PIPE_TYPES) {
  BY_CODE.set(type.code, { pipeType: type.code, pipeSubtype: null });
  BY_NAME.set(type.nameZh, { pipeType: type.code, pipeSubtype: null });
  BY_NAME.set(type.nameEn.toLowerCase(), { pipeType: type.code, pipeSubtype: null });
}
// Subtype codes and names unique across main types only (an ambiguous one would guess).
const subtypeCount = new Map<string, number>();
for (const subtype of PIPE_TYPES.flatMap((type) => type.subtypes)) for (const key of [subtype.code, subtype.nameZh]) subtypeCount.set(key, (subtypeCount.get(key) ?? 0) + 1);
for (const type of PIPE_TYPES) {
  for (const subtype of type.subtypes) {
    const guess = { pipeType: type.code, pipeSubtype: subtype.code };
    if (subtypeCount.get(subtype.code) === 1 && !BY_CODE.has(subtype.code)) BY_CODE.set(subtype.code, guess);
    if (subtypeCount.get(subtype.nameZh) === 1 && !BY_NAME.has(subtype.nameZh)) BY_NAME.set(subtype.nameZh, guess);
    BY_NAME.set(subtype.nameEn.toLowerCase(), guess);
  }
}

/** A type from a 代号 or a name; `排水/雨水` and `PS-YS` give main and subtype. Null when unknown. */
export function pipeTypeFromText(text: string | null): PipeTypeGuess | null {
  if (!text) return null;
  const normalised = text.normalize('NFKC').trim();
  const direct = lookUp(normalised);
  if (direct) return direct;
  const parts = normalised.split(/[-/、|,，\s]+/).filter(Boolean);
  if (parts.length === 2) {
    const main = lookUp(parts[0]);
    const sub = lookUp(parts[1]);
    if (main && sub && sub.pipeType === main.pipeType) return sub;
    return main ?? null;
  }
  return null;
}

function lookUp(text: string): PipeTypeGuess | null {
  const upper = text.toUpperCase();
  if (BY_CODE.has(upper)) return BY_CODE.get(upper)!;
  const name = text.toLowerCase().replace(/(管线|管道|管|线|pipes?|lines?)$/u, '').trim();
  return BY_NAME.get(name) ?? BY_NAME.get(text.toLowerCase()) ?? null;
}

/** A subtype given on its own (小类 column) for a known or unknown main type. */
export function pipeSubtypeFromText(text: string | null, main: PipeTypeCode | null): PipeTypeGuess | null {
  const guess = pipeTypeFromText(text);
  if (!guess?.pipeSubtype) return null;
  return main === null || guess.pipeType === main ? guess : null;
}

/** The type the leading letters of a CJJ 61 point number name (JS123 → JS; YS45 → PS/YS). */
export function pipeTypeFromPointNumber(pointNumber: string | null): PipeTypeGuess | null {
  const letters = /^([A-Za-z]{2,})/.exec(pointNumber?.trim() ?? '')?.[1];
  return letters ? (BY_CODE.get(letters.slice(0, 2).toUpperCase()) ?? null) : null;
}

/** The decoded feature code, or the reason it could not be decoded. */
export function readFeatureCode(text: string | null): DecodedFeatureCode | string | null {
  if (!text) return null;
  try {
    return decodeFeatureCode(text);
  } catch (error) {
    return (error as Error).message.replace(/^feature-code: /, '');
  }
}

/** The type a decoded feature code gives (digit 2, digits 3-4). */
export function pipeTypeFromFeatureCode(decoded: DecodedFeatureCode | null): PipeTypeGuess | null {
  if (!decoded?.pipeType) return null;
  return { pipeType: decoded.pipeType.code, pipeSubtype: decoded.subtype?.code ?? null };
}
