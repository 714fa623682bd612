/**
 * A {@link TilesetStorage} in memory, for tests and previews: each commit swaps in a new map of
 * files, so readers see one version or the other.
 */
import type { TilesetEntry, TilesetStorage, TilesetTarget } from './tileset-storage.ts';

interface StoredVersion {
  version: string;
  files: Map<string, Uint8Array>;
}

/** In-memory tileset storage. */
export class TilesetStorageMemory implements TilesetStorage {
  private readonly tilesets = new Map<string, StoredVersion>();
  private counter = 0;

  /** Starts a new version; nothing is visible until `commit()`. */
  async begin(tilesetId: string): Promise<TilesetTarget> {
    const files = new Map<string, Uint8Array>();
    const version = String(++this.counter);
    let state: 'open' | 'committed' | 'aborted' = 'open';
    const assertOpen = (action: string): void => {
      if (state !== 'open') throw new Error(`tileset-storage-memory: cannot ${action}, the version was already ${state}`);
    };
    return {
      put: async (key, data) => {
        assertOpen('put');
        if (files.has(key)) throw new Error(`tileset-storage-memory: key "${key}" was already written in this version`);
        files.set(key, data);
      },
      commit: async () => {
        assertOpen('commit');
        state = 'committed';
        this.tilesets.set(tilesetId, { version, files });
        return version;
      },
      abort: async () => {
        if (state === 'open') state = 'aborted';
        files.clear();
      },
    };
  }

  /** Current version of a tileset. */
  async version(tilesetId: string): Promise<string | undefined> {
    return this.tilesets.get(tilesetId)?.version;
  }

  /** A file of the current version. */
  async get(tilesetId: string, key: string): Promise<TilesetEntry | undefined> {
    const data = this.tilesets.get(tilesetId)?.files.get(key);
    return data ? { key, data } : undefined;
  }

  /** Removes a tileset. */
  async remove(tilesetId: string): Promise<void> {
    this.tilesets.delete(tilesetId);
  }

  /** Keys of the current version, sorted; handy in tests. */
  listKeys(tilesetId: string): string[] {
    return Array.from(this.tilesets.get(tilesetId)?.files.keys() ?? []).sort();
  }
}
