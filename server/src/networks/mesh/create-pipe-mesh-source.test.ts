import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DataError } from '@cimtwin/schemas';
import type { ElementMesh, ElementSummary } from '@cimtwin/tiler';
import { placeNetwork, type PlacedNetwork } from '../geometry/place-network.ts';
import { generateGridNetwork } from '../graph/generate-grid-network.ts';
import { createLink, createNode } from '../network-elements.ts';
import { createPipeMeshSource } from './create-pipe-mesh-source.ts';
import { handDrawnPipes } from './hand-drawn-pipes.ts';
import { partBounds } from './mesh-test-support.ts';
import { linearColour } from './pipe-colours.ts';
import type { PipeMeshOptions } from './pipe-mesh-options.ts';

const EAST = 1000;
/** A plain shift into the model frame; the real one (localFrame) is tested on its own. */
const toLocal: PipeMeshOptions['toLocal'] = (x, y, z) => [x - EAST, y, z];

function rowIdsOf(placed: PlacedNetwork): PipeMeshOptions['rowIds'] {
  return {
    links: new Map(placed.links.map((link, i) => [link.id, i + 1])),
    nodes: new Map(placed.nodes.map((node, i) => [node.id, 10_000 + i])),
  };
}

async function everything(placed: PlacedNetwork, options: Partial<PipeMeshOptions> = {}) {
  const source = createPipeMeshSource(placed, { toLocal, rowIds: rowIdsOf(placed), ...options });
  const summaries = await source.summaries();
  const meshes = await source.load(summaries.map((summary) => summary.id));
  return { source, summaries, meshes, byId: new Map(meshes.map((mesh) => [mesh.id, mesh])) };
}

/** Every loaded vertex inside its summary box; summary vertex counts exact. */
function assertSummariesHold(summaries: ElementSummary[], meshes: ElementMesh[]): void {
  const byId = new Map(meshes.map((mesh) => [mesh.id, mesh]));
  assert.equal(meshes.length, summaries.length);
  for (const summary of summaries) {
    const mesh = byId.get(summary.id)!;
    let vertices = 0;
    for (const part of mesh.parts) {
      vertices += part.positions.length / 3;
      assert.equal(part.normals!.length, part.positions.length);
      for (let i = 0; i < part.positions.length; i++) {
        const value = part.positions[i];
        const k = i % 3;
        assert.ok(value >= summary.bbox[k] - 1e-4 && value <= summary.bbox[k + 3] + 1e-4, `element ${summary.id}: vertex axis ${k} ${value} outside ${summary.bbox}`);
      }
      for (const index of part.indices) assert.ok(index < part.positions.length / 3);
    }
    assert.equal(vertices, summary.vertexCount, `element ${summary.id} vertex count`);
  }
}

describe('createPipeMeshSource', () => {
  test('summary boxes hold every vertex and summary vertex counts are exact (hand-drawn network, fittings shown)', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const { summaries, meshes, source } = await everything(placed, { showFittings: true });
    assertSummariesHold(summaries, meshes);
    // 9 links; manholes 3, valve, hydrant, meter, and with fittings the fitting and 5 junctions.
    assert.equal(summaries.length, 9 + 3 + 3 + 1 + 5);
    assert.deepEqual(source.skipped, {});
  });

  test('summary boxes hold every vertex on a generated grid with valves, and loading is per id', async () => {
    const grid = generateGridNetwork(400);
    for (const link of grid.links) link.pipeType = 'JS';
    for (const node of grid.nodes) node.pipeType = 'JS';
    const placed = placeNetwork(grid);
    const { summaries, meshes, source } = await everything(placed);
    assertSummariesHold(summaries, meshes);
    const valveNodes = placed.nodes.filter((node) => node.kind === 'valve').length;
    assert.equal(summaries.length, placed.links.length + valveNodes);
    assert.equal(source.skipped['junction not drawn'], placed.nodes.filter((node) => node.kind === 'junction').length);
    const some = summaries.slice(3, 6).map((summary) => summary.id);
    assert.deepEqual((await source.load([...some, 999_999])).map((mesh) => mesh.id), some);
  });

  test('a manhole spans its bottom to 5 cm below the ground; shaft diameter by survey, pipe size and depth', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const ids = rowIdsOf(placed);
    const shaft = async (nodeId: string, options: Partial<PipeMeshOptions> = {}) => {
      const { byId } = await everything(placed, options);
      return partBounds(byId.get(ids.nodes!.get(nodeId)!)!.parts[0]);
    };
    const m1 = await shaft('M1');
    assert.ok(Math.abs(m1[2] - 7.5) < 1e-5, `bottom ${m1[2]}`);
    assert.ok(Math.abs(m1[5] - 9.95) < 1e-5, `top ${m1[5]}`);
    assert.ok(Math.abs(m1[3] - m1[0] - 1.0) < 1e-5, 'a 1.0 m shaft for a 0.4 m drain 2.5 m deep');
    assert.ok(Math.abs((m1[0] + m1[3]) / 2 - 0) < 1e-5 && Math.abs((m1[1] + m1[4]) / 2) < 1e-5, 'centred on the node');
    const m3 = await shaft('M3');
    assert.ok(Math.abs(m3[3] - m3[0] - 0.7) < 1e-5, 'a 0.7 m shaft for a 0.2 m drain 1.2 m deep');
    const surveyed = await shaft('M2', { details: { shaftDiameter: (id) => (id === 'M2' ? 1.5 : null) } });
    assert.ok(Math.abs(surveyed[3] - surveyed[0] - 1.5) < 1e-5);
  });

  test('hydrants stand from the pipe to 0.6 m above the ground; valves and meters sit on the pipe axis', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const ids = rowIdsOf(placed);
    const { byId } = await everything(placed);
    const axisZ = 10 - 1 - 0.15;
    const hydrant = partBounds(byId.get(ids.nodes!.get('H')!)!.parts[0]);
    const hydrantPipeZ = 10.2 - 1 - 0.075;
    assert.ok(Math.abs(hydrant[2] - hydrantPipeZ) < 1e-4, `hydrant foot ${hydrant[2]}`);
    assert.ok(Math.abs(hydrant[5] - 10.8) < 1e-4, `hydrant top ${hydrant[5]}`);
    const valve = partBounds(byId.get(ids.nodes!.get('V')!)!.parts[0]);
    assert.ok(Math.abs((valve[1] + valve[4]) / 2 - 20) < 1e-4, 'valve body centred across the pipe');
    assert.ok(Math.abs(valve[2] - (axisZ - 0.24)) < 1e-4, `valve body 1.6 D round the axis, bottom ${valve[2]}`);
    assert.ok(valve[5] > axisZ + 0.24, 'bonnet above the body');
    const meter = partBounds(byId.get(ids.nodes!.get('W')!)!.parts[0]);
    assert.ok(Math.abs((meter[2] + meter[5]) / 2 - axisZ) < 1e-4);
    assert.ok(Math.abs(meter[3] - meter[0] - 0.6) < 1e-4, 'a meter twice the pipe diameter long');
  });

  test('properties, colours and parts per link and node', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const ids = rowIdsOf(placed);
    const { byId } = await everything(placed, { details: { linkMaterial: (id) => (id === 's1' ? '钢筋混凝土' : null) } });
    const sewer = byId.get(ids.links.get('s1')!)!;
    assert.deepEqual(sewer.properties, { linkId: 's1', kind: 'conduit', pipeType: 'PS', pipeSubtype: 'WS', size: 'DN400', material: '钢筋混凝土', heightSource: 'invert' });
    assert.deepEqual(sewer.parts[0].color, linearColour([76, 57, 38]));
    const duct = byId.get(ids.links.get('d1')!)!;
    assert.equal(duct.properties.size, '800×400');
    assert.deepEqual(duct.parts[0].color, [1, 0, 0, 1]);
    const main = byId.get(ids.links.get('w1')!)!;
    assert.deepEqual(main.parts[0].color, [0, 1, 1, 1], 'CJJ 61 sky blue, linear');
    const valveLink = byId.get(ids.links.get('w5')!)!;
    assert.equal(valveLink.parts.length, 2, 'a valve link carries a valve body');
    assert.ok(valveLink.parts[1].color[1] < 1 && valveLink.parts[1].color[1] > 0.3, 'structures a darker tone');
    const manhole = byId.get(ids.nodes!.get('M1')!)!;
    assert.deepEqual(manhole.properties, { nodeId: 'M1', kind: 'manhole', pipeType: 'PS', heightSource: 'invert' });
    const valve = byId.get(ids.nodes!.get('V')!)!;
    assert.equal(valve.properties.pipeType, 'JS', 'a node without a type takes its pipes’');
    const recoloured = await everything(placed, { colours: { JS: [0, 0, 255], 'PS.WS': [255, 255, 255] } });
    assert.deepEqual(recoloured.byId.get(ids.links.get('w1')!)!.parts[0].color, [0, 0, 1, 1]);
    assert.deepEqual(recoloured.byId.get(ids.links.get('s1')!)!.parts[0].color, [1, 1, 1, 1]);
    assert.deepEqual(recoloured.byId.get(ids.links.get('s2')!)!.parts[0].color, linearColour([76, 57, 38]));
  });

  test('pipe ends reach past a corner node by the radius, filling the outside of the corner; ends in a shaft do not', async () => {
    const corner = (kind: 'junction' | 'manhole') => {
      const units = { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' } as const;
      const nodes = [
        createNode('a', 'junction', { x: EAST, y: 0, groundElevation: 5 }),
        createNode('b', kind, { x: EAST + 20, y: 0, groundElevation: 5, invertElevation: 2 }),
        createNode('c', 'junction', { x: EAST + 20, y: 20, groundElevation: 5 }),
      ];
      const links = [
        createLink('p', 'pipe', 'a', 'b', { pipeType: 'PS', diameter: 0.4, startDepth: 2, endDepth: 2 }),
        createLink('q', 'pipe', 'b', 'c', { pipeType: 'PS', diameter: 0.4, startDepth: 2, endDepth: 2 }),
      ];
      return placeNetwork({ name: 'corner', sourceFormat: 'gis', units, crs: null, nodes, links, warnings: [] });
    };
    for (const [kind, reach] of [['junction', 0.2], ['manhole', 0]] as const) {
      const placed = corner(kind);
      const { byId } = await everything(placed);
      const [, minY, , maxX] = partBounds(byId.get(1)!.parts[0]);
      assert.ok(Math.abs(maxX - (20 + reach)) < 1e-5, `${kind}: p ends at x ${maxX}`);
      const [, qMinY] = partBounds(byId.get(2)!.parts[0]);
      assert.ok(Math.abs(qMinY - -reach) < 1e-5, `${kind}: q starts at y ${qMinY}`);
      assert.ok(Math.abs(minY - -0.2) < 1e-5);
    }
  });

  test('caps are left off ends hidden in a drawn shaft or in a pipe running straight on', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const ids = rowIdsOf(placed);
    const vertices = (byId: Map<number, ElementMesh>, linkId: string) => byId.get(ids.links.get(linkId)!)!.parts[0].positions.length / 3;
    const drawn = await everything(placed);
    // DN400 between two drawn manholes: two rings of 12, no caps; without the shafts, two caps.
    assert.equal(vertices(drawn.byId, 's1'), 24);
    const pipesOnly = createPipeMeshSource(placed, { toLocal, rowIds: { links: ids.links } });
    const meshes = new Map((await pipesOnly.load([...ids.links.values()])).map((mesh) => [mesh.id, mesh]));
    assert.equal(vertices(meshes, 's1'), 48);
    // w2 runs on into w3 through valve V (same size): no cap there; w1 meets w2 at a bend: capped.
    assert.equal(vertices(drawn.byId, 'w2'), 12 * 2 + 12);
    assert.equal(vertices(drawn.byId, 'w3'), 12 * 2, 'w3 runs on from w2 and into valve link w5');
    // The hydrant branch (DN150) is not hidden by anything at C, nor at H.
    assert.equal(vertices(drawn.byId, 'w4'), 8 * 4);
  });

  test('leaves out elements without row ids or geometry, and refuses a row id given twice', async () => {
    const placed = placeNetwork(handDrawnPipes(EAST));
    const rowIds = { links: new Map([['s1', 1], ['w1', 2]]), nodes: new Map([['M1', 3], ['A', 4]]) };
    const source = createPipeMeshSource(placed, { toLocal, rowIds });
    assert.deepEqual((await source.summaries()).map((summary) => summary.id).sort(), [1, 2, 3]);
    assert.deepEqual(source.skipped, { 'no row id': 7 + 10, 'junction not drawn': 1 });
    const clash = createPipeMeshSource(placed, { toLocal, rowIds: { links: new Map([['s1', 1]]), nodes: new Map([['M1', 1]]) } });
    await assert.rejects(clash.summaries(), DataError);
  });
});
