import type { ElementRow } from './review-model.ts';

// Reading values off element rows: attributes first (the element's own IFC attributes), then
// property sets, then quantity sets. Exporters put the same fact in many places (ArchiCAD
// writes a space name into three sets), so lookups take a list of names and say where the
// value came from, which the findings repeat so a modeller can find it.

/** A value and where it was found, e.g. `attributes.OverallWidth` or `Pset_RailingCommon.Height`. */
export interface SourcedValue<T> {
  value: T;
  source: string;
}

/** A finite number from a number or a numeric string, else null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** True/false from a boolean or an IFC logical/boolean text, else null. */
export function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toUpperCase();
    if (['TRUE', '.T.', 'T', 'YES', '1'].includes(v)) return true;
    if (['FALSE', '.F.', 'F', 'NO', '0'].includes(v)) return false;
  }
  return null;
}

/** Where to look for a property: which sets (all when absent) and which parts of the row. */
export interface LookupOptions {
  /** Property set / quantity set names to search, matched case-insensitively. */
  sets?: RegExp;
  from?: Array<'attributes' | 'properties' | 'quantities'>;
}

/** The first positive number whose property name matches `names`. */
export function findNumber(element: ElementRow, names: RegExp, options: LookupOptions = {}): SourcedValue<number> | null {
  for (const { key, value, source } of entries(element, options)) {
    if (!names.test(key)) continue;
    const n = toNumber(value);
    if (n !== null && n > 0) return { value: n, source };
  }
  return null;
}

/** The first boolean whose property name matches `names`. */
export function findBoolean(element: ElementRow, names: RegExp, options: LookupOptions = {}): SourcedValue<boolean> | null {
  for (const { key, value, source } of entries(element, options)) {
    if (!names.test(key)) continue;
    const b = toBoolean(value);
    if (b !== null) return { value: b, source };
  }
  return null;
}

function* entries(element: ElementRow, options: LookupOptions): Generator<{ key: string; value: unknown; source: string }> {
  const from = options.from ?? ['attributes', 'properties', 'quantities'];
  for (const part of from) {
    if (part === 'attributes') {
      for (const [key, value] of Object.entries(element.attributes)) yield { key, value, source: `attributes.${key}` };
      continue;
    }
    const sets = part === 'properties' ? element.propertySets : element.quantitySets;
    for (const [setName, set] of Object.entries(sets)) {
      if (options.sets && !options.sets.test(setName)) continue;
      if (!set || typeof set !== 'object') continue;
      for (const [key, value] of Object.entries(set)) yield { key, value, source: `${setName}.${key}` };
    }
  }
}

/** Net and gross floor area of a space (m²), from the import's `cimtwin_space` set or any quantity set. */
export function spaceAreas(space: ElementRow): { net: SourcedValue<number> | null; gross: SourcedValue<number> | null } {
  const own = space.quantitySets.cimtwin_space as Record<string, unknown> | undefined;
  const pick = (key: string, pattern: RegExp): SourcedValue<number> | null => {
    const n = toNumber(own?.[key]);
    if (n !== null && n > 0) return { value: n, source: `cimtwin_space.${key}` };
    return findNumber(space, pattern, { from: ['quantities'] });
  };
  return { net: pick('netFloorArea', /^NetFloorArea$/i), gross: pick('grossFloorArea', /^GrossFloorArea$/i) };
}

/** Net perimeter of a space (m), when a quantity set carries it. */
export function spacePerimeter(space: ElementRow): SourcedValue<number> | null {
  return findNumber(space, /^(NetPerimeter|GrossPerimeter)$/i, { from: ['quantities'] });
}

/** Texts that name what an element is: name, long name, object type, type name, description, name-like properties. */
export function elementNames(element: ElementRow): string[] {
  const texts = [element.attributes.LongName, element.name, element.objectType, element.typeName, element.description];
  for (const set of Object.values(element.propertySets)) {
    if (!set || typeof set !== 'object') continue;
    for (const [key, value] of Object.entries(set)) {
      if (/^(LongName|Raumname|RoomName|Room Name|SpaceName|房间名称|空间名称|名称|Category|OccupancyType)$/i.test(key)) texts.push(value);
    }
  }
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()))];
}

/** The name a finding shows: the long name when the name is only a number (`4 Schlafzimmer`). */
export function displayName(element: ElementRow): string | null {
  const longName = typeof element.attributes.LongName === 'string' ? element.attributes.LongName : null;
  if (element.name && longName && element.name !== longName) return `${element.name} ${longName}`;
  return element.name ?? longName;
}

/** Rounds for messages and measured values: millimetres for lengths, 0.01 m² for areas. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
