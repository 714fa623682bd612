/**
 * Converts one IFC model in a child process (ifc-worker.ts) so that web-ifc's wasm aborts and
 * out-of-memory kills cannot take the server down. The parent collects the streamed batches,
 * enforces a timeout, and turns every way the worker can die into a rejected promise naming
 * the model. The worker is always killed when the promise settles.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DataError } from '@cimtwin/schemas';
import { sharedIfcReaderPool, type IfcReaderPool } from './ifc-reader-pool.ts';
import { watchReaderOutput } from './watch-reader-output.ts';
import type { IfcConversion, IfcElementMesh, IfcElementRecord, IfcModelSummary } from './ifc-records.ts';
import type { IfcConversionPhase, WorkerMessage, WorkerStartMessage } from './lib/worker-messages.ts';

export type { IfcConversionPhase };

/** Options for {@link convertIfc}. */
export interface ConvertIfcOptions {
  /** Kill the worker after this many milliseconds. */
  timeoutMs?: number;
  /** V8 heap limit of the worker (web-ifc's wasm memory comes on top, up to 4 GiB). */
  maxOldSpaceMb?: number;
  /** Largest inflated .ifc accepted from an .ifczip, bytes (default 50 × zip size, at most 2 GiB). */
  maxInflatedBytes?: number;
  /** Send meshes at all (bounding boxes are computed either way). */
  includeMeshes?: boolean;
  /** Build geometry at all; off reads element records only, with no bounds, meshes or triangle counts. */
  includeGeometry?: boolean;
  /** Read property sets, materials, classifications and attributes (off: what tiles need only). */
  includeProperties?: boolean;
  /** Where reader processes come from (default: the process-wide pool, one kept started). */
  pool?: IfcReaderPool;
  onProgress?: (phase: IfcConversionPhase, fraction: number) => void;
  /** Receive element batches as they come; they are then not kept in the result. */
  onElements?: (elements: IfcElementRecord[]) => void | Promise<void>;
  /** Receive mesh batches as they come; they are then not kept in the result. */
  onMeshes?: (meshes: IfcElementMesh[]) => void | Promise<void>;
  /** Called with the worker once it is started (for tests and cancellation). */
  onWorker?: (worker: ChildProcess) => void;
}

/** Defaults of {@link convertIfc}. */
export const CONVERT_IFC_DEFAULTS = { timeoutMs: 10 * 60 * 1000, maxOldSpaceMb: 4096, includeMeshes: true, includeGeometry: true, includeProperties: true } as const;


/** Reads an .ifc or .ifczip file in a worker process and returns its elements, meshes and summary. */
export async function convertIfc(filePath: string, options: ConvertIfcOptions = {}): Promise<IfcConversion> {
  const fileName = path.basename(filePath);
  const stat = await fs.stat(filePath).catch((error: NodeJS.ErrnoException) => {
    throw new DataError(`ifc-import: cannot read ${fileName} (${error.code ?? error.message}); check the path`, { status: 404, cause: error });
  });
  if (!stat.isFile()) throw new DataError(`ifc-import: ${fileName} is not a file; give an .ifc or .ifczip file`);

  const timeoutMs = options.timeoutMs ?? CONVERT_IFC_DEFAULTS.timeoutMs;
  const maxOldSpaceMb = options.maxOldSpaceMb ?? CONVERT_IFC_DEFAULTS.maxOldSpaceMb;
  const worker = (options.pool ?? sharedIfcReaderPool()).take(maxOldSpaceMb);
  options.onWorker?.(worker);

  const output = watchReaderOutput(worker);

  const elements: IfcElementRecord[] = [];
  const meshes: IfcElementMesh[] = [];
  const bounds: IfcConversion['bounds'] = new Map();
  let summary: IfcModelSummary | null = null;
  let reported: Error | null = null;
  // Callbacks may be async; keep their order and surface their failures.
  let pending: Promise<void> = Promise.resolve();
  const enqueue = (work: () => void | Promise<void>) => {
    pending = pending.then(work).catch((error: unknown) => {
      reported ??= error instanceof Error ? error : new Error(String(error));
      worker.kill('SIGKILL');
    });
  };

  return new Promise<IfcConversion>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
      pending.then(() => {
        const failure = error ?? reported;
        if (failure) reject(failure);
        else if (!summary) reject(new Error(`ifc-import: the worker for ${fileName} ended without a result`));
        else {
          for (const element of elements) element.bbox = bounds.get(element.expressId) ?? element.bbox;
          resolve({ elements, bounds, meshes, summary });
        }
      });
    };
    const timer = setTimeout(() => {
      finish(new DataError(`ifc-import: converting ${fileName} took longer than ${timeoutMs} ms and was stopped; raise timeoutMs or simplify the model`, { status: 413 }));
    }, timeoutMs);

    worker.on('message', (message: WorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.phase, message.fraction);
          break;
        case 'elements':
          if (options.onElements) enqueue(() => options.onElements!(message.elements));
          else elements.push(...message.elements);
          break;
        case 'bounds':
          for (const [id, box] of message.bounds) bounds.set(id, box);
          break;
        case 'meshes':
          if (options.onMeshes) enqueue(() => options.onMeshes!(message.meshes));
          else meshes.push(...message.meshes);
          break;
        // The summary (or an error) is the worker's last word: settle now rather than wait for
        // the process to wind down (web-ifc's teardown takes a while); finish() kills it.
        case 'summary':
          summary = message.summary;
          finish(null);
          break;
        case 'error':
          reported ??=
            message.error.name === 'DataError' ? new DataError(message.error.message, { status: message.error.status }) : new Error(message.error.message);
          finish(null);
          break;
      }
    });
    const start: WorkerStartMessage = {
      kind: 'start',
      filePath: path.resolve(filePath),
      fileName,
      includeMeshes: options.includeMeshes ?? CONVERT_IFC_DEFAULTS.includeMeshes,
      includeGeometry: options.includeGeometry ?? CONVERT_IFC_DEFAULTS.includeGeometry,
      includeProperties: options.includeProperties ?? CONVERT_IFC_DEFAULTS.includeProperties,
      maxInflatedBytes: options.maxInflatedBytes,
    };
    worker.send(start);
    worker.on('error', (error) => finish(new Error(`ifc-import: the worker for ${fileName} failed (${error.message})`, { cause: error })));
    worker.on('exit', (code, signal) => {
      if (reported || (code === 0 && summary)) return finish(null);
      finish(output.describeCrash(fileName, code, signal, maxOldSpaceMb));
    });
  });
}
