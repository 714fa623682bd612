/**
 * Messages between convertIfc and its worker process (IPC with 'advanced' serialization, so
 * typed arrays travel as they are).
 */
import type { IfcElementMesh, IfcElementRecord, IfcModelSummary } from '../ifc-records.ts';
import type { BoundingBox } from './read-elements.ts';
import type { IdsCheckResult } from '../../review/ids/check-ids.ts';

/** Stages reported through progress messages. */
export type IfcConversionPhase = 'reading' | 'parsing' | 'geometry' | 'properties';

/** Parent → worker: what to convert. */
export interface WorkerStartMessage {
  kind: 'start';
  filePath: string;
  fileName: string;
  includeMeshes: boolean;
  /** Build geometry at all (off: element records only, without bounds or meshes). */
  includeGeometry: boolean;
  /** Property sets, materials, classifications and attributes; off for a geometry-only read. */
  includeProperties: boolean;
  maxInflatedBytes?: number;
}

/** Parent → worker: check the model against an IDS (buildingSMART IDS 1.0 XML). */
export interface WorkerCheckIdsMessage {
  kind: 'check-ids';
  filePath: string;
  fileName: string;
  idsXml: string;
  ignoreIfcVersion: boolean;
  maxInflatedBytes?: number;
}

/** Anything the parent may ask of a reader. */
export type WorkerRequest = WorkerStartMessage | WorkerCheckIdsMessage;

/** Worker → parent. */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; phase: IfcConversionPhase; fraction: number }
  | { kind: 'elements'; elements: IfcElementRecord[] }
  | { kind: 'meshes'; meshes: IfcElementMesh[] }
  /** Mesh bounds of every element with geometry, after the last meshes (element records carry none). */
  | { kind: 'bounds'; bounds: Array<[number, BoundingBox]> }
  | { kind: 'summary'; summary: IfcModelSummary }
  | { kind: 'ids-result'; result: IdsCheckResult }
  | { kind: 'error'; error: { name: string; message: string; status?: number } };
