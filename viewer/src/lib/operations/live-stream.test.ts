import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LiveStream, type LiveStreamHandlers, type LiveStreamStatus } from './live-stream.ts';

/** An event source driven by the test. */
class FakeSource extends EventTarget {
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  close(): void {
    this.closed = true;
  }
  send(kind: string, data: unknown, id?: number): void {
    this.dispatchEvent(new MessageEvent(kind, { data: JSON.stringify(data), lastEventId: id === undefined ? '' : String(id) }));
  }
}

function recorder() {
  const seen: string[] = [];
  const statuses: LiveStreamStatus[] = [];
  const handlers: LiveStreamHandlers = {
    observations: (data) => seen.push(`observations ${data.observations.length}`),
    alarm: (data) => seen.push(`alarm ${data.alarm.id} ${data.change}`),
    case: (data) => seen.push(`case ${data.id}`),
    reset: () => seen.push('reset'),
    ready: (lastId) => seen.push(`ready ${lastId}`),
    status: (status) => statuses.push(status),
  };
  return { seen, statuses, handlers };
}

test('events reach their handlers; ready opens the stream', () => {
  const sources: FakeSource[] = [];
  const { seen, statuses, handlers } = recorder();
  const stream = new LiveStream('http://host/api/live/stream', handlers, (url) => sources[sources.push(new FakeSource(url)) - 1]);
  stream.start();
  assert.equal(sources[0].url, 'http://host/api/live/stream');
  sources[0].send('ready', { lastId: 4 });
  sources[0].send('observations', { subject: 'http', time: '', observations: [{}, {}] }, 5);
  sources[0].send('alarm', { alarm: { id: '1-1' }, change: 'alarm-created' }, 6);
  sources[0].send('case', { id: 'C-1' }, 7);
  sources[0].send('reset', {});
  sources[0].dispatchEvent(new MessageEvent('alarm', { data: 'not json' }));
  assert.deepEqual(seen, ['ready 4', 'observations 2', 'alarm 1-1 alarm-created', 'case C-1', 'reset']);
  assert.deepEqual(statuses, ['connecting', 'open']);
  assert.equal(stream.lastEventId, 7);
  stream.close();
});

test('after an error a new source resumes after the last id seen, the one ready named if nothing came', async () => {
  const sources: FakeSource[] = [];
  const { statuses, handlers } = recorder();
  const stream = new LiveStream('http://host/api/live/stream', handlers, (url) => sources[sources.push(new FakeSource(url)) - 1], { reopenMs: 5 });
  stream.start();
  sources[0].send('ready', { lastId: 12 });
  sources[0].dispatchEvent(new Event('error'));
  assert.equal(sources[0].closed, true);
  assert.equal(stream.status, 'reconnecting');
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(sources.length, 2);
  assert.equal(new URL(sources[1].url).searchParams.get('after'), '12');
  sources[1].send('ready', { lastId: 12 });
  assert.deepEqual(statuses, ['connecting', 'open', 'reconnecting', 'open']);
  stream.close();
  assert.equal(sources[1].closed, true);
});
