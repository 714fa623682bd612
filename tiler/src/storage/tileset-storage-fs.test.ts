import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DataError } from '../data-error.ts';
import { TilesetStorageFs } from './tileset-storage-fs.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => (data ? new TextDecoder().decode(data) : undefined);

describe('TilesetStorageFs', () => {
  let root: string;
  let storage: TilesetStorageFs;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'tileset-storage-fs-'));
    storage = new TilesetStorageFs(root);
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('publishes nothing before commit, then the whole version', async () => {
    const target = await storage.begin('city');
    await target.put('tiles/0/0/0.glb', bytes('glb-1'));
    await target.put('tileset.json', bytes('{"v":1}'));
    assert.equal(await storage.version('city'), undefined);
    assert.equal(await storage.get('city', 'tileset.json'), undefined);
    const version = await target.commit();
    assert.equal(await storage.version('city'), version);
    assert.equal((await readFile(join(root, 'city', 'CURRENT'), 'utf8')).trim(), version);
    assert.equal(text((await storage.get('city', 'tiles/0/0/0.glb'))?.data), 'glb-1');
    assert.equal(await storage.get('city', 'tiles/9/9/9.glb'), undefined);
  });

  it('keeps the current version when a new one is aborted', async () => {
    const before = await storage.version('city');
    const target = await storage.begin('city');
    await target.put('tileset.json', bytes('{"v":"broken"}'));
    await target.abort();
    assert.equal(await storage.version('city'), before);
    assert.equal(text((await storage.get('city', 'tileset.json'))?.data), '{"v":1}');
    const entries = await readdir(join(root, 'city'));
    assert.deepEqual(entries.sort(), ['CURRENT', before!].sort(), 'the staging directory is gone');
    await assert.rejects(target.put('x.glb', bytes('late')), /already aborted/);
  });

  it('switches to a new version atomically, keeps the previous one for pinned readers, removes older ones', async () => {
    const old = await storage.version('city');
    const target = await storage.begin('city');
    await target.put('tileset.json', bytes('{"v":2}'));
    assert.equal(text((await storage.get('city', 'tileset.json'))?.data), '{"v":1}', 'old version served while writing');
    const version = await target.commit();
    assert.notEqual(version, old);
    assert.equal(text((await storage.get('city', 'tileset.json'))?.data), '{"v":2}');
    assert.equal(await storage.get('city', 'tiles/0/0/0.glb'), undefined, 'files only in the old version are not current');
    assert.equal(text((await storage.get('city', 'tileset.json', old))?.data), '{"v":1}', 'the previous version is still readable when pinned');
    assert.deepEqual((await readdir(join(root, 'city'))).sort(), ['CURRENT', old!, version].sort());
    const third = await storage.begin('city');
    await third.put('tileset.json', bytes('{"v":3}'));
    const newest = await third.commit();
    assert.deepEqual((await readdir(join(root, 'city'))).sort(), ['CURRENT', version, newest].sort(), 'versions older than the previous are removed');
    assert.equal(await storage.get('city', 'tileset.json', old), undefined);
    assert.equal(await storage.get('city', 'tileset.json', '../x'), undefined);
  });

  it('rejects unsafe keys and ids, and duplicate keys', async () => {
    const target = await storage.begin('roads');
    await assert.rejects(target.put('../escape.glb', bytes('x')), DataError);
    await assert.rejects(target.put('/abs.glb', bytes('x')), DataError);
    await assert.rejects(target.put('CURRENT', bytes('x')), DataError);
    await target.put('a.glb', bytes('x'));
    await assert.rejects(target.put('a.glb', bytes('y')), /already written/);
    await target.abort();
    await assert.rejects(storage.begin('../etc'), DataError);
    assert.equal(await storage.version('roads'), undefined);
  });

  it('removes a tileset with all versions', async () => {
    await storage.remove('city');
    assert.equal(await storage.version('city'), undefined);
  });
});
