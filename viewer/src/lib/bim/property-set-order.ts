/** A property or quantity set as the attribute panel lists it. */
export interface OrderedPropertySet {
  name: string;
  properties: [string, unknown][];
}

/** Whether a set name belongs to the IFC standard (`Pset_`, `Qto_`, `BaseQuantities`). */
export function isStandardSet(name: string): boolean {
  return /^(Pset_|Qto_)/.test(name) || name === 'BaseQuantities';
}

/**
 * The sets in reading order: the IFC standard sets first, then the authoring tool's own sets,
 * each group and the properties of each set by name, so the same element always reads alike.
 */
export function orderPropertySets(sets: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined): OrderedPropertySet[] {
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return Object.entries(sets ?? {})
    .sort(([a], [b]) => Number(isStandardSet(b)) - Number(isStandardSet(a)) || byName(a, b))
    .map(([name, properties]) => ({
      name,
      properties: Object.entries(properties ?? {}).sort(([a], [b]) => byName(a, b)),
    }));
}
