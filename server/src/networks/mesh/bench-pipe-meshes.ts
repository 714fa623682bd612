// Quick timing of pipe meshing; not a test, nothing is asserted.
//   node --import tsx server/src/networks/mesh/bench-pipe-meshes.ts [segments] [--tile]
// Generates a grid water network (20,000 segments by default; DN100 to DN800, one size per
// street; every third pipe given a jog so there are bends to joint), places it in EPSG:4549 near Suzhou, then times the model frame,
// the summaries (planning) and loading every mesh in tile-sized batches, with vertex and
// triangle counts; the same again as a drainage network whose junctions are manholes. With
// --tile it also tiles the water network into memory.
import { TilesetStorageMemory, type ElementMesh } from '@cimtwin/tiler';
import { placeNetwork } from '../geometry/place-network.ts';
import { generateGridNetwork } from '../graph/generate-grid-network.ts';
import { createPipeMeshSource } from './create-pipe-mesh-source.ts';
import { localFrame, networkPlanCentre } from './local-frame.ts';
import { tilePipeNetwork } from './tile-pipe-network.ts';

const EPSG_4549 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const segments = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20_000);
const tile = process.argv.includes('--tile');

function network(drainage: boolean) {
  const grid = generateGridNetwork(segments);
  const sizes = [0.1, 0.2, 0.3, 0.6, 0.8];
  const at = new Map(grid.nodes.map((node) => [node.id, node]));
  grid.links.forEach((link, i) => {
    link.pipeType = drainage ? 'PS' : 'JS';
    link.pipeSubtype = drainage ? (i % 2 ? 'YS' : 'WS') : null;
    // One size per street: by the row of an east-west link, the column of a north-south one.
    const [a, b] = [at.get(link.from)!, at.get(link.to)!];
    const street = a.y === b.y ? a.y! : a.x! + 50;
    link.diameter = sizes[Math.round(street / 100) % sizes.length];
  });
  for (const node of grid.nodes) {
    node.x! += 520_000;
    node.y! += 3_450_000;
    node.pipeType = drainage ? 'PS' : 'JS';
    if (drainage && node.kind === 'junction') node.kind = 'manhole';
  }
  const byId = new Map(grid.nodes.map((node) => [node.id, node]));
  grid.links.forEach((link, i) => {
    if (i % 3 !== 0) return;
    const [a, b] = [byId.get(link.from)!, byId.get(link.to)!];
    const [dx, dy] = [b.x! - a.x!, b.y! - a.y!];
    const length = Math.hypot(dx, dy);
    link.vertices = [[(a.x! + b.x!) / 2 - (dy / length) * 5, (a.y! + b.y!) / 2 + (dx / length) * 5]];
  });
  return placeNetwork(grid);
}

async function measure(label: string, drainage: boolean): Promise<void> {
  const placed = network(drainage);
  const rowIds = { links: new Map(placed.links.map((link, i) => [link.id, i + 1])), nodes: new Map(placed.nodes.map((node, i) => [node.id, 1_000_000 + i])) };
  let started = performance.now();
  const frame = localFrame(EPSG_4549, networkPlanCentre(placed), 9.5);
  const frameMs = performance.now() - started;
  const source = createPipeMeshSource(placed, { toLocal: frame.toLocal, rowIds });
  started = performance.now();
  const summaries = await source.summaries();
  const summariesMs = performance.now() - started;
  started = performance.now();
  let vertices = 0;
  let triangles = 0;
  let largestBatchBytes = 0;
  for (let i = 0; i < summaries.length; i += 2000) {
    const meshes: ElementMesh[] = await source.load(summaries.slice(i, i + 2000).map((summary) => summary.id));
    let bytes = 0;
    for (const mesh of meshes) {
      for (const part of mesh.parts) {
        vertices += part.positions.length / 3;
        triangles += part.indices.length / 3;
        bytes += part.positions.byteLength + (part.normals?.byteLength ?? 0) + part.indices.byteLength;
      }
    }
    largestBatchBytes = Math.max(largestBatchBytes, bytes);
  }
  const loadMs = performance.now() - started;
  const summed = summaries.reduce((sum, summary) => sum + summary.vertexCount, 0);
  console.log(
    `${label}: ${placed.links.length} links, ${placed.nodes.length} nodes -> ${summaries.length} elements; ` +
      `frame ${frameMs.toFixed(1)} ms, summaries ${summariesMs.toFixed(0)} ms, load all ${loadMs.toFixed(0)} ms; ` +
      `${vertices.toLocaleString('en')} vertices (${(vertices / summaries.length).toFixed(1)} per element, summaries say ${summed.toLocaleString('en')}), ` +
      `${triangles.toLocaleString('en')} triangles; largest 2000-element batch ${(largestBatchBytes / 1048576).toFixed(1)} MB; skipped ${JSON.stringify(source.skipped)}`,
  );
  if (tile && !drainage) {
    const storage = new TilesetStorageMemory();
    started = performance.now();
    const { report } = await tilePipeNetwork(placed, await storage.begin('bench'), { crsDefinition: EPSG_4549, heightOffset: 9.5, rowIds });
    console.log(`${label} tiled: ${((performance.now() - started) / 1000).toFixed(1)} s, ${report.tiles} tiles, ${report.levels} levels, ${(report.bytes / 1048576).toFixed(1)} MB`);
  }
}

await measure('water (JS)', false);
await measure('drainage (PS, manholes)', true);
