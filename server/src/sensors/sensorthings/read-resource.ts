/**
 * GET of a SensorThings resource path with its query options: the collection page (with
 * `@iot.count` and `@iot.nextLink`), one entity, one of its properties or its `$value`. The
 * options are parsed and planned before any query, so every mistake in them is a 400 that
 * names the option.
 */
import type { Knex } from 'knex';
import { HttpError } from '../../api/problem.ts';
import { ENTITY_SET_TABLE } from './entity-sets.ts';
import { shapeEntities } from './expand-entities.ts';
import { parseQueryOptions, queryError } from './query/index.ts';
import { readEntities } from './read-entities.ts';
import { planRead } from './read-plan.ts';
import { resolveResourcePath } from './resolve-resource-path.ts';
import { SENSORTHINGS_PAGING } from './sensorthings-paging.ts';
import { nextPageLink } from './with-query.ts';

/** A JSON body, or the text of a `$value`. */
export type ResourceAnswer = { json: Record<string, unknown> } | { text: string };

/** Options of collections only; on one entity they are refused rather than ignored. */
const COLLECTION_OPTIONS = ['$filter', '$orderby', '$top', '$skip', '$count'];

/** Reads the resource at `resourcePath` (`/Things(1)/Datastreams`); `base` is the service root URL. */
export async function readResource(knex: Knex, resourcePath: string, query: Record<string, unknown>, base: string): Promise<ResourceAnswer> {
  const path = resolveResourcePath(resourcePath);
  const options = parseQueryOptions(query as Record<string, string>, SENSORTHINGS_PAGING);
  const entityName = ENTITY_SET_TABLE[path.set].entity;
  if (path.single) {
    const given = COLLECTION_OPTIONS.filter((name) => name in query);
    if (given.length > 0) throw queryError(`${given.join(', ')} ${given.length > 1 ? 'apply' : 'applies'} to collections, and ${resourcePath} is one ${entityName}; leave ${given.length > 1 ? 'them' : 'it'} out or ask for the collection`);
    if (path.property && (options.select || options.expand.length > 0)) throw queryError(`$select and $expand apply to entities, and ${resourcePath} is the property ${path.property}; ask for the ${entityName} instead`);
  }
  const plan = planRead(path.set, options);
  const where = [...path.where, ...(plan.filter ? [plan.filter] : [])];
  const page = path.single
    ? await readEntities(knex, path.set, { where, top: 1, skip: 0, count: false }, base)
    : await readEntities(knex, path.set, { where, orderBy: plan.orderBy, top: options.top, skip: options.skip, count: options.count }, base);
  if (path.single) {
    const entity = page.entities[0];
    if (!entity) throw new HttpError(404, `no ${entityName} at ${resourcePath}`);
    if (path.property === '$value') return { text: String(entity.result ?? '') };
    if (path.property) {
      if (!(path.property in entity)) throw new HttpError(404, `${entityName} has no property ${path.property}`);
      return { json: { [path.property]: entity[path.property] } };
    }
    await shapeEntities(knex, [entity], plan, base);
    return { json: entity };
  }
  await shapeEntities(knex, page.entities, plan, base);
  const body: Record<string, unknown> = {};
  if (page.count !== undefined) body['@iot.count'] = page.count;
  if (page.more) body['@iot.nextLink'] = nextPageLink(`${base}${resourcePath}`, query, options.top, options.skip);
  body.value = page.entities;
  return { json: body };
}
