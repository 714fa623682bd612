/**
 * BCF GUIDs: lowercase UUIDs (the 3.0 `Guid` pattern allows only `[a-f0-9]`). Stable ones are a
 * SHA-256 of the key parts shaped as a version-4 UUID (version and variant bits set), so a
 * re-export of the same review gives the same topic folders; random ones come from randomUUID.
 */
import { createHash, randomUUID } from 'node:crypto';

const BCF_GUID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;

/** A v4-shaped UUID derived from the key parts; the same parts always give the same UUID. */
export function uuidFromKey(parts: ReadonlyArray<string | null>): string {
  const bytes = createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random v4 UUID in lowercase. */
export function randomGuid(): string {
  return randomUUID().toLowerCase();
}

/** True for a GUID as BCF 3.0 writes it. */
export function isBcfGuid(text: string): boolean {
  return BCF_GUID.test(text);
}
