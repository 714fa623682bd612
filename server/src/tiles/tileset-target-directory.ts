import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TilesetTarget } from '@cimtwin/tiler';

/**
 * A plain tileset directory (`DIR/tileset.json`, `DIR/tiles/...`), as `cimtwin tile --out DIR`
 * writes it for any 3D Tiles client or static host. Files go to a sibling staging directory
 * that replaces DIR on commit, so DIR is never half written.
 */
export function createDirectoryTarget(dir: string): TilesetTarget {
  const root = path.resolve(dir);
  const staging = `${root}.staging-${crypto.randomBytes(4).toString('hex')}`;
  return {
    async put(key, data) {
      const file = path.join(staging, key);
      if (!file.startsWith(staging + path.sep)) throw new Error(`tileset-target: key ${key} leaves the tileset directory`);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, data);
    },
    async commit() {
      const old = `${root}.old-${crypto.randomBytes(4).toString('hex')}`;
      const exists = await fs.stat(root).then(() => true, () => false);
      if (exists) await fs.rename(root, old);
      await fs.rename(staging, root);
      if (exists) await fs.rm(old, { recursive: true, force: true });
      return path.basename(root);
    },
    async abort() {
      await fs.rm(staging, { recursive: true, force: true });
    },
  };
}
