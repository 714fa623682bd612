/**
 * Child process that reads one IFC model with web-ifc and streams the results to its parent
 * (see convert-ifc.ts). It runs alone so that a wasm abort or an out-of-memory kill takes down
 * only this process. It loads web-ifc and its wasm as soon as it starts and says `ready`, so a
 * pool can keep it waiting (ifc-reader-pool.ts), warm from a few rounds on a small built-in
 * model (see warmUp); then it reads the one model it is sent. Phases: reading (file, unzip,
 * header check), parsing (web-ifc), properties (element records, sent first so the parent can
 * store them while meshing goes on), geometry (meshes in chunks, awaiting the IPC channel
 * between chunks, then every element's bounds).
 */
import fs from 'node:fs/promises';
import type { IfcAPI } from 'web-ifc';
import { DataError, isDataError } from '@cimtwin/schemas';
import { checkIfcHeader } from './check-ifc-header.ts';
import { looksLikeZip, unzipIfc } from './unzip-ifc.ts';
import type { IfcElementMesh, IfcElementRecord, IfcModelSummary, IfcStoreySummary } from './ifc-records.ts';
import { buildRelationIndex } from './lib/build-relation-index.ts';
import { listElementIds, readElements, type BoundingBox } from './lib/read-elements.ts';
import { readGeoreferenceInput } from './lib/read-georeference-input.ts';
import { readProjectUnits } from './lib/read-units.ts';
import { meshCandidates, streamElementMeshes } from './lib/stream-element-meshes.ts';
import { numberValue, stringValue } from './lib/ifc-values.ts';
import { WebIfc, WEB_IFC_WASM_DIR } from './lib/web-ifc.ts';
import type { IfcConversionPhase, WorkerCheckIdsMessage, WorkerMessage, WorkerRequest, WorkerStartMessage } from './lib/worker-messages.ts';

const MESH_CHUNK_ELEMENTS = 100;
const WARM_UP_MODEL = new URL('./warm-up/warm-up.ifc', import.meta.url);
const WARM_UP_ROUNDS = 12;
const MESH_BATCH_FLOATS = 2_000_000;
const ELEMENT_BATCH = 500;

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('ifc-worker must be started with an IPC channel'));
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

/** Where a conversion's messages go: the parent, or nowhere while warming up. */
type Emit = (message: WorkerMessage) => Promise<void>;

/** Reads the file (unzipping an .ifczip) and checks its header; returns the IFC bytes. */
async function readIfcBytes(start: { filePath: string; fileName: string; maxInflatedBytes?: number }): Promise<{ bytes: Uint8Array; schema: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(start.filePath));
  } catch (error) {
    throw new DataError(`ifc-import: cannot read ${start.fileName} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  if (/\.ifczip$/i.test(start.fileName) || looksLikeZip(bytes)) {
    bytes = unzipIfc(bytes, start.fileName, { maxInflatedBytes: start.maxInflatedBytes });
  }
  return { bytes, schema: checkIfcHeader(bytes, start.fileName).schema };
}

/** web-ifc with its wasm instantiated, started before the model arrives. */
async function startWebIfc(): Promise<IfcAPI> {
  const api = new WebIfc.IfcAPI();
  api.SetWasmPath(WEB_IFC_WASM_DIR, true);
  await api.Init(undefined, true);
  api.SetLogLevel(WebIfc.LogLevel.LOG_LEVEL_OFF);
  return api;
}

async function convert(start: WorkerStartMessage, api: IfcAPI): Promise<void> {
  await send({ kind: 'progress', phase: 'reading', fraction: 0 });
  const { bytes, schema } = await readIfcBytes(start);
  await convertBytes(api, bytes, schema, start, send);
}

/** Converts IFC bytes already read and checked, emitting elements, meshes, bounds and the summary. */
async function convertBytes(api: IfcAPI, bytes: Uint8Array, schema: string, start: Omit<WorkerStartMessage, 'kind' | 'filePath'>, emit: Emit): Promise<void> {
  await emit({ kind: 'progress', phase: 'parsing', fraction: 0 });
  const modelId = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false });
  if (modelId < 0) throw new DataError(`ifc-import: web-ifc cannot open ${start.fileName} (schema ${schema}); the file is damaged or not valid STEP`);
  try {
    if (api.GetAllLines(modelId).size() === 0) throw new DataError(`ifc-import: ${start.fileName} holds no IFC entities; export the model again`);
    await emitModel(api, modelId, schema, start, emit);
  } finally {
    api.CloseModel(modelId);
  }
}

/** Emits element records, then meshes, then bounds and the summary of an open model. */
async function emitModel(api: IfcAPI, modelId: number, schema: string, start: Omit<WorkerStartMessage, 'kind' | 'filePath'>, emit: Emit): Promise<void> {
  const progress = (phase: IfcConversionPhase, fraction: number) => emit({ kind: 'progress', phase, fraction: Math.max(0, Math.min(1, fraction)) });

  const units = readProjectUnits(api, modelId);
  const index = buildRelationIndex(api, modelId, { properties: start.includeProperties });
  const elementIds = listElementIds(api, modelId);
  const globalIds = new Map<number, string>();
  for (const id of elementIds) {
    const globalId = stringValue(api.GetLine(modelId, id).GlobalId);
    if (globalId) globalIds.set(id, globalId);
  }
  await progress('parsing', 1);

  const elementsPerClass: Record<string, number> = {};
  const storeys = new Map<string, IfcStoreySummary>();
  let elements: IfcElementRecord[] = [];
  let elementCount = 0;
  for (const element of readElements({ api, modelId, index, units, properties: start.includeProperties }, elementIds)) {
    elementsPerClass[element.ifcClass] = (elementsPerClass[element.ifcClass] ?? 0) + 1;
    if (element.ifcClass.toUpperCase() === 'IFCBUILDINGSTOREY' && !storeys.has(element.globalId)) {
      const elevation = storeyElevation(element.expressId, api, modelId, units.lengthScale);
      storeys.set(element.globalId, { globalId: element.globalId, name: element.name, elevation, elementCount: 0 });
    } else if (element.storey) {
      const storey = storeys.get(element.storey.globalId) ?? { ...element.storey, elementCount: 0 };
      storey.elementCount++;
      storeys.set(element.storey.globalId, storey);
    }
    elements.push(element);
    elementCount++;
    if (elements.length >= ELEMENT_BATCH) {
      await emit({ kind: 'elements', elements });
      elements = [];
      await progress('properties', elementCount / elementIds.length);
    }
  }
  if (elements.length) await emit({ kind: 'elements', elements });
  await progress('properties', 1);

  const bounds = new Map<number, BoundingBox>();
  const candidates = start.includeGeometry ? meshCandidates(api, modelId, elementIds) : [];
  let meshCount = 0;
  let triangleCount = 0;
  let batch: IfcElementMesh[] = [];
  let batchFloats = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const meshes = batch;
    batch = [];
    batchFloats = 0;
    await emit({ kind: 'meshes', meshes });
  };
  for (let offset = 0; offset < candidates.length; offset += MESH_CHUNK_ELEMENTS) {
    streamElementMeshes(api, modelId, candidates.slice(offset, offset + MESH_CHUNK_ELEMENTS), globalIds, (mesh, box) => {
      const previous = bounds.get(mesh.expressId);
      bounds.set(mesh.expressId, previous ? mergeBoxes(previous, box) : box);
      meshCount++;
      triangleCount += mesh.indices.length / 3;
      if (!start.includeMeshes) return;
      batch.push(mesh);
      batchFloats += mesh.positions.length * 2 + mesh.indices.length;
    });
    if (batchFloats >= MESH_BATCH_FLOATS) await flush();
    await progress('geometry', Math.min(1, (offset + MESH_CHUNK_ELEMENTS) / Math.max(1, candidates.length)));
  }
  await flush();
  await emit({ kind: 'bounds', bounds: [...bounds] });

  const summary: IfcModelSummary = {
    schema,
    lengthUnit: units.lengthUnit,
    lengthUnitScale: units.lengthScale,
    elementsPerClass,
    storeys: [...storeys.values()].sort((a, b) => (a.elevation ?? 0) - (b.elevation ?? 0)),
    elementCount,
    meshCount,
    triangleCount,
    georeferenceInput: readGeoreferenceInput(api, modelId, units),
  };
  await emit({ kind: 'summary', summary });
}

/** Checks the model against an IDS; the checker is loaded only when a check is asked for. */
async function checkIdsTask(request: WorkerCheckIdsMessage, api: IfcAPI): Promise<void> {
  const { parseIds, checkIds } = await import('../review/ids/index.ts');
  const ids = parseIds(request.idsXml);
  const { bytes, schema } = await readIfcBytes(request);
  const modelId = api.OpenModel(bytes, { COORDINATE_TO_ORIGIN: false });
  if (modelId < 0) throw new DataError(`review: web-ifc cannot open ${request.fileName} (schema ${schema}); the file is damaged or not valid STEP`);
  const result = checkIds(api, modelId, ids, { ignoreIfcVersion: request.ignoreIfcVersion });
  api.CloseModel(modelId);
  await send({ kind: 'ids-result', result });
}

function storeyElevation(expressId: number, api: IfcAPI, modelId: number, lengthScale: number): number | null {
  const elevation = numberValue(api.GetLine(modelId, expressId).Elevation);
  return elevation === null ? null : elevation * lengthScale;
}

function mergeBoxes(a: BoundingBox, b: BoundingBox): BoundingBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2]), Math.max(a[3], b[3]), Math.max(a[4], b[4]), Math.max(a[5], b[5])];
}

let finished = false;
// An orphaned worker (parent gone) stops instead of reading on for nobody.
process.on('disconnect', () => {
  if (!finished) process.exit(2);
});

/**
 * Runs the reader's whole path a few times on a small built-in model (walls with an opening and
 * a window, a slab, a space and a zone, property and quantity sets, materials, a classification,
 * styles), so that V8 has compiled and optimised this code, web-ifc's bindings and its wasm
 * geometry kernel before a real model arrives. A request arriving meanwhile ends the warm-up.
 */
async function warmUp(api: IfcAPI): Promise<void> {
  const bytes = new Uint8Array(await fs.readFile(WARM_UP_MODEL));
  const discard: Emit = async () => undefined;
  for (let round = 0; round < WARM_UP_ROUNDS && !requested; round++) {
    const options = { fileName: 'warm-up.ifc', includeMeshes: true, includeGeometry: round % 4 !== 2, includeProperties: round % 4 !== 3 };
    await convertBytes(api, bytes, 'IFC4', options, discard);
    // Let a request in before the next round.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

let requested = false;
const webIfc = startWebIfc();
webIfc
  .then((api) => warmUp(api).catch(() => undefined))
  .then(
    () => send({ kind: 'ready' }).catch(() => undefined),
    () => undefined,
  );

process.once('message', (message: WorkerRequest) => {
  requested = true;
  webIfc
    .then((api) => (message.kind === 'check-ids' ? checkIdsTask(message, api) : convert(message, api)))
    .catch(async (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      const reported = isDataError(failure)
        ? { name: 'DataError', message: failure.message, status: (failure as DataError).status }
        : { name: failure.name, message: `ifc-import: reading ${message.fileName} failed inside web-ifc (${failure.message})` };
      await send({ kind: 'error', error: reported }).catch(() => undefined);
    })
    .finally(() => {
      finished = true;
      process.disconnect?.();
    });
});
