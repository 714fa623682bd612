/**
 * Runs an IDS check in an IFC reader process (see bim/ifc-worker.ts), for the same reason models
 * are converted there: web-ifc's wasm may abort or run out of memory on a hostile file, and that
 * must fail the review, not the server. The IDS is validated here first, so an invalid IDS is
 * rejected before any reader starts.
 */
import path from 'node:path';
import { DataError } from '@cimtwin/schemas';
import { sharedIfcReaderPool, type IfcReaderPool } from '../bim/ifc-reader-pool.ts';
import type { WorkerCheckIdsMessage, WorkerMessage } from '../bim/lib/worker-messages.ts';
import { watchReaderOutput } from '../bim/watch-reader-output.ts';
import type { IdsCheckResult } from './ids/check-ids.ts';

/** Options of {@link checkIdsInReader}. */
export interface CheckIdsInReaderOptions {
  /** Shown in messages instead of the file's own name (e.g. the uploaded name). */
  fileName?: string;
  timeoutMs?: number;
  maxOldSpaceMb?: number;
  /**
   * Check specifications whatever IFC versions they list (as buildingSMART's own test cases
   * and IfcOpenShell's ifctester do); off, a specification for other schemas is not applicable.
   */
  ignoreIfcVersion?: boolean;
  pool?: IfcReaderPool;
}

/** Defaults of {@link checkIdsInReader}. */
export const CHECK_IDS_IN_READER_DEFAULTS = { timeoutMs: 10 * 60 * 1000, maxOldSpaceMb: 4096, ignoreIfcVersion: false } as const;

/** Checks the IFC (or IFCZIP) file at `filePath` against an IDS already validated by the caller. */
export function checkIdsInReader(filePath: string, idsXml: string, options: CheckIdsInReaderOptions = {}): Promise<IdsCheckResult> {
  const fileName = options.fileName ?? path.basename(filePath);
  const timeoutMs = options.timeoutMs ?? CHECK_IDS_IN_READER_DEFAULTS.timeoutMs;
  const maxOldSpaceMb = options.maxOldSpaceMb ?? CHECK_IDS_IN_READER_DEFAULTS.maxOldSpaceMb;
  const reader = (options.pool ?? sharedIfcReaderPool()).take(maxOldSpaceMb);
  const output = watchReaderOutput(reader);
  return new Promise<IdsCheckResult>((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | null, result?: IdsCheckResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (reader.exitCode === null && reader.signalCode === null) reader.kill('SIGKILL');
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(
      () => settle(new DataError(`review: checking ${fileName} took longer than ${timeoutMs} ms and was stopped`, { status: 413 })),
      timeoutMs,
    );
    reader.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ids-result') settle(null, message.result);
      else if (message.kind === 'error') {
        const text = message.error.message.replace(/^ifc-import: /, 'review: ');
        settle(message.error.name === 'DataError' ? new DataError(text, { status: message.error.status }) : new Error(text));
      }
    });
    reader.on('error', (error) => settle(new Error(`review: the reader for ${fileName} failed (${error.message})`, { cause: error })));
    reader.on('exit', (code, signal) => settle(output.describeCrash(fileName, code, signal, maxOldSpaceMb)));
    const request: WorkerCheckIdsMessage = {
      kind: 'check-ids',
      filePath: path.resolve(filePath),
      fileName,
      idsXml,
      ignoreIfcVersion: options.ignoreIfcVersion ?? CHECK_IDS_IN_READER_DEFAULTS.ignoreIfcVersion,
    };
    reader.send(request);
  });
}
