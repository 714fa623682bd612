/**
 * What a reader process says on stderr, kept to explain its death: the tail of the output, and
 * whether V8 or the wasm ran out of memory (V8 prints the cause first and a long stack after
 * it, so the cause is remembered before it scrolls out of the tail).
 */
import type { ChildProcess } from 'node:child_process';
import { DataError } from '@cimtwin/schemas';

const STDERR_TAIL = 2000;
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Cannot allocate memory|Out of memory|OOM/i;

/** Watches a reader's stderr; `describeCrash` turns what it saw into an error naming the model. */
export function watchReaderOutput(reader: ChildProcess): {
  describeCrash(fileName: string, code: number | null, signal: NodeJS.Signals | null, maxOldSpaceMb: number): Error;
} {
  let stderr = '';
  let outOfMemory = false;
  reader.stderr?.on('data', (chunk: Buffer) => {
    if (OUT_OF_MEMORY.test(stderr.slice(-200) + chunk.toString())) outOfMemory = true;
    stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL);
  });
  return {
    describeCrash(fileName, code, signal, maxOldSpaceMb) {
      if (outOfMemory) {
        return new DataError(
          `ifc-import: reading ${fileName} ran out of memory (heap limit ${maxOldSpaceMb} MB); raise maxOldSpaceMb or split the model`,
          { status: 413 },
        );
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const detail = stderr.trim().split('\n').slice(-3).join(' | ');
      return new Error(`ifc-import: the worker reading ${fileName} ${how}${detail ? ` (${detail})` : ''}`);
    },
  };
}
