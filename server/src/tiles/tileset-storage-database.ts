import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { TilesetEntry, TilesetStorage, TilesetTarget } from '@cimtwin/tiler';

/** Files buffered before one multi-row insert. */
const FLUSH_BYTES = 4 * 1024 * 1024;

// bytea travels as base64 text (decode/encode in SQL): PGlite moves a binary or hex bytea
// parameter at about 5 MB/s and base64 text at 50-200 MB/s; a PostgreSQL server takes both.

/**
 * Tilesets in PostGIS beside their features (`tileset_files`), so every API process behind a
 * load balancer reads the same tiles. A version's files are inserted under a fresh version
 * id; `commit()` switches `tilesets.current_version` in one statement and deletes the old
 * version's files, so readers see the old tileset or the new one, never a mix.
 */
export class TilesetStorageDatabase implements TilesetStorage {
  constructor(private readonly knex: Knex) {}

  async version(tilesetId: string): Promise<string | undefined> {
    const row = await this.knex('tilesets').where({ id: tilesetId }).first('current_version');
    return row?.current_version ?? undefined;
  }

  async get(tilesetId: string, key: string, version?: string): Promise<TilesetEntry | undefined> {
    if (version !== undefined) {
      const row = await this.knex('tileset_files').where({ tileset_id: tilesetId, version, key }).first(this.knex.raw("encode(data, 'base64') AS data"));
      return row ? { key, data: fromBase64(row.data) } : undefined;
    }
    const row = await this.knex('tileset_files as f')
      .join('tilesets as t', function joinCurrent() {
        this.on('t.id', '=', 'f.tileset_id').andOn('t.current_version', '=', 'f.version');
      })
      .where({ 'f.tileset_id': tilesetId, 'f.key': key })
      .first(this.knex.raw("encode(f.data, 'base64') AS data"));
    return row ? { key, data: fromBase64(row.data) } : undefined;
  }

  async begin(tilesetId: string): Promise<TilesetTarget> {
    const knex = this.knex;
    const version = `${Date.now().toString(36)}-${crypto.randomBytes(4).toString('hex')}`;
    let pending: Array<[string, string, string, string]> = [];
    let pendingBytes = 0;
    let finished = false;
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const rows = pending;
      pending = [];
      pendingBytes = 0;
      await knex.raw(
        `INSERT INTO tileset_files (tileset_id, version, key, data) VALUES ${rows.map(() => "(?, ?, ?, decode(?, 'base64'))").join(', ')}`,
        rows.flat(),
      );
    };
    const discard = async (): Promise<void> => {
      await knex('tileset_files').where({ tileset_id: tilesetId, version }).delete();
    };
    return {
      async put(key, data) {
        if (finished) throw new Error(`tileset-storage: version ${version} of ${tilesetId} is already finished`);
        pending.push([tilesetId, version, key, Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')]);
        pendingBytes += data.byteLength;
        if (pendingBytes >= FLUSH_BYTES) await flush();
      },
      async commit() {
        if (finished) throw new Error(`tileset-storage: version ${version} of ${tilesetId} is already finished`);
        finished = true;
        try {
          await flush();
          // The switch is one statement, which also reads the version it replaces. That one
          // stays readable (by explicit version) for clients mid-way through it; older ones go.
          // Should the clean-up fail, it is redone by the next publication.
          const switched = await knex.raw(
            `UPDATE tilesets AS t SET current_version = ?, updated_at = CURRENT_TIMESTAMP
             FROM (SELECT id, current_version AS previous FROM tilesets WHERE id = ? FOR UPDATE) AS p
             WHERE t.id = p.id RETURNING p.previous`,
            [version, tilesetId],
          );
          if (switched.rows.length !== 1) throw new Error(`tileset-storage: register tileset ${tilesetId} before publishing it`);
          const keep = [version, switched.rows[0].previous].filter((v): v is string => typeof v === 'string');
          await knex('tileset_files').where({ tileset_id: tilesetId }).whereNotIn('version', keep).delete();
        } catch (error) {
          await discard();
          throw error;
        }
        return version;
      },
      async abort() {
        finished = true;
        pending = [];
        await discard();
      },
    };
  }

  async remove(tilesetId: string): Promise<void> {
    await this.knex.raw(
      `WITH files AS (DELETE FROM tileset_files WHERE tileset_id = ? RETURNING 1)
       DELETE FROM tilesets WHERE id = ?`,
      [tilesetId, tilesetId],
    );
  }
}

function fromBase64(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
