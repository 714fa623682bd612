/**
 * A {@link TilesetStorage} in a directory:
 *
 *   <root>/<tilesetId>/CURRENT            the current version string
 *   <root>/<tilesetId>/<version>/...      the files of a published version
 *   <root>/<tilesetId>/.staging-<version>/ a version being written
 *
 * A target writes into its staging directory; `commit()` renames it to `<version>` and then
 * replaces CURRENT by writing a temporary file and renaming it over (rename is atomic on one
 * file system), so a reader sees the old version or the new one, never a mix. Versions other
 * than the new one are removed afterwards; staging directories of concurrent writers are left
 * alone. `abort()` removes the staging directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DataError } from '../data-error.ts';
import type { TilesetEntry, TilesetStorage, TilesetTarget } from './tileset-storage.ts';

const CURRENT = 'CURRENT';
const STAGING_PREFIX = '.staging-';
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Directory-backed tileset storage with atomic publishing. */
export class TilesetStorageFs implements TilesetStorage {
  /** @param root - directory holding one subdirectory per tileset; created on first write */
  constructor(readonly root: string) {}

  /** Starts a new version of `tilesetId` in a staging directory. */
  async begin(tilesetId: string): Promise<TilesetTarget> {
    const tilesetDir = this.tilesetDir(tilesetId);
    const version = createVersion();
    const stagingDir = join(tilesetDir, STAGING_PREFIX + version);
    await mkdir(stagingDir, { recursive: true });
    return new TilesetTargetFs(tilesetDir, stagingDir, version);
  }

  /** Current version of a tileset, or undefined when none was committed. */
  async version(tilesetId: string): Promise<string | undefined> {
    try {
      const version = (await readFile(join(this.tilesetDir(tilesetId), CURRENT), 'utf8')).trim();
      return version || undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** A file of the current version (or of a pinned `version` still kept), or undefined. */
  async get(tilesetId: string, key: string, pinned?: string): Promise<TilesetEntry | undefined> {
    if (pinned !== undefined && (!SAFE_SEGMENT.test(pinned) || pinned.startsWith(STAGING_PREFIX))) return undefined;
    const version = pinned ?? (await this.version(tilesetId));
    if (!version) return undefined;
    checkKey(key);
    try {
      const data = await readFile(join(this.tilesetDir(tilesetId), version, key));
      return { key, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
    } catch (error) {
      if (isNotFound(error) || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    }
  }

  /** Removes a tileset with every version. */
  async remove(tilesetId: string): Promise<void> {
    await rm(this.tilesetDir(tilesetId), { recursive: true, force: true });
  }

  private tilesetDir(tilesetId: string): string {
    if (!SAFE_SEGMENT.test(tilesetId) || tilesetId.startsWith(STAGING_PREFIX)) {
      throw new DataError(`tileset-storage-fs: tileset id "${tilesetId}" must be letters, digits, "_", "-" or "."`);
    }
    return join(this.root, tilesetId);
  }
}

/** One version being written by {@link TilesetStorageFs}. */
class TilesetTargetFs implements TilesetTarget {
  private readonly keys = new Set<string>();
  private state: 'open' | 'committed' | 'aborted' = 'open';

  constructor(
    private readonly tilesetDir: string,
    private readonly stagingDir: string,
    private readonly versionName: string,
  ) {}

  async put(key: string, data: Uint8Array): Promise<void> {
    this.assertOpen('put');
    checkKey(key);
    if (this.keys.has(key)) throw new Error(`tileset-storage-fs: key "${key}" was already written in this version`);
    this.keys.add(key);
    const path = join(this.stagingDir, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }

  async commit(): Promise<string> {
    this.assertOpen('commit');
    this.state = 'committed';
    const versionDir = join(this.tilesetDir, this.versionName);
    const previous = await readFile(join(this.tilesetDir, CURRENT), 'utf8').then((text) => text.trim(), () => undefined);
    await rename(this.stagingDir, versionDir);
    const pointer = join(this.tilesetDir, `${STAGING_PREFIX}${this.versionName}.${CURRENT}`);
    await writeFile(pointer, `${this.versionName}\n`);
    await rename(pointer, join(this.tilesetDir, CURRENT));
    await removeOldVersions(this.tilesetDir, this.versionName, previous);
    return this.versionName;
  }

  async abort(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'aborted';
    await rm(this.stagingDir, { recursive: true, force: true });
  }

  private assertOpen(action: string): void {
    if (this.state !== 'open') throw new Error(`tileset-storage-fs: cannot ${action}, the version was already ${this.state}`);
  }
}

async function removeOldVersions(tilesetDir: string, committed: string, previous: string | undefined): Promise<void> {
  // Re-read CURRENT: a concurrent writer may have committed after us, and its version must stay.
  // The previous version stays too, for clients that pinned it (`?v=`) while it was current.
  const current = (await readFile(join(tilesetDir, CURRENT), 'utf8')).trim();
  const keep = new Set([committed, current, previous]);
  const entries = await readdir(tilesetDir, { withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && !keep.has(entry.name) && !entry.name.startsWith(STAGING_PREFIX))
      .map((entry) => rm(join(tilesetDir, entry.name), { recursive: true, force: true })),
  );
}

/** Sortable by creation time, unique across concurrent writers. */
function createVersion(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;
}

function checkKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || !segments.every((segment) => SAFE_SEGMENT.test(segment)) || segments[0] === CURRENT) {
    throw new DataError(`tileset-storage-fs: key "${key}" must be a relative path of letters, digits, "_", "-" and "."`);
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
