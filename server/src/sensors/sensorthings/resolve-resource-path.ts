import { DataError } from '@cimtwin/schemas';
import { ENTITY_SET_TABLE, isEntitySet, type EntitySetName } from './entity-sets.ts';

/** A resource path read: the set answered, and the condition that narrows it. */
export interface ResolvedPath {
  set: EntitySetName;
  /** One entity (`Things(1)`, `Datastreams(1)/Thing`) rather than a collection. */
  single: boolean;
  /** Conditions on alias `e`, with their bindings. */
  where: { sql: string; bindings: unknown[] }[];
  /** A trailing `/$value` or a property name (`Observations(1)/result`). */
  property?: string;
}

const SEGMENT = /^([A-Za-z]+)(?:\((\d+)\))?$/;

/**
 * Reads `/Things(1)/Datastreams`, `/Datastreams(3)/Observations`, `/Observations(7)/result`
 * (SensorThings 9.2). Each step goes through the navigation table of entity-sets.ts; an unknown
 * set or navigation is a DataError naming the ones there are.
 */
export function resolveResourcePath(path: string): ResolvedPath {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) throw new DataError('sensorthings: no entity set in the path');
  const first = SEGMENT.exec(segments[0]);
  if (!first || !isEntitySet(first[1])) throw new DataError(`sensorthings: unknown entity set "${segments[0]}"; the sets are ${Object.keys(ENTITY_SET_TABLE).join(', ')}`);
  let resolved: ResolvedPath = { set: first[1], single: first[2] !== undefined, where: first[2] !== undefined ? [{ sql: 'e.id = ?', bindings: [Number(first[2])] }] : [] };
  for (const segment of segments.slice(1)) {
    if (resolved.property) throw new DataError(`sensorthings: nothing follows the property ${resolved.property}`);
    const match = SEGMENT.exec(segment);
    const set = ENTITY_SET_TABLE[resolved.set];
    const navigation = match ? set.navigations[match[1]] : undefined;
    if (!navigation) {
      if (resolved.single && /^(\$value|[a-zA-Z]+)$/.test(segment)) {
        resolved = { ...resolved, property: segment };
        continue;
      }
      throw new DataError(`sensorthings: ${set.entity} has no "${segment}"; navigate to ${Object.keys(set.navigations).join(', ')}`);
    }
    if (!resolved.single) throw new DataError(`sensorthings: ${segment} follows a collection; name one ${set.entity} first, e.g. ${resolved.set}(1)/${segment}`);
    // The parent's id as a subquery over the conditions so far: navigations chain to any depth.
    const parent = resolved.where.map((w) => w.sql.replace(/\be\./g, 'p.')).join(' AND ');
    const parentSql = `(SELECT p.id FROM ${set.from.replace(/ e$/, ' p')} WHERE ${parent} LIMIT 1)`;
    const where = [{ sql: navigation.where.replace('?', parentSql), bindings: resolved.where.flatMap((w) => w.bindings) }];
    const id = match![2] !== undefined ? Number(match![2]) : undefined;
    if (id !== undefined) where.push({ sql: 'e.id = ?', bindings: [id] });
    resolved = { set: navigation.set, single: navigation.single || id !== undefined, where };
  }
  return resolved;
}
