import type { SampleNetworks } from './generate-sample-networks.ts';
import { lineLength } from './sample-system.ts';
import { serializeFeatureCollection, toFeatureCollections } from './sample-network-features.ts';

/** File name of the point or line table of system `code`, e.g. `js-points.geojson`. */
export function sampleNetworkFileName(code: string, table: 'points' | 'lines'): string {
  return `${code.toLowerCase()}-${table}.geojson`;
}

/** The text of every output file, by file name, in system order (points then lines). */
export function renderSampleNetworkFiles(networks: SampleNetworks): Record<string, string> {
  const files: Record<string, string> = {};
  for (const system of networks.systems) {
    const { points, lines } = toFeatureCollections(system);
    files[sampleNetworkFileName(system.layout.code, 'points')] = serializeFeatureCollection(points);
    files[sampleNetworkFileName(system.layout.code, 'lines')] = serializeFeatureCollection(lines);
  }
  return files;
}

/** A plain-text summary: points, segments and length per system, file sizes, pumps and the deliberate problems. */
export function summarizeSampleNetworks(networks: SampleNetworks, files: Record<string, string>): string {
  const rows = ['system  points  segments  length km  file MB'];
  let totals = { points: 0, segments: 0, length: 0, bytes: 0 };
  for (const system of networks.systems) {
    const length = system.lines.reduce((sum, line) => sum + lineLength(line), 0) / 1000;
    const bytes = ['points', 'lines'].reduce((sum, table) => sum + Buffer.byteLength(files[sampleNetworkFileName(system.layout.code, table as 'points')] ?? ''), 0);
    totals = { points: totals.points + system.points.length, segments: totals.segments + system.lines.length, length: totals.length + length, bytes: totals.bytes + bytes };
    rows.push(`${system.layout.code.padEnd(6)}  ${String(system.points.length).padStart(6)}  ${String(system.lines.length).padStart(8)}  ${length.toFixed(1).padStart(9)}  ${(bytes / 1e6).toFixed(2).padStart(7)}`);
  }
  rows.push(`total   ${String(totals.points).padStart(6)}  ${String(totals.segments).padStart(8)}  ${totals.length.toFixed(1).padStart(9)}  ${(totals.bytes / 1e6).toFixed(2).padStart(7)}`);
  const numbers = (code: 'JS' | 'YS' | 'WS', indices: number[]): string => indices.map((i) => networks.systems.find((s) => s.layout.code === code)!.points[i].number).join(', ');
  rows.push('', `water supply points (水源): ${numbers('JS', networks.waterSources)}`);
  rows.push(`storm outlets (出水口): ${numbers('YS', networks.drainTerminals.YS)}; pumping stations: ${numbers('YS', networks.drainPumps.YS)}`);
  rows.push(`sewage terminal pumping stations: ${numbers('WS', networks.drainTerminals.WS)}; lift stations: ${numbers('WS', networks.drainPumps.WS)}`);
  rows.push('', 'deliberate problems:');
  for (const v of networks.violations) {
    const segments = v.lines.map(({ system, line }) => {
      const s = networks.systems.find((entry) => entry.layout.code === system)!;
      return `${s.points[s.lines[line].from].number}→${s.points[s.lines[line].to].number}`;
    });
    const distance = v.measured === null ? '' : ` clear ${v.measured.toFixed(2)} m, required ${v.required?.toFixed(2)} m,`;
    rows.push(`  ${v.id} (${v.street ?? 'unnamed street'}):${distance} ${segments.join(' ')}`);
  }
  return rows.join('\n');
}
