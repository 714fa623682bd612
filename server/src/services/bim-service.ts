import type { Knex } from 'knex';

/** A stored BIM model as the API lists it. */
export interface BimModelRecord {
  id: string;
  name: string;
  fileName: string;
  schema: string;
  elementCount: number;
  georeference: Record<string, unknown>;
  summary: Record<string, unknown>;
  bbox: [number, number, number, number] | null;
  createdAt: string;
}

/** One node of a model's spatial structure. */
export interface SpatialNode {
  globalId: string;
  name: string | null;
  ifcClass: string;
  /** Elements directly contained, by IFC class. */
  classes: Record<string, number>;
  children: SpatialNode[];
}

const MODEL_COLUMNS = ['id', 'name', 'file_name', 'ifc_schema', 'element_count', 'georeference', 'summary', 'created_at'];

function toModel(row: Record<string, any>): BimModelRecord {
  return {
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    schema: row.ifc_schema,
    elementCount: row.element_count,
    georeference: row.georeference,
    summary: row.summary,
    bbox: row.x0 === null || row.x0 === undefined ? null : [row.x0, row.y0, row.x1, row.y1],
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function modelQuery(knex: Knex): Knex.QueryBuilder {
  return knex('bim_models').select(
    ...MODEL_COLUMNS,
    knex.raw('ST_XMin(footprint) AS x0, ST_YMin(footprint) AS y0, ST_XMax(footprint) AS x1, ST_YMax(footprint) AS y1'),
  );
}

/** Every model, newest first. */
export async function listBimModels(knex: Knex): Promise<BimModelRecord[]> {
  return (await modelQuery(knex).orderBy('created_at', 'desc')).map(toModel);
}

/** One model, or undefined. */
export async function getBimModel(knex: Knex, id: string): Promise<BimModelRecord | undefined> {
  const row = await modelQuery(knex).where({ id }).first();
  return row ? toModel(row) : undefined;
}

/**
 * The spatial structure (project, site, building, storeys, spaces) with the classes of the
 * elements each node contains, rebuilt from the elements' spatial paths.
 */
export async function spatialTree(knex: Knex, modelId: string): Promise<SpatialNode[]> {
  const rows = await knex('bim_elements').where({ model_id: modelId }).select('global_id', 'name', 'ifc_class', 'spatial_path');
  const nodes = new Map<string, SpatialNode>();
  const roots: SpatialNode[] = [];
  const nodeOf = (ref: { globalId: string; name: string | null; ifcClass: string }, parent: SpatialNode | undefined): SpatialNode => {
    let node = nodes.get(ref.globalId);
    if (!node) {
      node = { globalId: ref.globalId, name: ref.name, ifcClass: ref.ifcClass, classes: {}, children: [] };
      nodes.set(ref.globalId, node);
      (parent ? parent.children : roots).push(node);
    }
    return node;
  };
  for (const row of rows) {
    let parent: SpatialNode | undefined;
    for (const ref of row.spatial_path as Array<{ globalId: string; name: string | null; ifcClass: string }>) parent = nodeOf(ref, parent);
    if (!parent) continue;
    if (/^Ifc(Project|Site|Building|BuildingStorey|Space|Facility|Bridge|Road|Railway|FacilityPart)$/.test(row.ifc_class) && !nodes.has(row.global_id)) {
      nodeOf({ globalId: row.global_id, name: row.name, ifcClass: row.ifc_class }, parent);
    } else if (!nodes.has(row.global_id)) {
      parent.classes[row.ifc_class] = (parent.classes[row.ifc_class] ?? 0) + 1;
    }
  }
  return roots;
}

/** Filters of a model's element list. */
export interface ElementQuery {
  ifcClass?: string;
  /** Storey name or GlobalId. */
  storey?: string;
  /** Part of the name, case-insensitive. */
  q?: string;
  limit: number;
  offset: number;
}

const ELEMENT_SUMMARY_COLUMNS = ['id', 'global_id', 'ifc_class', 'predefined_type', 'name', 'storey_name', 'storey_global_id', 'materials'];

/** A page of a model's elements with the number matched. */
export async function queryElements(knex: Knex, modelId: string, query: ElementQuery): Promise<{ elements: Record<string, unknown>[]; numberMatched: number }> {
  const filter = (builder: Knex.QueryBuilder): Knex.QueryBuilder => {
    builder.where({ model_id: modelId });
    if (query.ifcClass) builder.whereRaw('lower(ifc_class) = lower(?)', [query.ifcClass]);
    if (query.storey) builder.where((b) => b.where('storey_name', query.storey!).orWhere('storey_global_id', query.storey!));
    if (query.q) builder.whereRaw("name ILIKE '%' || ? || '%'", [query.q.replace(/[\\%_]/g, (c) => `\\${c}`)]);
    return builder;
  };
  const [count, rows] = await Promise.all([
    filter(knex('bim_elements').count<{ n: string | number }[]>({ n: '*' })),
    filter(knex('bim_elements').select(ELEMENT_SUMMARY_COLUMNS)).orderBy('id').limit(query.limit).offset(query.offset),
  ]);
  return {
    numberMatched: Number(count[0].n),
    elements: rows.map((r: Record<string, any>) => ({
      id: Number(r.id),
      globalId: r.global_id,
      ifcClass: r.ifc_class,
      predefinedType: r.predefined_type,
      name: r.name,
      storey: r.storey_name,
      storeyGlobalId: r.storey_global_id,
      materials: r.materials,
    })),
  };
}

/** Row id and bounding box of each of a model's elements with one of `globalIds`, by GlobalId. */
export async function findModelElements(knex: Knex, modelId: string, globalIds: Iterable<string | null>): Promise<Map<string, { id: number; bbox: number[] | null }>> {
  const wanted = [...new Set([...globalIds].filter((g): g is string => !!g))];
  const found = new Map<string, { id: number; bbox: number[] | null }>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const rows = await knex('bim_elements').where({ model_id: modelId }).whereIn('global_id', wanted.slice(i, i + 1000)).select('id', 'global_id', 'bbox');
    for (const row of rows) found.set(row.global_id, { id: Number(row.id), bbox: (row.bbox as number[] | null)?.map(Number) ?? null });
  }
  return found;
}

/** Everything stored of the elements with a GlobalId (one per model that holds it). */
export async function getElementsByGlobalId(knex: Knex, globalId: string, modelId?: string): Promise<Record<string, unknown>[]> {
  const builder = knex('bim_elements as e')
    .join('bim_models as m', 'm.id', 'e.model_id')
    .select('e.*', 'm.name as model_name', knex.raw('ST_AsGeoJSON(e.footprint, 8) AS footprint_json'))
    .where('e.global_id', globalId)
    .orderBy('m.created_at', 'desc');
  if (modelId) builder.where('e.model_id', modelId);
  const rows = await builder;
  return rows.map((r: Record<string, any>) => ({
    id: Number(r.id),
    globalId: r.global_id,
    model: { id: r.model_id, name: r.model_name },
    expressId: r.express_id,
    ifcClass: r.ifc_class,
    predefinedType: r.predefined_type,
    name: r.name,
    description: r.description,
    objectType: r.object_type,
    attributes: r.attributes ?? {},
    typeObject: r.type_object,
    storey: r.storey_global_id ? { globalId: r.storey_global_id, name: r.storey_name } : null,
    spatialPath: r.spatial_path,
    propertySets: r.property_sets,
    quantitySets: r.quantity_sets,
    materials: r.materials,
    classifications: r.classifications,
    zoneSpaces: r.members ?? undefined,
    bbox: r.bbox,
    heights: { bottom: r.min_height, top: r.max_height },
    footprint: r.footprint_json ? JSON.parse(r.footprint_json) : null,
  }));
}
