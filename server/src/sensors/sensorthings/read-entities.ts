import type { Knex } from 'knex';
import { ENTITY_SET_TABLE, type EntitySetName } from './entity-sets.ts';
import { bound, joinSql, rawSql, sql, type SqlFragment } from './query/index.ts';

/** Conditions, order and paging of one read. */
export interface EntityQuery {
  /** Conditions on alias `e`, all of which hold. */
  where: SqlFragment[];
  /** The list after ORDER BY; the set's default order when left out. */
  orderBy?: SqlFragment;
  top: number;
  skip: number;
  count: boolean;
}

/** A page of entities: the rows as entities with their links, and the total when asked. */
export interface EntityPage {
  entities: Record<string, unknown>[];
  count?: number;
  more: boolean;
}

/** Reads entities of a set; `base` is the service root URL for the links. */
export async function readEntities(knex: Knex, setName: EntitySetName, query: EntityQuery, base: string): Promise<EntityPage> {
  const set = ENTITY_SET_TABLE[setName];
  const where = query.where.length > 0 ? sql`WHERE ${whereAll(query.where)}` : rawSql('');
  const orderBy = query.orderBy ?? rawSql(set.order);
  const select = sql`SELECT ${rawSql(set.columns)} FROM ${rawSql(set.from)} ${where} ORDER BY ${orderBy} LIMIT ${bound(query.top + 1)} OFFSET ${bound(query.skip)}`;
  const rows = await knex.raw(select.sql, select.bindings as Knex.RawBinding[]);
  const more = rows.rows.length > query.top;
  const entities = (rows.rows as Record<string, unknown>[]).slice(0, query.top).map((row) => withLinks(setName, row, base));
  let count: number | undefined;
  if (query.count) count = Number((await knex.raw(`SELECT count(*)::bigint AS n FROM ${set.from} ${where.sql}`, where.bindings as Knex.RawBinding[])).rows[0].n);
  return { entities, count, more };
}

/** Conditions joined by AND, each in parentheses. */
export function whereAll(conditions: SqlFragment[]): SqlFragment {
  return joinSql(conditions.map((condition) => sql`(${condition})`), ' AND ');
}

/** An entity with `@iot.id`, `@iot.selfLink` and a `…@iot.navigationLink` per navigation property. */
export function withLinks(setName: EntitySetName, row: Record<string, any>, base: string): Record<string, unknown> {
  const set = ENTITY_SET_TABLE[setName];
  const self = `${base}/${setName}(${row.id})`;
  const entity: Record<string, unknown> = { '@iot.id': Number(row.id), '@iot.selfLink': self, ...set.toEntity(row) };
  for (const name of Object.keys(set.navigations)) entity[`${name}@iot.navigationLink`] = `${self}/${name}`;
  return entity;
}
