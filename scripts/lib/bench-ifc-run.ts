// One measured run of `npm run bench -- ifc`, in its own process so that peak memory is the
// tool's own: `node --import tsx scripts/lib/bench-ifc-run.ts <tool> <file.ifc>` prints
// {"ms": ..., "detail": ...}. Tools: full, geometry, floor, fragments, xkt. Each tool first
// converts the same small built-in model, untimed, as a running service would have done
// something before: every tool then runs with its code loaded and compiled.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as WebIFC from 'web-ifc';
import { TilesetStorageMemory, tileMeshes } from '@cimtwin/tiler';
import { convertIfc } from '../../server/src/bim/convert-ifc.ts';
import { sharedIfcReaderPool } from '../../server/src/bim/ifc-reader-pool.ts';
import { BIM_METADATA_CLASS, createIfcMeshSource } from '../../server/src/bim/ifc-mesh-source.ts';
import { meshStoreOf } from '../../server/src/bim/mesh-spill-file.ts';
import { importIfcModel } from '../../server/src/bim/import-ifc-model.ts';
import { openDatabase } from '../../server/src/db/open-database.ts';
import { silentLogger } from '../../server/src/logger.ts';
import { TilesetStorageDatabase } from '../../server/src/tiles/tileset-storage-database.ts';

const require = createRequire(import.meta.url);
const WEB_IFC_DIR = `${path.dirname(require.resolve('web-ifc'))}/`;
const WARM_UP_MODEL = fileURLToPath(new URL('../../server/src/bim/warm-up/warm-up.ifc', import.meta.url));
const PLACEMENT = { origin: [121.5, 31.24, 0] as [number, number, number], rotationDeg: 0 };
const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -2850000, 4650000, 3300000, 1];

let database: { dataDir: string; db: Awaited<ReturnType<typeof openDatabase>> } | undefined;

async function full(file: string): Promise<{ ms: number; detail: string }> {
  if (!database) {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-ifc-'));
    database = { dataDir, db: await openDatabase({ dataDir, logger: silentLogger() }) };
  }
  await sharedIfcReaderPool().warm();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const result = await importIfcModel(database.db.knex, new TilesetStorageDatabase(database.db.knex), file, { placement: PLACEMENT, timeoutMs: 3_600_000 });
  const ms = performance.now() - started;
  clearInterval(sampler);
  const tiles = result.tilesets.reduce((n, t) => n + t.report.tiles, 0);
  const triangles = result.tilesets.reduce((n, t) => n + t.report.triangles, 0);
  return { ms, detail: `${result.elements} elements, ${tiles} tiles, ${triangles} triangles; importing process peak ${Math.round(peak / 1048576)} MB (database opening not timed)` };
}

async function geometry(file: string): Promise<{ ms: number; detail: string }> {
  await sharedIfcReaderPool().warm();
  const started = performance.now();
  const conversion = await convertIfc(file, { includeProperties: false });
  const rowIds = new Map(conversion.elements.map((e, i) => [e.expressId, i + 1]));
  const report = await tileMeshes(createIfcMeshSource(conversion.elements, meshStoreOf(conversion.meshes), rowIds, (e) => e.ifcClass !== 'IfcSpace'), await new TilesetStorageMemory().begin('m'), {
    modelToEcef: IDENTITY,
    metadataClass: BIM_METADATA_CLASS,
  });
  return { ms: performance.now() - started, detail: `${report.triangles} triangles in ${report.tiles} tiles` };
}

let floorApi: WebIFC.IfcAPI | undefined;

async function floor(file: string): Promise<{ ms: number; detail: string }> {
  if (!floorApi) {
    floorApi = new WebIFC.IfcAPI();
    floorApi.SetWasmPath(WEB_IFC_DIR, true);
    await floorApi.Init();
  }
  const api = floorApi;
  const started = performance.now();
  const model = api.OpenModel(new Uint8Array(await fs.readFile(file)));
  let triangles = 0;
  api.StreamAllMeshes(model, (mesh) => {
    for (let i = 0; i < mesh.geometries.size(); i++) {
      const geometry = api.GetGeometry(model, mesh.geometries.get(i).geometryExpressID);
      triangles += geometry.GetIndexDataSize() / 3;
      geometry.delete();
    }
  });
  api.CloseModel(model);
  return { ms: performance.now() - started, detail: `${triangles} triangles` };
}

async function fragments(file: string): Promise<{ ms: number; detail: string }> {
  const FRAGS = await import('@thatopen/fragments');
  const started = performance.now();
  const importer = new FRAGS.IfcImporter();
  importer.wasm = { absolute: true, path: WEB_IFC_DIR };
  const bytes = await importer.process({ bytes: new Uint8Array(await fs.readFile(file)) });
  return { ms: performance.now() - started, detail: `${bytes.byteLength} bytes of fragments` };
}

async function xkt(file: string): Promise<{ ms: number; detail: string }> {
  const { convert2xkt } = await import('@xeokit/xeokit-convert/src/convert2xkt.js');
  const XeokitWebIFC = require(path.join(path.dirname(require.resolve('@xeokit/xeokit-convert/src/index.js')), '../node_modules/web-ifc/web-ifc-api-node.js'));
  const started = performance.now();
  const output = path.join(os.tmpdir(), `cimtwin-bench-${process.pid}.xkt`);
  await convert2xkt({ WebIFC: XeokitWebIFC, source: file, output, log: () => {} });
  const size = (await fs.stat(output)).size;
  await fs.rm(output, { force: true });
  return { ms: performance.now() - started, detail: `${size} bytes of XKT` };
}

const TOOLS: Record<string, (file: string) => Promise<{ ms: number; detail: string }>> = { full, geometry, floor, fragments, xkt };
const [tool, file] = process.argv.slice(2);
await TOOLS[tool](WARM_UP_MODEL);
const timed = await TOOLS[tool](file);
console.log(JSON.stringify({ ms: Math.round(timed.ms), detail: timed.detail }));
process.exit(0);
