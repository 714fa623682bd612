import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../db/open-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { TilesetStorageDatabase } from './tileset-storage-database.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => (data ? new TextDecoder().decode(data) : undefined);

describe('tilesets in the database', () => {
  let db: Database;
  let storage: TilesetStorageDatabase;
  before(async () => {
    db = await openTestDatabase();
    storage = new TilesetStorageDatabase(db.knex);
    await db.knex('tilesets').insert({ id: 'pipes', layer_id: null, title: 'pipes', kind: 'network' });
  });
  after(async () => db?.close());

  async function publish(content: string): Promise<string> {
    const target = await storage.begin('pipes');
    await target.put('tileset.json', bytes(content));
    return target.commit();
  }

  test('a new version switches in one step, the previous stays readable when pinned, older ones go', async () => {
    const v1 = await publish('{"v":1}');
    const v2 = await publish('{"v":2}');
    assert.equal(await storage.version('pipes'), v2);
    assert.equal(text((await storage.get('pipes', 'tileset.json'))?.data), '{"v":2}');
    assert.equal(text((await storage.get('pipes', 'tileset.json', v1))?.data), '{"v":1}');
    const v3 = await publish('{"v":3}');
    assert.equal(text((await storage.get('pipes', 'tileset.json', v2))?.data), '{"v":2}');
    assert.equal(await storage.get('pipes', 'tileset.json', v1), undefined);
    const versions = (await db.knex('tileset_files').where({ tileset_id: 'pipes' }).distinct('version')).map((r) => r.version).sort();
    assert.deepEqual(versions, [v2, v3].sort());
  });

  test('publishing an unregistered tileset fails and leaves none of its files; remove takes everything', async () => {
    const target = await storage.begin('ghost');
    await target.put('tileset.json', bytes('{}'));
    await assert.rejects(target.commit(), /register tileset ghost before publishing it/);
    assert.equal((await db.knex('tileset_files').where({ tileset_id: 'ghost' }).count({ n: '*' }))[0].n, 0);
    await storage.remove('pipes');
    assert.equal(await storage.version('pipes'), undefined);
    assert.equal((await db.knex('tileset_files').where({ tileset_id: 'pipes' }).count({ n: '*' }))[0].n, 0);
  });
});
