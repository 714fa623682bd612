import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { generateSampleNetworks, type SampleNetworks } from './generate-sample-networks.ts';
import type { InputFeatureCollection } from './read-road-lines.ts';
import { renderSampleNetworkFiles } from './sample-network-files.ts';
import type { SystemCode } from './street-layout.ts';

// The generator run once on the sample district, and its output read back as a reader of the
// GeoJSON tables would see it. For the tests only.

/** A point of an output table. */
export interface TablePoint {
  number: string;
  x: number;
  y: number;
  properties: Record<string, string | number | null>;
}

/** A segment of an output table. */
export interface TableLine {
  from: string;
  to: string;
  coordinates: [number, number][];
  properties: Record<string, string | number | null>;
}

/** Both tables of one system as parsed from the written text. */
export interface SystemTables {
  code: SystemCode;
  pointsCollection: Record<string, unknown>;
  linesCollection: Record<string, unknown>;
  points: Map<string, TablePoint>;
  lines: TableLine[];
}

/** The sample district's streets and water, as the generator reads them. */
export function readSampleInputs(): { roads: InputFeatureCollection; water: InputFeatureCollection } {
  const file = (id: string): string => SAMPLE_DISTRICT.layers.find((layer) => layer.id === id)!.file;
  return { roads: JSON.parse(fs.readFileSync(file('roads'), 'utf8')), water: JSON.parse(fs.readFileSync(file('water'), 'utf8')) };
}

let cached: { networks: SampleNetworks; files: Record<string, string>; tables: Map<SystemCode, SystemTables> } | undefined;

/** The generator's result on the sample district, its file texts, and the tables parsed from them. */
export function sampleOutput(): { networks: SampleNetworks; files: Record<string, string>; tables: Map<SystemCode, SystemTables> } {
  if (cached) return cached;
  const { roads, water } = readSampleInputs();
  const networks = generateSampleNetworks(roads, water);
  const files = renderSampleNetworkFiles(networks);
  const tables = new Map<SystemCode, SystemTables>();
  for (const system of networks.systems) {
    const code = system.layout.code;
    const pointsCollection = JSON.parse(files[`${code.toLowerCase()}-points.geojson`]);
    const linesCollection = JSON.parse(files[`${code.toLowerCase()}-lines.geojson`]);
    const points = new Map<string, TablePoint>();
    for (const feature of pointsCollection.features) {
      const [x, y] = feature.geometry.coordinates;
      points.set(feature.properties['物探点号'], { number: feature.properties['物探点号'], x, y, properties: feature.properties });
    }
    const lines: TableLine[] = linesCollection.features.map((feature: { properties: Record<string, string>; geometry: { coordinates: [number, number][] } }) => ({
      from: feature.properties['起点点号'],
      to: feature.properties['终点点号'],
      coordinates: feature.geometry.coordinates,
      properties: feature.properties,
    }));
    tables.set(code, { code, pointsCollection, linesCollection, points, lines });
  }
  cached = { networks, files, tables };
  return cached;
}

/** The directory the sample network files are committed in. */
export function sampleNetworkDirectory(): string {
  return path.dirname(SAMPLE_DISTRICT.networks[0].files[0]);
}
