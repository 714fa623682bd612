/**
 * `$expand` and `$select` on a page of entities. Each expanded navigation is one query for all
 * parents of its level, whatever their number: the parent ids go in as one array, and the
 * navigation's condition (entity-sets.ts) runs once per id in a LATERAL subquery, so `$filter`,
 * `$orderby`, `$top` and `$skip` apply per parent, as `Datastreams($top=1)` (the first
 * Datastream of each Thing) asks. Rejected: `= ANY(ids)` with one LIMIT, which pages over all
 * parents together, and row_number() OVER (PARTITION BY parent), which reads every related row
 * before it cuts each list.
 */
import type { Knex } from 'knex';
import { ENTITY_SET_TABLE } from './entity-sets.ts';
import { bound, formatQueryOptions, rawSql, sql } from './query/index.ts';
import type { ExpandPlan, ReadPlan } from './read-plan.ts';
import { whereAll, withLinks } from './read-entities.ts';
import { selectProperties } from './select-properties.ts';
import { SENSORTHINGS_PAGING } from './sensorthings-paging.ts';
import { nextPageLink } from './with-query.ts';

type Entity = Record<string, unknown>;

/** What one parent gets of a navigation: its page of related entities, their total, whether more follow. */
interface RelatedPage {
  entities: Entity[];
  count?: number;
  more: boolean;
}

/** Expands entities of `plan.set` (with their `@iot.id` and `@iot.selfLink`) and applies `$select`, in place, at every level. */
export async function shapeEntities(knex: Knex, entities: Entity[], plan: ReadPlan, base: string): Promise<void> {
  for (const item of plan.expand) {
    const parents = groupById(entities);
    const related = await readRelated(knex, item, [...parents.keys()], base);
    await shapeEntities(knex, [...related.values()].flatMap((page) => page.entities), item.plan, base);
    for (const [id, group] of parents) for (const entity of group) attach(entity, item, related.get(id)!);
  }
  const expanded = plan.expand.map((item) => item.name);
  if (plan.options.select) for (const entity of entities) selectProperties(entity, plan.set, plan.options.select, expanded);
}

/** The related entities of each parent id, in one query. */
async function readRelated(knex: Knex, item: ExpandPlan, parentIds: number[], base: string): Promise<Map<number, RelatedPage>> {
  const pages = new Map<number, RelatedPage>();
  if (parentIds.length === 0) return pages;
  const { navigation, plan } = item;
  const set = ENTITY_SET_TABLE[navigation.set];
  const where = whereAll([rawSql(navigation.where.replace('?', 'parent.id')), ...(plan.filter ? [plan.filter] : [])]);
  const top = navigation.single ? 1 : plan.options.top;
  const counted = !navigation.single && plan.options.count;
  const total = counted ? sql`CROSS JOIN LATERAL (SELECT count(*) AS n FROM ${rawSql(set.from)} WHERE ${where}) total` : rawSql('');
  const query = sql`SELECT parent.id AS "@parent", ${rawSql(counted ? 'total.n' : 'NULL')} AS "@count", related.*
    FROM unnest(${bound(parentIds)}::bigint[]) AS parent(id) ${total}
    LEFT JOIN LATERAL (
      SELECT ${rawSql(set.columns)}, row_number() OVER (ORDER BY ${plan.orderBy}) AS "@rank" FROM ${rawSql(set.from)}
      WHERE ${where} ORDER BY ${plan.orderBy} LIMIT ${bound(top + 1)} OFFSET ${bound(navigation.single ? 0 : plan.options.skip)}
    ) related ON true
    ORDER BY parent.id, related."@rank"`;
  const rows = (await knex.raw(query.sql, query.bindings as Knex.RawBinding[])).rows as Record<string, unknown>[];
  for (const row of rows) {
    const parentId = Number(row['@parent']);
    let page = pages.get(parentId);
    if (!page) pages.set(parentId, (page = { entities: [], more: false, count: counted ? Number(row['@count']) : undefined }));
    if (row.id === null || row.id === undefined) continue;
    if (page.entities.length < top) page.entities.push(withLinks(navigation.set, row, base));
    else page.more = true;
  }
  return pages;
}

/** Puts a navigation's entities on the parent: one object, or an array with its count and nextLink. */
function attach(entity: Entity, item: ExpandPlan, page: RelatedPage): void {
  const { options } = item.plan;
  if (item.navigation.single) {
    if (page.entities[0]) entity[item.name] = page.entities[0];
    return;
  }
  if (page.count !== undefined) entity[`${item.name}@iot.count`] = page.count;
  if (page.more) {
    const link = `${entity['@iot.selfLink']}/${item.name}`;
    entity[`${item.name}@iot.nextLink`] = nextPageLink(link, formatQueryOptions(options, SENSORTHINGS_PAGING.top), options.top, options.skip);
  }
  entity[item.name] = page.entities;
}

function groupById(entities: Entity[]): Map<number, Entity[]> {
  const groups = new Map<number, Entity[]>();
  for (const entity of entities) {
    const id = entity['@iot.id'] as number;
    groups.set(id, [...(groups.get(id) ?? []), entity]);
  }
  return groups;
}
