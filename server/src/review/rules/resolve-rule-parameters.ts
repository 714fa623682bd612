import { DataError } from '@cimtwin/schemas';
import { GeometrySource, RedLines, type RulePack, type RuleParameter } from '@cimtwin/schemas';

/** Parameter values of a pack run: the pack's shared ones and each rule's own, defaults filled in. */
export interface ResolvedParameters {
  pack: Record<string, unknown>;
  rules: Record<string, Record<string, unknown>>;
}

/**
 * Checks caller parameters against a pack and fills in the defaults. Keys are pack parameter
 * names (`parcel`) or `ruleId.name` for a rule's own (`planning-building-height.maxHeight`).
 * Numbers and booleans may come as strings (CLI, query strings), geometry as JSON text.
 * Unknown keys, wrong values and missing required values are a DataError listing the options.
 */
export function resolveRuleParameters(pack: RulePack, given: Record<string, unknown> = {}): ResolvedParameters {
  const valid = [
    ...Object.keys(pack.parameters),
    ...pack.rules.flatMap((rule) => Object.keys(rule.parameters).map((name) => `${rule.id}.${name}`)),
  ];
  for (const key of Object.keys(given)) {
    if (!valid.includes(key)) {
      throw new DataError(`review: rule pack ${pack.id} has no parameter "${key}"; valid parameters: ${valid.join(', ')}`, { details: { valid } });
    }
  }
  const packValues: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(pack.parameters)) packValues[name] = resolveOne(name, definition, given[name]);
  const rules: Record<string, Record<string, unknown>> = {};
  for (const rule of pack.rules) {
    rules[rule.id] = {};
    for (const [name, definition] of Object.entries(rule.parameters)) rules[rule.id][name] = resolveOne(`${rule.id}.${name}`, definition, given[`${rule.id}.${name}`]);
  }
  return { pack: packValues, rules };
}

function resolveOne(key: string, definition: RuleParameter, value: unknown): unknown {
  if (value === undefined) {
    if (definition.default === undefined) throw new DataError(`review: parameter "${key}" is required (${definition.title}: ${definition.description})`);
    return definition.default;
  }
  if (value === null || value === '') {
    if (definition.nullable) return null;
    throw new DataError(`review: parameter "${key}" cannot be null; ${describeExpected(definition)}`);
  }
  return parseValue(key, definition, value);
}

function parseValue(key: string, definition: RuleParameter, value: unknown): unknown {
  const bad = (detail?: string): never => {
    throw new DataError(`review: parameter "${key}" ${detail ?? `is ${JSON.stringify(value)}`}; ${describeExpected(definition)}`);
  };
  switch (definition.type) {
    case 'number':
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad();
      if (definition.type === 'integer' && !Number.isInteger(n)) return bad();
      if (definition.minimum !== undefined && n < definition.minimum) return bad(`is ${n}, below ${definition.minimum}`);
      if (definition.maximum !== undefined && n > definition.maximum) return bad(`is ${n}, above ${definition.maximum}`);
      return n;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return bad();
    case 'enum':
      if (typeof value === 'string' && definition.options?.includes(value)) return value;
      return bad();
    case 'string':
      if (typeof value !== 'string') return bad();
      return value;
    case 'geometry': {
      const parsed = GeometrySource.safeParse(fromJsonText(value));
      if (!parsed.success) return bad(`is not GeoJSON or a feature reference (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    }
    case 'red-lines': {
      const parsed = RedLines.safeParse(fromJsonText(value));
      if (!parsed.success) return bad(`is not a list of red lines (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    }
    case 'table':
      return mergeTable(definition, fromJsonText(value), bad);
  }
}

/** A caller table overrides the default row by row and column by column. */
function mergeTable(definition: RuleParameter, value: unknown, bad: (detail?: string) => never): Record<string, Record<string, number>> {
  const base = structuredClone((definition.default ?? {}) as Record<string, Record<string, number>>);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad('is not a table { row: { column: number } }');
  for (const [row, columns] of Object.entries(value as Record<string, unknown>)) {
    if (!(row in base)) return bad(`has an unknown row "${row}" (rows: ${Object.keys(base).join(', ')})`);
    if (!columns || typeof columns !== 'object') return bad(`row "${row}" is not { column: number }`);
    for (const [column, n] of Object.entries(columns as Record<string, unknown>)) {
      if (!(column in base[row])) return bad(`row "${row}" has an unknown column "${column}" (columns: ${Object.keys(base[row]).join(', ')})`);
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return bad(`${row}.${column} is not a number ≥ 0`);
      base[row][column] = n;
    }
  }
  return base;
}

function fromJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function describeExpected(definition: RuleParameter): string {
  const unit = definition.unit ? ` in ${definition.unit}` : '';
  switch (definition.type) {
    case 'number':
    case 'integer': {
      const range = [definition.minimum !== undefined ? `≥ ${definition.minimum}` : '', definition.maximum !== undefined ? `≤ ${definition.maximum}` : ''].filter(Boolean).join(' and ');
      return `expected ${definition.type === 'integer' ? 'an integer' : 'a number'}${unit}${range ? ` ${range}` : ''}${definition.nullable ? ' or null' : ''}`;
    }
    case 'boolean':
      return 'expected true or false';
    case 'enum':
      return `expected one of: ${definition.options?.join(', ')}`;
    case 'string':
      return 'expected a text';
    case 'geometry':
      return 'expected a GeoJSON Polygon, MultiPolygon, LineString or MultiLineString in WGS 84 lon/lat, or {layerId, featureId|sourceId|featureName}';
    case 'red-lines':
      return 'expected [{name?, minSetback?, source: GeoJSON geometry or {layerId, featureId|sourceId|featureName}}]';
    case 'table':
      return 'expected a table { row: { column: number } }';
  }
}
