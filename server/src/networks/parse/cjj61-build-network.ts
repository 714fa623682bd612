import { DataError, type Network, type NetworkLink, type NetworkNode } from '@cimtwin/schemas';
import { WarningCollector } from '../warning-collector.ts';
import { attachLoosePoints } from './cjj61-attach-points.ts';
import { connectLines } from './cjj61-connect-lines.ts';
import { fileStem, type Cjj61Context, type ResolvedCjj61Options } from './cjj61-context.ts';
import { metresPerCoordinateUnit } from './cjj61-coordinate-units.ts';
import { completeElevations } from './cjj61-depths.ts';
import { inheritPipeTypes } from './cjj61-inherit-pipe-types.ts';
import { readLineRows } from './cjj61-line-rows.ts';
import { CJJ61_DEFAULTS, type Cjj61Options } from './cjj61-options.ts';
import { readPointRows } from './cjj61-point-rows.ts';
import { resolveCrs } from './cjj61-resolve-crs.ts';
import type { Cjj61Table } from './cjj61-table.ts';
import type { PipeTypeSource } from './cjj61-type-columns.ts';

/** Point and line tables already read, e.g. by readCjj61Files after sorting files. */
export interface Cjj61Tables {
  points: readonly Cjj61Table[];
  lines: readonly Cjj61Table[];
}

/**
 * Builds the network of read tables: rows to nodes and segments, segment ends to nodes, loose
 * points to gaps or pipes, types filled from neighbours, inverts from ground and depth. Bad
 * tables are DataErrors; data problems are warnings.
 */
export function buildCjj61Network(tables: Cjj61Tables, options: Cjj61Options = {}, warnings = new WarningCollector()): Network {
  if (tables.lines.length === 0) throw new DataError('cjj61: no line table; give at least one table of pipe segments (管线段表: 起点点号, 终点点号 ... or a LineString layer)');
  for (const table of [...tables.points, ...tables.lines]) if (table.rows.length === 0) throw new DataError(`cjj61: ${table.file} has a header but no data rows`);
  const resolved = resolveOptions(options);
  const context: Cjj61Context = { options: resolved, warnings, nodeIds: new Set(), linkIds: new Set() };
  const pointTables = tables.points.map((table) => readPointRows(context, table));
  const lineTables = tables.lines.map((table) => readLineRows(context, table));
  const { crs, units } = resolveCrs([...tables.points, ...tables.lines], options, pointTables.some((table) => table.lonLatColumns), warnings);
  const metresPerUnit = metresPerCoordinateUnit(units);
  const points = pointTables.flatMap((table) => table.points);
  const lines = lineTables.flatMap((table) => table.lines);

  const connected = connectLines(context, points, lines, units, metresPerUnit);
  const { nodes, links } = attachLoosePoints(context, connected, metresPerUnit);
  const sources = new Map<NetworkNode | NetworkLink, PipeTypeSource | null>([...points.map((point) => [point.node, point.typeSource] as const), ...lines.map((line) => [line.link, line.typeSource] as const)]);
  inheritPipeTypes(context, nodes, links, sources);
  for (const link of links) {
    // Drainage runs by gravity from the start point to the end point, as CJJ 61 tables list it.
    link.kind = link.pipeType === 'PS' ? 'conduit' : 'pipe';
    link.flowDirection = link.pipeType === 'PS' ? 'from-to' : 'both';
  }
  completeElevations(nodes, links, resolved.depthReference);

  const surveyed = pointTables.some((table) => table.hasPointNumbers) || lineTables.some((table) => table.hasPointNumbers);
  return {
    name: options.name ?? fileStem(tables.lines[0].file),
    sourceFormat: surveyed ? 'cjj61' : 'gis',
    units: { system: 'SI', flow: 'none', length: 'm', diameter: resolved.sizeUnit === 'auto' ? 'mm' : resolved.sizeUnit, roughness: null, coordinates: units },
    crs,
    nodes,
    links,
    warnings: warnings.list(),
  };
}

function resolveOptions(options: Cjj61Options): ResolvedCjj61Options {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Cjj61Options;
  const resolved = { ...CJJ61_DEFAULTS, ...defined };
  for (const key of ['snapTolerance', 'pointTolerance', 'gapTolerance'] as const) {
    const value = resolved[key];
    if (value !== undefined && !(value >= 0)) throw new DataError(`cjj61: option ${key} is ${value}; give a distance in metres, 0 or more`);
  }
  return resolved;
}
