import type { AttributeInfo } from '@cimtwin/schemas';

/** The attribute schema of a layer: each property key with its JSON type and how often it is set. */
export function inferAttributes(rows: Iterable<Record<string, unknown>>): Record<string, AttributeInfo> {
  const out: Record<string, AttributeInfo> = {};
  for (const properties of rows) {
    for (const [key, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      const type = jsonType(value);
      const seen = out[key];
      if (!seen) out[key] = { type, count: 1 };
      else {
        seen.count++;
        if (seen.type !== type) seen.type = seen.type === 'integer' && type === 'number' ? 'number' : seen.type === 'number' && type === 'integer' ? 'number' : 'mixed';
      }
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function jsonType(value: unknown): AttributeInfo['type'] {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  return 'object';
}
