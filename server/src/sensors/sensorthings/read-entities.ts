import type { Knex } from 'knex';
import { ENTITY_SET_TABLE, type EntitySetName } from './entity-sets.ts';

/** Conditions and paging of one read. */
export interface EntityQuery {
  where: { sql: string; bindings: unknown[] }[];
  orderBy?: string;
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
  const where = query.where.length > 0 ? `WHERE ${query.where.map((w) => `(${w.sql})`).join(' AND ')}` : '';
  const bindings = query.where.flatMap((w) => w.bindings) as Knex.RawBinding[];
  const rows = await knex.raw(`SELECT ${set.columns} FROM ${set.from} ${where} ORDER BY ${query.orderBy ?? set.order} LIMIT ? OFFSET ?`, [...bindings, query.top + 1, query.skip]);
  const more = rows.rows.length > query.top;
  const entities = (rows.rows as Record<string, unknown>[]).slice(0, query.top).map((row) => withLinks(setName, row, base));
  let count: number | undefined;
  if (query.count) count = Number((await knex.raw(`SELECT count(*)::bigint AS n FROM ${set.from} ${where}`, bindings)).rows[0].n);
  return { entities, count, more };
}

/** An entity with `@iot.id`, `@iot.selfLink` and a `…@iot.navigationLink` per navigation property. */
export function withLinks(setName: EntitySetName, row: Record<string, any>, base: string): Record<string, unknown> {
  const set = ENTITY_SET_TABLE[setName];
  const self = `${base}/${setName}(${row.id})`;
  const entity: Record<string, unknown> = { '@iot.id': Number(row.id), '@iot.selfLink': self, ...set.toEntity(row) };
  for (const name of Object.keys(set.navigations)) entity[`${name}@iot.navigationLink`] = `${self}/${name}`;
  return entity;
}
