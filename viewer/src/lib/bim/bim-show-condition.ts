/** Which parts of a BIM model are shown: hidden storeys and classes, or one storey alone. */
export interface BimVisibilityFilter {
  hiddenStoreys: readonly string[];
  hiddenClasses: readonly string[];
  /** When set, only elements of this storey are shown. */
  isolatedStorey: string | null;
}

/** The filter that shows everything. */
export const SHOW_ALL_FILTER: Readonly<BimVisibilityFilter> = Object.freeze({
  hiddenStoreys: [],
  hiddenClasses: [],
  isolatedStorey: null,
});

/** A 3D Tiles style string literal, quoted and escaped. */
export function styleString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The 3D Tiles style `show` expression of a filter, on the tile features' `storey` and
 * `ifcClass` metadata; `'true'` when nothing is hidden.
 */
export function bimShowCondition(filter: BimVisibilityFilter): string {
  const terms: string[] = [];
  if (filter.isolatedStorey !== null) terms.push(`\${storey} === ${styleString(filter.isolatedStorey)}`);
  else filter.hiddenStoreys.forEach((storey) => terms.push(`\${storey} !== ${styleString(storey)}`));
  filter.hiddenClasses.forEach((ifcClass) => terms.push(`\${ifcClass} !== ${styleString(ifcClass)}`));
  if (terms.length === 0) return 'true';
  return terms.map((term) => `(${term})`).join(' && ');
}

/** A style condition that holds for the element with this GlobalId. */
export function globalIdEquals(globalId: string): string {
  return `\${globalId} === ${styleString(globalId)}`;
}
