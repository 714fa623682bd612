/**
 * Where tilesets live. Modelled on 3d-tiles-tools' TilesetSource/TilesetTarget: a tiler writes
 * through a {@link TilesetTarget}, a server reads through a {@link TilesetSource}.
 *
 * Publishing is atomic: a target collects every file of one version, and only `commit()` makes
 * that version the current one. Readers see the old version or the new one, never half of one.
 */

/** One stored file of a tileset (tileset.json, a glb content, a subtree...). */
export interface TilesetEntry {
  /** Path relative to the tileset root, with forward slashes: `tileset.json`, `t/0/1/2.glb`. */
  key: string;
  data: Uint8Array;
}

/** A version of a tileset being written; nothing is visible to readers before `commit()`. */
export interface TilesetTarget {
  /** Adds one file to the pending version. Keys must be unique within a version. */
  put(key: string, data: Uint8Array): Promise<void>;
  /** Makes the pending version current, atomically, and returns its version string. */
  commit(): Promise<string>;
  /** Drops everything written so far; the current version stays as it was. */
  abort(): Promise<void>;
}

/** Read access to the current version of stored tilesets. */
export interface TilesetSource {
  /** Current version of a tileset, or undefined when it was never published. */
  version(tilesetId: string): Promise<string | undefined>;
  /**
   * A file of the current version (or of `version`, which stores keep at least until the next
   * publish after it), or undefined when there is no such file.
   */
  get(tilesetId: string, key: string, version?: string): Promise<TilesetEntry | undefined>;
}

/** A store that can both publish new versions and read the current one. */
export interface TilesetStorage extends TilesetSource {
  /** Starts writing a new version of `tilesetId`. */
  begin(tilesetId: string): Promise<TilesetTarget>;
  /** Removes a tileset with all its versions. */
  remove(tilesetId: string): Promise<void>;
}
