import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { IfcElementMesh } from './ifc-records.ts';
import { MeshSpillFile } from './mesh-spill-file.ts';

function mesh(expressId: number, triangles: number, parts = 1): IfcElementMesh {
  const positions = new Float32Array(triangles * 9).map((_, i) => expressId + i / 7);
  const normals = new Float32Array(triangles * 9).map((_, i) => (i % 3 === 2 ? 1 : 0));
  const indices = new Uint32Array(triangles * 3).map((_, i) => i);
  const per = Math.floor(indices.length / parts / 3) * 3;
  const meshParts = Array.from({ length: parts }, (_, p) => ({
    indexStart: p * per,
    indexCount: p === parts - 1 ? indices.length - p * per : per,
    color: [p / parts, 0.5, 0.25, 1] as [number, number, number, number],
  }));
  return { expressId, globalId: `G${expressId}`, positions, normals, indices, parts: meshParts };
}

test('meshes spilled in batches read back exactly, in any order and across distant runs', async () => {
  const spill = await MeshSpillFile.create();
  try {
    const written = [mesh(1, 1), mesh(2, 40, 3), mesh(3, 2)];
    // A large mesh in between puts mesh 5 beyond the gap that one read spans.
    const far = [mesh(4, 20_000), mesh(5, 3, 2)];
    await Promise.all([spill.append(written), spill.append(far)]);
    assert.equal(spill.vertexCount(2), 120);
    assert.equal(spill.vertexCount(99), undefined);
    const read = await spill.read([5, 99, 2, 1, 3]);
    assert.deepEqual([...read.keys()].sort(), [1, 2, 3, 5]);
    for (const original of [...written, far[1]]) {
      const back = read.get(original.expressId)!;
      assert.equal(back.globalId, original.globalId);
      assert.deepEqual(back.positions, original.positions);
      assert.deepEqual(back.normals, original.normals);
      assert.deepEqual(back.indices, original.indices);
      assert.deepEqual(back.parts, original.parts.map((p) => ({ ...p, color: Array.from(new Float32Array(p.color)) })));
    }
    assert.ok(spill.bytes > 20_000 * 9 * 4 * 2, 'the large mesh is on disk');
  } finally {
    await spill.remove();
  }
});

test('remove deletes the file', async () => {
  const spill = await MeshSpillFile.create();
  await spill.append([mesh(1, 1)]);
  const directory = spill.location;
  assert.ok(fs.existsSync(directory));
  await spill.remove();
  assert.equal(fs.existsSync(directory), false);
});
