import { ENTITY_SET_TABLE, type EntitySetName } from './entity-sets.ts';

/**
 * Keeps what `$select` names of an entity, in place: the selected properties, the
 * `…@iot.navigationLink` of selected navigation properties, and always `@iot.id`,
 * `@iot.selfLink` and the navigations in `expanded` (with their `@iot.count` and
 * `@iot.nextLink`), since `$expand` asks for those itself.
 */
export function selectProperties(entity: Record<string, unknown>, set: EntitySetName, select: readonly string[], expanded: readonly string[]): void {
  const navigations = Object.keys(ENTITY_SET_TABLE[set].navigations);
  const keep = new Set(['@iot.id', '@iot.selfLink']);
  for (const name of select) keep.add(navigations.includes(name) ? `${name}@iot.navigationLink` : name);
  for (const name of expanded) for (const key of [name, `${name}@iot.count`, `${name}@iot.nextLink`]) keep.add(key);
  for (const key of Object.keys(entity)) if (!keep.has(key)) delete entity[key];
}
