import type { Network } from '@cimtwin/schemas';
import { WarningCollector } from '../warning-collector.ts';
import { buildCjj61Network } from './cjj61-build-network.ts';
import type { Cjj61Options } from './cjj61-options.ts';
import { readCjj61Table } from './cjj61-read-table.ts';
import type { Cjj61TableSource } from './cjj61-table.ts';

// Reads the deliverables of a CJJ 61-2017 underground pipeline survey (城市地下管线探测): the
// point table (管线点成果表) and the line table (管线段成果表), as CSV, GeoJSON or Shapefile, into
// the cimtwin network model. Columns are recognised by their usual Chinese and English names
// (cjj61-column-aliases.ts); lines find their ends by point number, else by snapping drawn ends;
// values are stored in metres. The pieces, in the order they run:
//   cjj61-read-table.ts        source → table (cells + geometry), with GBK rejected for CSV
//   cjj61-point-rows.ts        point rows → nodes (axis order, kind, type, elevations)
//   cjj61-line-rows.ts         line rows → links (sizes, depths, inverts, year, ...)
//   cjj61-connect-lines.ts     segment ends → nodes (point numbers, then snapping)
//   cjj61-attach-points.ts     loose points → gaps between segment ends, or cut into pipes
//   cjj61-inherit-pipe-types.ts, cjj61-depths.ts   types from neighbours, inverts from depths

/** The tables of one delivery: point tables are optional, at least one line table is required. */
export interface Cjj61TablesInput {
  points?: Cjj61TableSource | readonly Cjj61TableSource[];
  lines: Cjj61TableSource | readonly Cjj61TableSource[];
}

/**
 * Parses CJJ 61 point and line tables into a Network. Unreadable files, files without usable
 * columns or geometry, and line tables that cannot place their segments are DataErrors naming
 * the file; data-quality problems become warnings (and findings of checkNetworkQuality).
 */
export function parseCjj61Tables(input: Cjj61TablesInput, options: Cjj61Options = {}): Network {
  const warnings = new WarningCollector();
  const list = (sources: Cjj61TableSource | readonly Cjj61TableSource[] | undefined): readonly Cjj61TableSource[] => (sources === undefined ? [] : Array.isArray(sources) ? sources : [sources as Cjj61TableSource]);
  const points = list(input.points).map((source) => readCjj61Table(source, warnings));
  const lines = list(input.lines).map((source) => readCjj61Table(source, warnings));
  return buildCjj61Network({ points, lines }, options, warnings);
}
