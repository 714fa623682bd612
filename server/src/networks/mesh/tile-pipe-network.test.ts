import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '@loaders.gl/core';
import { Tiles3DLoader } from '@loaders.gl/3d-tiles';
import { validateBytes } from 'gltf-validator';
import { DataError } from '@cimtwin/schemas';
import { decodeTileGlb, TilesetStorageMemory, type DecodedTile } from '@cimtwin/tiler';
import { placeNetwork } from '../geometry/place-network.ts';
import { handDrawnPipes } from './hand-drawn-pipes.ts';
import { tilePipeNetwork } from './tile-pipe-network.ts';

const EPSG_4549 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const [EAST, NORTH] = [520_000, 3_450_000];

interface TileJson {
  content?: { uri: string };
  children?: TileJson[];
  transform?: number[];
  boundingVolume: { box: number[] };
}

async function tileHandNetwork(maxFeaturesPerTile: number) {
  const placed = placeNetwork(handDrawnPipes(EAST, NORTH));
  const rowIds = {
    links: new Map(placed.links.map((link, i) => [link.id, 100 + i])),
    nodes: new Map(placed.nodes.map((node, i) => [node.id, 500 + i])),
  };
  const storage = new TilesetStorageMemory();
  const result = await tilePipeNetwork(placed, await storage.begin('pipes'), { crsDefinition: EPSG_4549, heightOffset: 9.5, rowIds, maxFeaturesPerTile });
  const tilesetBytes = (await storage.get('pipes', 'tileset.json'))!.data;
  const tileset = JSON.parse(new TextDecoder().decode(tilesetBytes)) as { root: TileJson };
  const glbs = new Map<string, Uint8Array>();
  for (const key of storage.listKeys('pipes')) if (key.endsWith('.glb')) glbs.set(key, (await storage.get('pipes', key))!.data);
  return { placed, rowIds, result, tileset, tilesetBytes, glbs, storage };
}

describe('tilePipeNetwork', () => {
  test('tiles a small network into glbs that gltf-validator accepts, carrying every pipe and structure as a feature', async () => {
    const { placed, rowIds, result, tileset, tilesetBytes, glbs } = await tileHandNetwork(6);
    // 9 links; 3 manholes, a valve, a hydrant and a meter; junctions and the fitting are not drawn.
    assert.equal(result.report.elementsTiled, 15);
    assert.equal(result.report.elementsSkipped, 0);
    assert.deepEqual(result.skipped, { 'junction not drawn': 5, 'fitting not drawn': 1 });
    assert.ok(glbs.size >= 3, `${glbs.size} tiles`);
    assert.deepEqual(tileset.root.transform, result.frame.modelToEcef);
    assert.ok(tileset.root.content || tileset.root.children?.length);

    const seen = new Map<number, Record<string, unknown>>();
    for (const [key, glb] of glbs) {
      const validation = await validateBytes(glb, { maxIssues: 0 });
      assert.equal(validation.issues.numErrors, 0, `${key}: ${JSON.stringify(validation.issues.messages.filter((m) => m.severity === 0).slice(0, 3))}`);
      assert.equal(validation.issues.numWarnings, 0, `${key}: ${JSON.stringify(validation.issues.messages.slice(0, 3))}`);
      const tile: DecodedTile = await decodeTileGlb(glb);
      assert.equal(tile.className, 'pipe_element');
      for (const row of tile.rows) {
        assert.ok(!seen.has(row.id), `row ${row.id} in two tiles`);
        seen.set(row.id, row);
      }
      // Every vertex carries the feature id of a row of its tile.
      for (const primitive of tile.primitives) {
        assert.ok(primitive.featureCount >= 1 && primitive.featureCount <= tile.rows.length);
        for (const id of primitive.featureIds) assert.ok(id >= 0 && id < tile.rows.length);
      }
    }
    const expected = [...placed.links.map((link) => rowIds.links.get(link.id)!), ...['M1', 'M2', 'M3', 'V', 'H', 'W'].map((id) => rowIds.nodes.get(id)!)];
    assert.deepEqual([...seen.keys()].sort((a, b) => a - b), expected.sort((a, b) => a - b));
    const sewer = seen.get(rowIds.links.get('s1')!)!;
    assert.equal(sewer.linkId, 's1');
    assert.equal(sewer.size, 'DN400');
    assert.equal(sewer.pipeType, 'PS');
    assert.equal(sewer.nodeId, '', 'links have no node id');
    const hydrant = seen.get(rowIds.nodes.get('H')!)!;
    assert.deepEqual([hydrant.nodeId, hydrant.kind, hydrant.pipeType], ['H', 'hydrant', 'JS']);

    // loaders.gl reads the tileset and the property table ids.
    const parsed = await parse(tilesetBytes.slice().buffer, Tiles3DLoader, { '3d-tiles': { isTileset: true } });
    assert.deepEqual(Array.from(parsed.root.transform as number[]), result.frame.modelToEcef);
    const [firstKey, firstGlb] = [...glbs][0];
    const content = await parse(firstGlb.slice().buffer, Tiles3DLoader, { '3d-tiles': { isTileset: false } });
    const table = content.gltf.extensions.EXT_structural_metadata.propertyTables[0];
    assert.equal(table.class, 'pipe_element', firstKey);
  });

  test('decoded vertices sit where the model frame puts the network', async () => {
    const { glbs, rowIds, result } = await tileHandNetwork(100);
    assert.equal(glbs.size, 1);
    const tile = await decodeTileGlb([...glbs.values()][0]);
    const row = tile.rows.findIndex((r) => r.id === rowIds.nodes.get('M1'));
    const centre = result.frame.toLocal(EAST, NORTH, 8.7);
    let count = 0;
    for (const primitive of tile.primitives) {
      primitive.featureIds.forEach((id, v) => {
        if (id !== row) return;
        count++;
        const horizontal = Math.hypot(primitive.positions[v * 3] - centre[0], primitive.positions[v * 3 + 1] - centre[1]);
        assert.ok(horizontal <= 0.5 + 1e-3, `manhole vertex ${horizontal} m from its axis`);
        const z = primitive.positions[v * 3 + 2] - centre[2] + 8.7;
        assert.ok(z > 7.5 - 1e-3 && z < 9.95 + 1e-3, `manhole vertex at elevation ${z}`);
      });
    }
    assert.equal(count, 64, 'a 16-sided shaft');
  });

  test('a network with nothing placed is a DataError and the target is aborted', async () => {
    const storage = new TilesetStorageMemory();
    const empty = { crs: 'EPSG:4549', nodes: [], links: [], unplaced: { nodes: 0, links: 0 } };
    await assert.rejects(tilePipeNetwork(empty, await storage.begin('pipes'), { crsDefinition: EPSG_4549, rowIds: { links: new Map() } }), DataError);
    assert.equal(await storage.version('pipes'), undefined);
  });
});
