import type { BimVisibilityFilter } from './bim-show-condition.ts';

/** The filter with a storey shown or hidden; either ends an isolation of a storey. */
export function withStoreyVisible(filter: BimVisibilityFilter, storey: string, visible: boolean): BimVisibilityFilter {
  const hiddenStoreys = filter.hiddenStoreys.filter((name) => name !== storey);
  if (!visible) hiddenStoreys.push(storey);
  return { ...filter, hiddenStoreys, isolatedStorey: null };
}

/** The filter with an IFC class shown or hidden. */
export function withClassVisible(filter: BimVisibilityFilter, ifcClass: string, visible: boolean): BimVisibilityFilter {
  const hiddenClasses = filter.hiddenClasses.filter((name) => name !== ifcClass);
  if (!visible) hiddenClasses.push(ifcClass);
  return { ...filter, hiddenClasses };
}

/** The filter showing only one storey, or ending the isolation with null. */
export function withIsolatedStorey(filter: BimVisibilityFilter, storey: string | null): BimVisibilityFilter {
  return { ...filter, isolatedStorey: storey, hiddenStoreys: storey === null ? filter.hiddenStoreys : [] };
}

/** Whether a storey is drawn under a filter. */
export function isStoreyShown(filter: BimVisibilityFilter, storey: string): boolean {
  if (filter.isolatedStorey !== null) return filter.isolatedStorey === storey;
  return !filter.hiddenStoreys.includes(storey);
}
