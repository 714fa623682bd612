import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DebouncedRequest } from './debounced-request.ts';

/** A request that answers `answer:{input}` after `latencyMs`, recording what was sent and what was aborted. */
function slowEcho(latencyMs: number) {
  const sent: string[] = [];
  const aborted: string[] = [];
  const run = (input: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      sent.push(input);
      const timer = setTimeout(() => resolve(`answer:${input}`), latencyMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        aborted.push(input);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  return { run, sent, aborted };
}

test('typing fast sends only the last text, after the pause', async () => {
  const echo = slowEcho(5);
  const requests = new DebouncedRequest(echo.run, 30);
  const answers = Promise.all(['z', 'zs', 'zsd'].map((text) => requests.schedule(text)));
  assert.deepEqual(echo.sent, [], 'nothing is sent before the pause');
  assert.deepEqual(await answers, [undefined, undefined, 'answer:zsd']);
  assert.deepEqual(echo.sent, ['zsd']);
});

test('a newer request aborts the one still running; its answer never arrives', async () => {
  const echo = slowEcho(60);
  const requests = new DebouncedRequest(echo.run, 5);
  const first = requests.schedule('中山');
  await sleep(25);
  assert.deepEqual(echo.sent, ['中山']);
  const second = requests.schedule('中山东一路');
  assert.equal(await first, undefined);
  assert.equal(await second, 'answer:中山东一路');
  assert.deepEqual(echo.aborted, ['中山']);
});

test('now sends at once; cancel drops the waiting request and aborts the running one', async () => {
  const echo = slowEcho(20);
  const requests = new DebouncedRequest(echo.run, 1000);
  const waiting = requests.schedule('a');
  assert.equal(await requests.now('b'), 'answer:b');
  assert.equal(await waiting, undefined);
  const running = requests.now('c');
  requests.cancel();
  assert.equal(await running, undefined);
  assert.deepEqual(echo.sent, ['b', 'c']);
  assert.deepEqual(echo.aborted, ['c']);
});

test('a failed request rejects with its error', async () => {
  const requests = new DebouncedRequest(async () => {
    throw new Error('GET addresses/search failed with 400: q is empty');
  }, 1);
  await assert.rejects(requests.schedule(''), /q is empty/);
});
