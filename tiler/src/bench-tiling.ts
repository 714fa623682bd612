/**
 * Throughput measurement of the tiler without a database: a synthetic city of box buildings on a
 * street grid, generated on demand from the feature id (so the source itself holds no geometry),
 * tiled into a target that only counts bytes. The lead's bench script calls
 * {@link benchmarkTiling}; the database read cost comes on top of the figure it reports.
 */
import { tileFeatures } from './tile-features.ts';
import type { TileFeaturesOptions, TilingReport } from './tiling-options.ts';
import type { FeatureSource, FeatureSummary, TileFeature } from './types.ts';
import type { TilesetTarget } from './storage/tileset-storage.ts';

/** Options of {@link createSyntheticCitySource}. */
export interface SyntheticCityOptions {
  /** Centre of the city, degrees. */
  longitude: number;
  latitude: number;
  /** Distance between building centres, metres. */
  spacing: number;
}

/** Defaults of {@link SyntheticCityOptions}: a grid in central Helsinki. */
export const SYNTHETIC_CITY_DEFAULTS: SyntheticCityOptions = { longitude: 24.94, latitude: 60.17, spacing: 30 };

/** A {@link FeatureSource} of `count` rectangular buildings (5-point rings) with varied heights. */
export function createSyntheticCitySource(count: number, options: Partial<SyntheticCityOptions> = {}): FeatureSource {
  const { longitude, latitude, spacing } = { ...SYNTHETIC_CITY_DEFAULTS, ...options };
  const columns = Math.ceil(Math.sqrt(count));
  const metresPerDegreeLat = 111_320;
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((latitude * Math.PI) / 180);
  const building = (id: number) => {
    // Deterministic pseudo-random sizes from the id.
    const random = (salt: number) => {
      const value = Math.sin(id * 12.9898 + salt * 78.233) * 43758.5453;
      return value - Math.floor(value);
    };
    const east = ((id % columns) - columns / 2) * spacing;
    const north = (Math.floor(id / columns) - columns / 2) * spacing;
    const halfWidth = 4 + random(1) * 9;
    const halfDepth = 4 + random(2) * 9;
    const height = random(3) < 0.02 ? 60 + random(4) * 140 : 6 + random(4) * 24;
    const west = longitude + (east - halfWidth) / metresPerDegreeLon;
    const eastLon = longitude + (east + halfWidth) / metresPerDegreeLon;
    const south = latitude + (north - halfDepth) / metresPerDegreeLat;
    const northLat = latitude + (north + halfDepth) / metresPerDegreeLat;
    return { bbox: [west, south, eastLon, northLat] as [number, number, number, number], height };
  };
  return {
    async summaries(): Promise<FeatureSummary[]> {
      return Array.from({ length: count }, (_, id) => {
        const { bbox, height } = building(id);
        return { id, bbox, vertexCount: 5, height };
      });
    },
    async load(ids: number[]): Promise<TileFeature[]> {
      return ids.map((id) => {
        const { bbox: [w, s, e, n], height } = building(id);
        return {
          id,
          geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
          name: `Building ${id}`,
          kind: 'building',
          height,
        };
      });
    },
  };
}

/** Result of {@link benchmarkTiling}. */
export interface TilingBenchmark {
  features: number;
  seconds: number;
  featuresPerSecond: number;
  peakHeapMegabytes: number;
  report: TilingReport;
}

/** Tiles `count` synthetic buildings into a byte-counting target and times it. */
export async function benchmarkTiling(
  count: number,
  options: Partial<TileFeaturesOptions> = {},
): Promise<TilingBenchmark> {
  let peakHeap = 0;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const target: TilesetTarget = {
    async put() {
      sampleHeap();
    },
    async commit() {
      return 'benchmark';
    },
    async abort() {},
  };
  const started = performance.now();
  const report = await tileFeatures(createSyntheticCitySource(count), target, { kind: 'extrusion', ...options });
  const seconds = (performance.now() - started) / 1000;
  return {
    features: count,
    seconds,
    featuresPerSecond: count / seconds,
    peakHeapMegabytes: Math.round(peakHeap / 1e6),
    report,
  };
}
