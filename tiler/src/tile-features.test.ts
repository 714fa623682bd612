import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '@loaders.gl/core';
import { Tiles3DLoader } from '@loaders.gl/3d-tiles';
import { validateBytes } from 'gltf-validator';
import { DataError } from './data-error.ts';
import { enuToEcefTransform } from './lib/geodesy/enu-frame.ts';
import { WGS84_ECCENTRICITY_SQUARED, WGS84_SEMI_MAJOR_AXIS } from './lib/geodesy/wgs84-ellipsoid.ts';
import { decodeTileGlb, type DecodedPrimitive, type DecodedTile } from './lib/gltf/decode-tile-glb.ts';
import { TilesetStorageMemory } from './storage/tileset-storage-memory.ts';
import { tileFeatures } from './tile-features.ts';
import type { TileFeaturesOptions } from './tiling-options.ts';
import type { FeatureSource, FeatureSummary, TileFeature } from './types.ts';

// Local metres to degrees around a base point, with the ellipsoid's radii of curvature there.
const BASE = { longitude: 24.94, latitude: 60.17 };
const sinLat = Math.sin((BASE.latitude * Math.PI) / 180);
const w = Math.sqrt(1 - WGS84_ECCENTRICITY_SQUARED * sinLat * sinLat);
const METRES_PER_DEGREE_LAT = ((WGS84_SEMI_MAJOR_AXIS * (1 - WGS84_ECCENTRICITY_SQUARED)) / w ** 3) * (Math.PI / 180);
const METRES_PER_DEGREE_LON = (WGS84_SEMI_MAJOR_AXIS / w) * Math.cos((BASE.latitude * Math.PI) / 180) * (Math.PI / 180);
const lonLat = ([east, north]: number[]) => [BASE.longitude + east / METRES_PER_DEGREE_LON, BASE.latitude + north / METRES_PER_DEGREE_LAT];
const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings.map((r) => r.map(lonLat)) });
const line = (points: number[][]) => ({ type: 'LineString', coordinates: points.map(lonLat) });

/** An in-memory source; summaries come from the geometry. */
function memorySource(features: TileFeature[]): FeatureSource & { loads: number[][] } {
  const loads: number[][] = [];
  return {
    loads,
    async summaries(): Promise<FeatureSummary[]> {
      return features.map((feature) => {
        const points = JSON.stringify(feature.geometry).match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
        const lons = points.filter((_, i) => i % 2 === 0);
        const lats = points.filter((_, i) => i % 2 === 1);
        const bbox: [number, number, number, number] = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
        return { id: feature.id, bbox, vertexCount: lons.length, height: feature.height ?? undefined };
      });
    },
    async load(ids: number[]): Promise<TileFeature[]> {
      loads.push(ids);
      return features.filter((feature) => ids.includes(feature.id));
    },
  };
}

async function tile(features: TileFeature[], options: TileFeaturesOptions) {
  const storage = new TilesetStorageMemory();
  const source = memorySource(features);
  const report = await tileFeatures(source, await storage.begin('layer'), options);
  const tileset = JSON.parse(new TextDecoder().decode((await storage.get('layer', 'tileset.json'))!.data));
  const glbs = new Map<string, Uint8Array>();
  for (const key of storage.listKeys('layer')) if (key.endsWith('.glb')) glbs.set(key, (await storage.get('layer', key))!.data);
  return { storage, source, report, tileset, glbs };
}

/** Vertices of one feature (by database id) across primitives, z-up in the tileset frame. */
function verticesOf(decoded: DecodedTile, id: number): { positions: number[][]; primitive: DecodedPrimitive } {
  const row = decoded.rows.findIndex((r) => r.id === id);
  assert.ok(row >= 0, `feature ${id} has no row`);
  for (const primitive of decoded.primitives) {
    const positions: number[][] = [];
    primitive.featureIds.forEach((value, v) => {
      if (value === row) positions.push(Array.from(primitive.positions.subarray(v * 3, v * 3 + 3)));
    });
    if (positions.length > 0) return { positions, primitive };
  }
  throw new Error(`feature ${id} has no vertices`);
}

const extent = (positions: number[][], k: number) => {
  const values = positions.map((p) => p[k]);
  return [Math.min(...values), Math.max(...values)];
};

async function assertValid(glbs: Map<string, Uint8Array>): Promise<void> {
  for (const [key, glb] of glbs) {
    const report = await validateBytes(glb, { maxIssues: 0 });
    assert.equal(report.issues.numErrors, 0, `${key}: ${JSON.stringify(report.issues.messages.filter((m) => m.severity === 0))}`);
  }
}

const BUILDINGS: TileFeature[] = [
  { id: 101, name: 'Courtyard', kind: 'building', height: 20, geometry: polygon([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]]) },
  { id: 102, name: null, kind: 'building', height: 12, geometry: polygon([[30, 0], [30, 20], [38, 20], [38, 8], [50, 8], [50, 0], [30, 0]]) },
  { id: 103, name: 'Bridge part', kind: 'building_part', height: 30, minHeight: 10, geometry: polygon([[0, 30], [10, 30], [10, 40], [0, 40], [0, 30]]) },
  { id: 104, name: 'Kiosk', kind: 'building', height: 3, geometry: { type: 'Point', coordinates: lonLat([20, 20]) } },
  { id: 105, name: 'Sliver', kind: 'building', height: 5, geometry: polygon([[60, 0], [65, 0], [70, 0], [60, 0]]) },
];

describe('tileFeatures', () => {
  it('extrudes buildings into one valid glb with feature ids and metadata', async () => {
    const { report, tileset, glbs } = await tile(BUILDINGS, { kind: 'extrusion' });
    assert.equal(report.featuresTiled, 3);
    assert.deepEqual(report.skipped, { 'unsupported geometry type Point': 1, 'degenerate geometry': 1 });
    assert.equal(report.tiles, 1);
    assert.equal(report.vertices, 40 + 30 + 24);
    assert.equal(report.triangles, 24 + 16 + 12);
    assert.equal(report.boundingRegion!.maxHeight, 30);
    assert.deepEqual([...glbs.keys()], ['tiles/0/0/0.glb']);
    await assertValid(glbs);

    assert.deepEqual(tileset.asset, { version: '1.1', generator: 'cimtwin-tiler' });
    assert.deepEqual(tileset.root.transform, enuToEcefTransform(report.origin.longitude, report.origin.latitude, 0));
    assert.equal(tileset.root.refine, 'ADD');
    assert.equal(tileset.root.content.uri, 'tiles/0/0/0.glb');
    assert.equal(tileset.root.geometricError, 0);
    assert.ok(tileset.geometricError > 30);

    const decoded = await decodeTileGlb(glbs.get('tiles/0/0/0.glb')!);
    assert.equal(decoded.primitives.length, 1);
    assert.equal(decoded.primitives[0].material, 'building');
    assert.equal(decoded.primitives[0].featureCount, 3);
    assert.deepEqual(
      decoded.rows.map((row) => row).sort((a, b) => a.id - b.id),
      [
        { id: 101, name: 'Courtyard', kind: 'building', height: 20 },
        { id: 102, name: '', kind: 'building', height: 12 },
        { id: 103, name: 'Bridge part', kind: 'building_part', height: 30 },
      ],
    );

    const courtyard = verticesOf(decoded, 101).positions;
    assert.equal(courtyard.length, 40);
    const [minX, maxX] = extent(courtyard, 0);
    const [minY, maxY] = extent(courtyard, 1);
    const [minZ, maxZ] = extent(courtyard, 2);
    assert.ok(Math.abs(maxX - minX - 10) < 0.01 && Math.abs(maxY - minY - 10) < 0.01, `footprint ${maxX - minX} x ${maxY - minY}`);
    assert.ok(Math.abs(maxZ - minZ - 20) < 0.01, `height ${maxZ - minZ}`);
    assert.ok(Math.abs(minZ) < 0.01, 'stands on the ellipsoid near the origin');
    assert.equal(verticesOf(decoded, 102).positions.length, 30);
    const part = verticesOf(decoded, 103).positions;
    assert.equal(part.length, 24);
    const [partBottom, partTop] = extent(part, 2);
    assert.ok(Math.abs(partBottom - 10) < 0.01 && Math.abs(partTop - 30) < 0.01);

    // Every face: stored normal agrees with the winding, walls face away from their footprint.
    const primitive = decoded.primitives[0];
    const at = (v: number) => Array.from(primitive.positions.subarray(v * 3, v * 3 + 3));
    for (let t = 0; t < primitive.indices.length / 3; t++) {
      const [a, b, c] = [0, 1, 2].map((i) => at(primitive.indices[t * 3 + i]));
      const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
      const cross = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
      const n = Array.from(primitive.normals.subarray(primitive.indices[t * 3] * 3, primitive.indices[t * 3] * 3 + 3));
      const dot = (cross[0] * n[0] + cross[1] * n[1] + cross[2] * n[2]) / Math.hypot(...cross);
      assert.ok(dot > 0.999, `triangle ${t} winding disagrees with its normal`);
    }

    // The root box holds every vertex.
    const box = tileset.root.boundingVolume.box;
    for (let v = 0; v < primitive.positions.length / 3; v++) {
      for (let k = 0; k < 3; k++) assert.ok(Math.abs(primitive.positions[v * 3 + k] - box[k]) <= box[3 + k * 4] + 1e-6);
    }
  });

  it('writes tilesets and glbs that loaders.gl parses, with the property table decoded', async () => {
    const { storage } = await tile(BUILDINGS, { kind: 'extrusion' });
    const tilesetBytes = (await storage.get('layer', 'tileset.json'))!.data;
    const tileset = await parse(tilesetBytes.slice().buffer, Tiles3DLoader, { '3d-tiles': { isTileset: true } });
    assert.equal(tileset.root.content.uri, 'tiles/0/0/0.glb');
    const glb = (await storage.get('layer', 'tiles/0/0/0.glb'))!.data;
    const content = await parse(glb.slice().buffer, Tiles3DLoader, { '3d-tiles': { isTileset: false } });
    const table = content.gltf.extensions.EXT_structural_metadata.propertyTables[0];
    assert.deepEqual(Array.from(table.properties.id.data as ArrayLike<number>).sort(), [101, 102, 103]);
    const featureIds = content.gltf.meshes[0].primitives[0].extensions.EXT_mesh_features.featureIds[0];
    assert.equal(featureIds.featureCount, 3);
    assert.equal(new Set(Array.from(featureIds.data as ArrayLike<number>)).size, 3);
  });

  it('lays roads as ribbons of their kind width above the ground, skipping ferries', async () => {
    const roads: TileFeature[] = [
      { id: 201, name: 'Main Street', kind: 'major_road', geometry: line([[0, 0], [100, 0], [200, 10]]) },
      { id: 202, name: 'Ferry', kind: 'ferry', geometry: line([[0, 50], [300, 50]]) },
      { id: 203, name: null, kind: 'path', width: 2, geometry: { type: 'MultiLineString', coordinates: [[[0, 20], [50, 20]].map(lonLat), [[60, 20], [90, 20]].map(lonLat)] } },
    ];
    const { report, glbs } = await tile(roads, { kind: 'ribbon' });
    assert.equal(report.featuresTiled, 2);
    assert.deepEqual(report.skipped, { 'zero width': 1 });
    await assertValid(glbs);
    const decoded = await decodeTileGlb([...glbs.values()][0]);
    assert.deepEqual(decoded.primitives.map((p) => p.material).sort(), ['path', 'road']);
    const road = verticesOf(decoded, 201).positions;
    assert.equal(road.length, 6);
    assert.ok(Math.abs(Math.hypot(road[0][0] - road[1][0], road[0][1] - road[1][1]) - 14) < 0.01, 'major roads are 14 m wide');
    for (const p of road) assert.ok(Math.abs(p[2] - 0.5) < 0.02, `road vertex at height ${p[2]}`);
    const path = verticesOf(decoded, 203).positions;
    assert.equal(path.length, 8);
    assert.ok(Math.abs(Math.hypot(path[0][0] - path[1][0], path[0][1] - path[1][1]) - 2) < 0.01);
  });

  it('drapes landuse and water as surfaces with their own materials', async () => {
    const areas: TileFeature[] = [
      { id: 301, name: 'Park', kind: 'park', geometry: polygon([[0, 0], [100, 0], [100, 60], [0, 60], [0, 0]], [[40, 20], [60, 20], [60, 40], [40, 40], [40, 20]]) },
      { id: 302, name: 'Pond', kind: 'water', geometry: polygon([[150, 0], [180, 0], [165, 30], [150, 0]]) },
    ];
    const { report, glbs } = await tile(areas, { kind: 'surface' });
    assert.equal(report.featuresTiled, 2);
    await assertValid(glbs);
    const decoded = await decodeTileGlb([...glbs.values()][0]);
    const water = decoded.primitives.find((p) => p.material === 'water')!;
    assert.ok(water.baseColor[2] > water.baseColor[0] && water.baseColor[2] > water.baseColor[1], 'water is blue');
    assert.equal(verticesOf(decoded, 302).positions.length, 3);
    const park = verticesOf(decoded, 301);
    assert.equal(park.primitive.material, 'landuse');
    assert.equal(park.positions.length, 8);
    assert.equal(park.primitive.indices.length / 3, 8);
    for (const p of park.positions) assert.ok(Math.abs(p[2] - 0.2) < 0.02);
    for (let v = 0; v < park.primitive.normals.length / 3; v++) assert.equal(park.primitive.normals[v * 3 + 2], 1);
  });

  it('aborts the target and keeps the old version when tiling fails', async () => {
    const storage = new TilesetStorageMemory();
    await tileFeatures(memorySource(BUILDINGS), await storage.begin('layer'), { kind: 'extrusion' });
    const committed = await storage.version('layer');
    assert.ok(committed);
    const failing = memorySource(BUILDINGS);
    failing.load = async () => {
      throw new Error('database went away');
    };
    await assert.rejects(tileFeatures(failing, await storage.begin('layer'), { kind: 'extrusion' }), /database went away/);
    const badId = memorySource([{ ...BUILDINGS[0], id: -1 }]);
    await assert.rejects(tileFeatures(badId, await storage.begin('layer'), { kind: 'extrusion' }), DataError);
    await assert.rejects(tileFeatures(memorySource([]), await storage.begin('layer'), { kind: 'extrusion' }), DataError);
    assert.equal(await storage.version('layer'), committed);
    assert.deepEqual(storage.listKeys('layer'), ['tiles/0/0/0.glb', 'tileset.json']);
  });
});
