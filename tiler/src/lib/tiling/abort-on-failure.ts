import type { TilesetTarget } from '../../storage/tileset-storage.ts';
import type { TilingLogger } from '../../tiling-options.ts';

/** A logger that writes nothing. */
export const SILENT_LOGGER: TilingLogger = { debug() {}, info() {}, warn() {} };

/**
 * Runs one tiling into `target`; on any failure aborts the target (so readers keep the
 * previous version) and rethrows the original error.
 */
export async function abortOnFailure<T>(target: TilesetTarget, logger: TilingLogger | undefined, stage: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    try {
      await target.abort();
    } catch (abortError) {
      (logger ?? SILENT_LOGGER).warn({ err: abortError }, `${stage}: abort failed after an error`);
    }
    throw error;
  }
}
