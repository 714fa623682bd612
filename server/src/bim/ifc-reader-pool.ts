/**
 * IFC reader processes started ahead of need. Starting one costs about half a second on a
 * small server (Node, the reader's modules, web-ifc's wasm), more than reading a typical house
 * model; a service converting uploads should not pay it per model. The pool keeps `size` idle
 * readers started; each reads exactly one model and then exits, so a model never shares a
 * process (or a leak, or a crash) with another. Idle readers do not keep the parent alive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const WORKER_PATH = fileURLToPath(new URL('./ifc-worker.ts', import.meta.url));

/** Options of an {@link IfcReaderPool}. */
export interface IfcReaderPoolOptions {
  /** Idle readers kept started. */
  size: number;
  /** V8 heap limit of each reader, MB. */
  maxOldSpaceMb: number;
}

/** Defaults of {@link IfcReaderPool}: two readers where a model is read by two at once (see read-ifc-model.ts). */
export const IFC_READER_POOL_DEFAULTS: IfcReaderPoolOptions = { size: Math.min(2, os.availableParallelism()), maxOldSpaceMb: 4096 };

/** Starts one reader process (ifc-worker.ts) with an IPC channel and its stderr piped. */
export function startIfcReader(maxOldSpaceMb: number): ChildProcess {
  return fork(WORKER_PATH, [], {
    execArgv: ['--import', import.meta.resolve('tsx'), `--max-old-space-size=${maxOldSpaceMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/** Lets the parent exit while `reader` waits (or makes it hold the parent again). */
function holdParent(reader: ChildProcess, hold: boolean): void {
  const handles: Array<{ ref?: () => void; unref?: () => void } | null | undefined> = [reader, reader.channel, reader.stderr as never];
  for (const handle of handles) (hold ? handle?.ref : handle?.unref)?.call(handle);
}

/** A pool of started IFC reader processes, each used for one model. */
export class IfcReaderPool {
  private readonly options: IfcReaderPoolOptions;
  private idle: ChildProcess[] = [];
  /** Readers that have said they are ready. */
  private readonly ready = new WeakSet<ChildProcess>();
  private leases = 0;
  private closed = false;

  constructor(options: Partial<IfcReaderPoolOptions> = {}) {
    this.options = { ...IFC_READER_POOL_DEFAULTS, ...options };
  }

  /** Readers started and waiting for a model. */
  get idleReaders(): number {
    return this.idle.length;
  }

  /** A reader for one model: an idle one when its heap limit fits, else a new one. */
  take(maxOldSpaceMb = this.options.maxOldSpaceMb): ChildProcess {
    let reader: ChildProcess | undefined;
    if (maxOldSpaceMb === this.options.maxOldSpaceMb) {
      this.idle = this.idle.filter((r) => r.exitCode === null && r.signalCode === null && r.connected);
      reader = this.idle.shift();
    }
    if (reader) holdParent(reader, true);
    else reader = startIfcReader(maxOldSpaceMb);
    // Refill once this reader is done (and no lease holds the refill back): starting another
    // now would compete with it for the CPU.
    reader.once('exit', () => this.fill());
    return reader;
  }

  /**
   * Runs `work` (an import, say, that reads with readers and then stores and tiles) with the
   * refill held back until it is done, so replacement readers do not start, and warm up, while
   * the work still needs the CPU.
   */
  async lease<T>(work: () => Promise<T>): Promise<T> {
    this.leases++;
    try {
      return await work();
    } finally {
      this.leases--;
      // Starting processes takes a while; not on the caller's time.
      setImmediate(() => this.fill());
    }
  }

  /** Starts idle readers up to the pool size and waits until each is ready. */
  async warm(): Promise<void> {
    this.fill(true);
    await Promise.all(
      this.idle
        .filter((reader) => !this.ready.has(reader))
        .map(
          (reader) =>
            new Promise<void>((resolve) => {
              holdParent(reader, true);
              const done = () => {
                reader.off('message', onMessage);
                reader.off('exit', done);
                if (this.idle.includes(reader)) holdParent(reader, false);
                resolve();
              };
              const onMessage = (message: { kind?: string }) => message?.kind === 'ready' && done();
              reader.on('message', onMessage);
              reader.on('exit', done);
            }),
        ),
    );
  }

  /** Stops the idle readers; readers already taken finish their model. */
  close(): void {
    this.closed = true;
    for (const reader of this.idle) reader.kill();
    this.idle = [];
  }

  private fill(evenWhenLeased = false): void {
    if (this.closed || (this.leases > 0 && !evenWhenLeased)) return;
    while (this.idle.length < this.options.size) {
      const reader = startIfcReader(this.options.maxOldSpaceMb);
      // An idle reader that dies (killed by the system, say) simply leaves the pool.
      reader.on('exit', () => (this.idle = this.idle.filter((r) => r !== reader)));
      reader.on('error', () => undefined);
      const onReady = (message: { kind?: string }) => {
        if (message?.kind !== 'ready') return;
        this.ready.add(reader);
        reader.off('message', onReady);
      };
      reader.on('message', onReady);
      holdParent(reader, false);
      this.idle.push(reader);
    }
  }
}

let shared: IfcReaderPool | undefined;

/** The process-wide reader pool that {@link convertIfc} uses unless given another. */
export function sharedIfcReaderPool(): IfcReaderPool {
  shared ??= new IfcReaderPool();
  return shared;
}
