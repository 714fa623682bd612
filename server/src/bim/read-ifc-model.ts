/**
 * Reads one model for import, in one reader process or two side by side. Element records with
 * their property sets and the meshes are independent reads of the same file: on a machine with
 * a core to spare, one reader reads the records (properties, materials, classifications) while
 * the other builds the geometry, which about halves the reading time of a typical model. Each
 * parses the file itself, so memory for the model is needed twice; a file over
 * {@link READ_IFC_MODEL_DEFAULTS.splitMaxBytes} (or under 1 MB, where starting the second read
 * costs more than it saves) is read by one process.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import { convertIfc, type ConvertIfcOptions } from './convert-ifc.ts';
import type { IfcConversion, IfcElementMesh, IfcElementRecord, IfcModelSummary } from './ifc-records.ts';

/** Options of {@link readIfcModel}. */
export interface ReadIfcModelOptions extends Pick<ConvertIfcOptions, 'timeoutMs' | 'maxOldSpaceMb' | 'onProgress' | 'pool'> {
  /** Full element records (with properties), in batches as they come. */
  onRecords: (records: IfcElementRecord[]) => void | Promise<void>;
  /** Meshes, in batches as they come. */
  onMeshes: (meshes: IfcElementMesh[]) => void | Promise<void>;
  /** Read with two processes when the file is small enough (default: when the machine has two cores). */
  split?: boolean;
}

/** Defaults of {@link readIfcModel}. */
export const READ_IFC_MODEL_DEFAULTS = {
  /** Below this a second process costs more than it saves. */
  splitMinBytes: 1048576,
  /** Above this the model's parse memory twice is too much to ask. */
  splitMaxBytes: 256 * 1048576,
} as const;

/** What reading gave besides the streamed records and meshes. */
export interface IfcModelRead {
  summary: IfcModelSummary;
  bounds: IfcConversion['bounds'];
}

/** Reads a model's records and meshes, streaming both; resolves with its summary and bounds. */
export async function readIfcModel(filePath: string, options: ReadIfcModelOptions): Promise<IfcModelRead> {
  const { onRecords, onMeshes, onProgress, split: wanted, ...limits } = options;
  const size = (await fs.stat(filePath)).size;
  const split = wanted ?? (os.availableParallelism() >= 2 && size >= READ_IFC_MODEL_DEFAULTS.splitMinBytes && size <= READ_IFC_MODEL_DEFAULTS.splitMaxBytes);
  if (!split) {
    const read = await convertIfc(filePath, { ...limits, onProgress, onElements: onRecords, onMeshes });
    return { summary: read.summary, bounds: read.bounds };
  }
  const readers: ChildProcess[] = [];
  const onWorker = (worker: ChildProcess) => readers.push(worker);
  try {
    const [records, geometry] = await Promise.all([
      convertIfc(filePath, {
        ...limits,
        onWorker,
        includeGeometry: false,
        onElements: onRecords,
        onProgress: (phase, fraction) => phase === 'properties' && onProgress?.(phase, fraction),
      }),
      // The geometry reader's own records carry no properties; only its meshes are wanted.
      convertIfc(filePath, {
        ...limits,
        onWorker,
        includeProperties: false,
        onElements: () => undefined,
        onMeshes,
        onProgress: (phase, fraction) => phase !== 'properties' && onProgress?.(phase, fraction),
      }),
    ]);
    return {
      summary: { ...records.summary, meshCount: geometry.summary.meshCount, triangleCount: geometry.summary.triangleCount },
      bounds: geometry.bounds,
    };
  } catch (error) {
    // One reader failed: the other has nothing left to do.
    for (const reader of readers) if (reader.exitCode === null && reader.signalCode === null) reader.kill('SIGKILL');
    throw error;
  }
}
