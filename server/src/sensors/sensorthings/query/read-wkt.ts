/**
 * The WKT inside `geography'…'` and `geometry'…'` literals, checked before it reaches
 * PostGIS so a typo is a 400 with a position rather than a database error. Coordinates are
 * longitude latitude in WGS 84 (EPSG:4326, the CRS of SensorThings locations); an optional
 * `SRID=4326;` prefix is accepted, other SRIDs are refused. The specification's own example
 * `POINT(-122, 43)` (a comma between x and y) is read as `POINT(-122 43)`.
 */

/** Geometry types a literal may have. */
export const WKT_TYPES = ['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON'] as const;

/** Nesting of coordinate lists per type: POINT(1 2) is 1, POLYGON((…)) 2, MULTIPOLYGON(((…))) 3. */
const DEPTH: Record<(typeof WKT_TYPES)[number], number[]> = { POINT: [1], LINESTRING: [1], POLYGON: [2], MULTIPOINT: [1, 2], MULTILINESTRING: [2], MULTIPOLYGON: [3] };

type Positions = number[][];
type Nested = Positions | Nested[];

/** The WKT normalized (upper-case type, no SRID prefix), or a problem that says what to fix. */
export function readWkt(text: string): { wkt: string } | { problem: string } {
  let body = text.trim();
  const srid = /^SRID=(\d+);/i.exec(body);
  if (srid) {
    if (srid[1] !== '4326') return { problem: `SRID=${srid[1]} is not supported; give WGS 84 longitude latitude (SRID=4326)` };
    body = body.slice(srid[0].length).trim();
  }
  const head = /^([A-Za-z]+)\s*(?=\()/.exec(body);
  const type = head?.[1].toUpperCase() as (typeof WKT_TYPES)[number] | undefined;
  if (!head || !type || !(WKT_TYPES as readonly string[]).includes(type)) {
    return { problem: `'${text}' is not WKT of a ${WKT_TYPES.join(', ')}; e.g. POINT(116.4 39.9)` };
  }
  let rest = body.slice(head[0].length);
  if (type === 'POINT') rest = rest.replace(/^\(\s*([-+.\deE]+)\s*,\s*([-+.\deE]+)\s*\)$/, '($1 $2)');
  const parsed = parseLists(rest);
  if (!parsed) return { problem: `'${text}' has unbalanced parentheses or a coordinate that is not two numbers` };
  const depth = depthOf(parsed);
  if (!DEPTH[type].includes(depth)) return { problem: `${type} takes ${DEPTH[type][0]} level(s) of parentheses, e.g. ${example(type)}` };
  const positions = flatten(parsed);
  if (positions.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)) return { problem: `'${text}' has a coordinate outside longitude -180..180, latitude -90..90; give longitude first` };
  if (type === 'POINT' && positions.length !== 1) return { problem: 'a POINT has one position' };
  if (type === 'LINESTRING' && positions.length < 2) return { problem: 'a LINESTRING has two positions or more' };
  if (type === 'POLYGON' || type === 'MULTIPOLYGON') {
    const rings = (type === 'POLYGON' ? [parsed as Nested[]] : (parsed as Nested[][])).flat() as Positions[];
    const open = rings.find((ring) => ring.length < 4 || ring[0].join(' ') !== ring[ring.length - 1].join(' '));
    if (open) return { problem: `a polygon ring has 4 positions or more and ends where it starts; (${open.map((p) => p.join(' ')).join(', ')}) does not` };
  }
  return { wkt: `${type}${format(parsed)}` };
}

/** `(…)` lists into nested arrays; the innermost list is positions split by commas. */
function parseLists(text: string): Nested | undefined {
  let index = 0;
  const skip = () => {
    while (index < text.length && /\s/.test(text[index])) index++;
  };
  const list = (): Nested | undefined => {
    skip();
    if (text[index] !== '(') return undefined;
    index++;
    skip();
    if (text[index] === '(') {
      const items: Nested[] = [];
      for (;;) {
        const item = list();
        if (!item) return undefined;
        items.push(item);
        skip();
        if (text[index] === ',') index++;
        else break;
      }
      skip();
      return text[index++] === ')' ? items : undefined;
    }
    const close = text.indexOf(')', index);
    if (close < 0) return undefined;
    const positions = text.slice(index, close).split(',').map((p) => p.trim().split(/\s+/).map(Number));
    index = close + 1;
    return positions.every((p) => p.length === 2 && p.every(Number.isFinite)) ? positions : undefined;
  };
  const result = list();
  skip();
  return result && index === text.length ? result : undefined;
}

function depthOf(nested: Nested): number {
  return Array.isArray(nested[0]) && Array.isArray((nested[0] as unknown[])[0]) ? 1 + depthOf(nested[0] as Nested) : 1;
}

function flatten(nested: Nested): Positions {
  return typeof (nested[0] as unknown[])[0] === 'number' ? (nested as Positions) : (nested as Nested[]).flatMap(flatten);
}

function format(nested: Nested): string {
  return typeof (nested[0] as unknown[])[0] === 'number' ? `(${(nested as Positions).map((p) => p.join(' ')).join(', ')})` : `(${(nested as Nested[]).map(format).join(', ')})`;
}

function example(type: string): string {
  return { POINT: 'POINT(1 2)', LINESTRING: 'LINESTRING(1 2, 3 4)', POLYGON: 'POLYGON((0 0, 1 0, 1 1, 0 0))', MULTIPOINT: 'MULTIPOINT(1 2, 3 4)', MULTILINESTRING: 'MULTILINESTRING((1 2, 3 4))', MULTIPOLYGON: 'MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))' }[type] ?? type;
}
