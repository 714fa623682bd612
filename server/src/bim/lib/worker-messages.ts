/**
 * Messages between convertIfc and its worker process (IPC with 'advanced' serialization, so
 * typed arrays travel as they are).
 */
import type { IfcElementMesh, IfcElementRecord, IfcModelSummary } from '../ifc-records.ts';
import type { BoundingBox } from './read-elements.ts';

/** Stages reported through progress messages. */
export type IfcConversionPhase = 'reading' | 'parsing' | 'geometry' | 'properties';

/** Parent → worker: what to convert. */
export interface WorkerStartMessage {
  kind: 'start';
  filePath: string;
  fileName: string;
  includeMeshes: boolean;
  /** Property sets, materials, classifications and attributes; off for a geometry-only read. */
  includeProperties: boolean;
  maxInflatedBytes?: number;
}

/** Worker → parent. */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; phase: IfcConversionPhase; fraction: number }
  | { kind: 'elements'; elements: IfcElementRecord[] }
  | { kind: 'meshes'; meshes: IfcElementMesh[] }
  /** Mesh bounds of every element with geometry, after the last meshes (element records carry none). */
  | { kind: 'bounds'; bounds: Array<[number, BoundingBox]> }
  | { kind: 'summary'; summary: IfcModelSummary }
  | { kind: 'error'; error: { name: string; message: string; status?: number } };
