/**
 * A read of one entity set planned from its query options, before any SQL runs: `$filter` and
 * `$orderby` compiled over the set's field map, `$select` names and `$expand` navigations
 * checked against entity-sets.ts, level by level. So a bad option anywhere in a nested
 * `$expand` is a 400 and no query is sent.
 */
import { ENTITY_SET_TABLE, type EntitySetName, type Navigation } from './entity-sets.ts';
import { compileFilter, compileOrderBy, queryError, rawSql, SENSORTHINGS_FIELD_MAPS, type QueryOptions, type SqlFragment } from './query/index.ts';

/** One set's read: its options, compiled, and the plans of what it expands. */
export interface ReadPlan {
  set: EntitySetName;
  options: QueryOptions;
  /** The `$filter` condition over alias `e`. */
  filter?: SqlFragment;
  /** The list after ORDER BY: `$orderby` with the id tie-break, or the set's default order. */
  orderBy: SqlFragment;
  expand: ExpandPlan[];
}

/** One expanded navigation property: its name, how it relates to the parent, and its read. */
export interface ExpandPlan {
  name: string;
  navigation: Navigation;
  plan: ReadPlan;
}

/**
 * Plans a read of `set` with `options`; `path` is where it sits in `$expand`
 * (`Datastreams/Observations`), empty for the resource itself.
 */
export function planRead(set: EntitySetName, options: QueryOptions, path = ''): ReadPlan {
  const where = path ? ` in $expand=${path}` : '';
  const fields = SENSORTHINGS_FIELD_MAPS[set];
  const entitySet = ENTITY_SET_TABLE[set];
  if (options.select) checkSelect(set, options.select, `$select${where}`);
  return {
    set,
    options,
    filter: options.filter ? compileFilter(options.filter, fields, `$filter${where}`) : undefined,
    orderBy: options.orderBy.length > 0 ? compileOrderBy(options.orderBy, fields, 'e.id', `$orderby${where}`) : rawSql(entitySet.order),
    expand: options.expand.map((item) => {
      const navigation = entitySet.navigations[item.navigation];
      const itemPath = path ? `${path}/${item.navigation}` : item.navigation;
      if (!navigation) throw queryError(`$expand=${itemPath}: ${entitySet.entity} has no navigation property ${item.navigation}; expand ${Object.keys(entitySet.navigations).join(', ')}`);
      if (navigation.single) checkSingle(item.options, itemPath);
      return { name: item.navigation, navigation, plan: planRead(navigation.set, item.options, itemPath) };
    }),
  };
}

/** The names `$select` may give on a set: `id`, the properties, the navigation properties. */
function selectableNames(set: EntitySetName): string[] {
  const entitySet = ENTITY_SET_TABLE[set];
  return ['id', ...entitySet.properties, ...Object.keys(entitySet.navigations)];
}

function checkSelect(set: EntitySetName, names: string[], label: string): void {
  const known = selectableNames(set);
  const unknown = names.find((name) => !known.includes(name));
  if (unknown) throw queryError(`${label}: ${ENTITY_SET_TABLE[set].entity} has no property ${unknown}; select from ${known.join(', ')}`);
}

/** A single navigation (an Observation's Datastream) is one entity: collection options do not apply. */
function checkSingle(options: QueryOptions, path: string): void {
  const given = [options.filter && '$filter', options.orderBy.length > 0 && '$orderby', options.count && '$count', options.skip > 0 && '$skip'].filter(Boolean);
  if (given.length > 0) throw queryError(`$expand=${path}: ${given.join(', ')} ${given.length > 1 ? 'apply' : 'applies'} to collections, and ${path.split('/').pop()} is one entity; give only $select and $expand for it`);
}
