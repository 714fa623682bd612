/**
 * Reads the system query options of a request (`req.query`, already URL-decoded) into
 * {@link QueryOptions}: syntax and limits only, so a bad `$filter` is a 400 before any SQL.
 * Parameters without `$` belong to the application and are left alone.
 */
import { parseExpand } from './parse-expand.ts';
import { parseFilter } from './parse-filter.ts';
import { parseOrderBy } from './parse-order-by.ts';
import { queryError } from './query-error.ts';
import { QUERY_OPTIONS_DEFAULTS, type QueryOptions, type QueryOptionsSettings, SUPPORTED_QUERY_OPTIONS } from './query-options.ts';

/** Known OData and SensorThings options this server does not implement, refused by name. */
const UNSUPPORTED: Record<string, string> = {
  $resultFormat: 'the dataArray result format is not supported for reads',
  $format: 'responses are JSON',
  $search: 'free-text search is not supported; use $filter with substringof',
  $apply: 'aggregation is not supported',
  $compute: 'computed properties are not supported',
  $levels: 'give the nesting of $expand explicitly',
  $skiptoken: 'page with $skip or @iot.nextLink',
};

/** Parses query options; `settings` sets the default and largest `$top`. */
export function parseQueryOptions(raw: Record<string, string>, settings: Partial<QueryOptionsSettings> = {}): QueryOptions {
  const limits = { ...QUERY_OPTIONS_DEFAULTS, ...settings };
  if (!(Number.isInteger(limits.top) && Number.isInteger(limits.maxTop) && limits.top >= 0 && limits.top <= limits.maxTop)) {
    throw new Error(`parseQueryOptions: top ${limits.top} must be a whole number from 0 to maxTop ${limits.maxTop}`);
  }
  return readOptions(raw, limits, '');
}

function readOptions(raw: Record<string, string>, limits: QueryOptionsSettings, within: string): QueryOptions {
  const where = (name: string, value?: string) => `${name}${value === undefined ? '' : `=${value}`}${within ? ` in ${within}` : ''}`;
  const options: QueryOptions = { orderBy: [], top: limits.top, skip: 0, count: false, expand: [] };
  for (const [name, value] of Object.entries(raw)) {
    if (!name.startsWith('$')) continue;
    if (typeof value !== 'string') throw queryError(`${where(name)} is given more than once; give it once`);
    checkName(name, where(name));
    switch (name) {
      case '$filter':
        options.filter = parseFilter(value, where(name));
        break;
      case '$orderby':
        options.orderBy = parseOrderBy(value, where(name));
        break;
      case '$top':
        options.top = wholeNumber(value, where(name, value), limits.maxTop);
        break;
      case '$skip':
        options.skip = wholeNumber(value, where(name, value), Number.MAX_SAFE_INTEGER);
        break;
      case '$count':
        if (value !== 'true' && value !== 'false') throw queryError(`${where(name, value)}: give true or false`);
        options.count = value === 'true';
        break;
      case '$select':
        options.select = parseSelect(value, where(name, value));
        break;
      case '$expand':
        options.expand = parseExpand(value, (nested, path) => readOptions(nested, limits, path), within.replace(/^\$expand=/, ''));
        break;
    }
  }
  return options;
}

function checkName(name: string, label: string): void {
  if ((SUPPORTED_QUERY_OPTIONS as readonly string[]).includes(name)) return;
  const spelled = SUPPORTED_QUERY_OPTIONS.find((option) => option.toLowerCase() === name.toLowerCase());
  if (spelled) throw queryError(`${label} is not an option; write ${spelled} (option names are case-sensitive)`);
  const reason = UNSUPPORTED[name];
  throw queryError(`${label} is not supported${reason ? ` (${reason})` : ''}; the options are ${SUPPORTED_QUERY_OPTIONS.join(', ')}`);
}

function wholeNumber(value: string, label: string, max: number): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(number)) throw queryError(`${label}: give a whole number of 0 or more`);
  if (number > max) throw queryError(`${label} is more than ${max}; give at most ${max} and page with $skip or @iot.nextLink`);
  return number;
}

/** `$select=id,name,phenomenonTime`: names of properties (and navigation properties) of the entity. */
function parseSelect(value: string, label: string): string[] {
  const names = value.split(',').map((name) => name.trim());
  const selected: string[] = [];
  for (const name of names) {
    const normalized = name === '@iot.id' ? 'id' : name;
    if (!normalized) throw queryError(`${label}: a name is empty; separate names with single commas`);
    if (normalized.includes('/')) throw queryError(`${label}: ${name} is a path; $select names properties of the entity (properties, not properties/kind)`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(normalized)) throw queryError(`${label}: '${name}' is not a property name`);
    if (!selected.includes(normalized)) selected.push(normalized);
  }
  return selected;
}
