import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateBytes } from 'gltf-validator';
import { createSyntheticCitySource } from './bench-tiling.ts';
import { TilesetStorageMemory } from './storage/tileset-storage-memory.ts';
import { tileFeatures } from './tile-features.ts';

interface TileJson {
  boundingVolume: { box: number[] };
  geometricError: number;
  refine?: string;
  content?: { uri: string };
  children?: TileJson[];
}

/** Axis-aligned min/max of an ENU-axis box. */
const boxBounds = (box: number[]) => [0, 1, 2].map((k) => [box[k] - box[3 + k * 4], box[k] + box[3 + k * 4]]);

/** Rows in a glb's property table, read from its JSON chunk. */
function propertyTableCount(glb: Uint8Array): number {
  const length = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length)));
  return json.extensions.EXT_structural_metadata.propertyTables[0].count;
}

describe('tileFeatures on a synthetic city', () => {
  it('tiles 20,000 buildings into nested boxes with decreasing geometric error', async () => {
    const storage = new TilesetStorageMemory();
    const report = await tileFeatures(createSyntheticCitySource(20_000), await storage.begin('city'), {
      kind: 'extrusion',
      maxFeaturesPerTile: 500,
    });
    assert.equal(report.featuresTiled, 20_000);
    assert.equal(report.featuresSkipped, 0);
    assert.ok(report.levels >= 3, `${report.levels} levels`);

    const tileset = JSON.parse(new TextDecoder().decode((await storage.get('city', 'tileset.json'))!.data));
    assert.ok(tileset.geometricError > tileset.root.geometricError);
    let contents = 0;
    let rows = 0;
    const visit = async (tile: TileJson, parent?: TileJson): Promise<void> => {
      assert.equal(tile.refine, 'ADD');
      if (parent) {
        assert.ok(tile.geometricError < parent.geometricError, 'child error below parent error');
        const inner = boxBounds(tile.boundingVolume.box);
        const outer = boxBounds(parent.boundingVolume.box);
        for (let k = 0; k < 3; k++) {
          assert.ok(inner[k][0] >= outer[k][0] - 1e-6 && inner[k][1] <= outer[k][1] + 1e-6, `axis ${k} of ${tile.content?.uri}`);
        }
      }
      if (!tile.children) assert.equal(tile.geometricError, 0);
      if (tile.content) {
        contents++;
        const glb = (await storage.get('city', tile.content.uri))!.data;
        const count = propertyTableCount(glb);
        assert.ok(count <= 500);
        rows += count;
      }
      for (const child of tile.children ?? []) await visit(child, tile);
    };
    await visit(tileset.root);
    assert.equal(contents, report.tiles);
    assert.equal(rows, 20_000);

    for (const key of storage.listKeys('city').filter((k) => k.endsWith('.glb')).slice(0, 3)) {
      const validation = await validateBytes((await storage.get('city', key))!.data, { maxIssues: 0 });
      assert.equal(validation.issues.numErrors, 0, key);
    }
  });
});
