// The load of `npm run bench -- sensors`, in its own process as real clients are:
// `node --import tsx scripts/lib/bench-sensors-client.ts <json>` with {api, mqtt, mode: 'mqtt'|'http',
// datastreams, rate, seconds}. It listens to the live stream like a viewer, sends observations at
// `rate` per second for `seconds` (each observation's phenomenon time is its send time, so the
// latency to the stream is read off the event), waits for the stream to carry them all (or 20 s of
// silence), and prints {sent, received, p50, p95, p99, max, achievedRate}.
import mqtt from 'mqtt';

const options = JSON.parse(process.argv[2]) as { api: string; mqtt: string; mode: 'mqtt' | 'http'; datastreams: number[]; rate: number; seconds: number; batch: number };
const latencies: number[] = [];
const expected = new Set<string>();

const controller = new AbortController();
const response = await fetch(`${options.api}/api/live/stream?kinds=observations`, { signal: controller.signal });
const reader = response.body!.getReader();
const decoder = new TextDecoder();
let ready: () => void;
const isReady = new Promise<void>((resolve) => (ready = resolve));
let lastReceipt = Date.now();
(async () => {
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.includes('event: ready')) ready();
      const data = /^data: (.*)$/m.exec(block);
      if (!data || !block.includes('event: observations')) continue;
      const now = performance.timeOrigin + performance.now();
      for (const o of JSON.parse(data[1]).observations as { datastreamId: number; phenomenonTime: string }[]) {
        const key = `${o.datastreamId}|${o.phenomenonTime}`;
        if (!expected.delete(key)) continue;
        latencies.push(now - Date.parse(o.phenomenonTime));
        lastReceipt = Date.now();
      }
    }
  }
})();
await isReady;

const client = options.mode === 'mqtt' ? await mqtt.connectAsync(options.mqtt) : undefined;
const lastTime = new Map<number, number>();
let sent = 0;
let cursor = 0;
const started = performance.now();
const tickMs = 10;
let pending: Promise<unknown>[] = [];
const held: { id: number; time: number; value: number }[] = [];
function postBatch(slice: { id: number; time: number; value: number }[]): Promise<unknown> {
  const byDatastream = new Map<number, [string, number][]>();
  for (const o of slice) (byDatastream.get(o.id) ?? byDatastream.set(o.id, []).get(o.id)!).push([new Date(o.time).toISOString(), o.value]);
  const body = [...byDatastream].map(([id, rows]) => ({ Datastream: { '@iot.id': id }, components: ['phenomenonTime', 'result'], dataArray: rows }));
  return fetch(`${options.api}/api/sensorthings/v1.1/CreateObservations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.arrayBuffer());
}

while (performance.now() - started < options.seconds * 1000) {
  const due = Math.floor(((performance.now() - started) / 1000) * options.rate) - sent;
  const group: { id: number; time: number; value: number }[] = [];
  for (let i = 0; i < due; i++) {
    const id = options.datastreams[cursor++ % options.datastreams.length];
    // Whole milliseconds, strictly later than this datastream's last one.
    const time = Math.max(Math.floor(performance.timeOrigin + performance.now()), (lastTime.get(id) ?? 0) + 1);
    lastTime.set(id, time);
    group.push({ id, time, value: Math.round(Math.random() * 300) / 10 });
    expected.add(`${id}|${new Date(time).toISOString()}`);
  }
  sent += group.length;
  if (!client) {
    // An HTTP gateway sends full batches; the rest waits for the next tick.
    held.push(...group);
    group.length = 0;
    while (held.length >= options.batch) group.push(...held.splice(0, options.batch));
  }
  if (client) {
    for (const o of group) client.publish(`v1.1/Datastreams(${o.id})/Observations`, JSON.stringify({ phenomenonTime: new Date(o.time).toISOString(), result: o.value }), { qos: 0 });
  } else {
    for (let i = 0; i < group.length; i += options.batch) pending.push(postBatch(group.slice(i, i + options.batch)));
    if (pending.length > 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await new Promise((resolve) => setTimeout(resolve, tickMs));
}
for (let i = 0; i < held.length; i += options.batch) pending.push(postBatch(held.slice(i, i + options.batch)));
const sendSeconds = (performance.now() - started) / 1000;
await Promise.all(pending);
lastReceipt = Date.now();
while (expected.size > 0 && Date.now() - lastReceipt < 20_000) await new Promise((resolve) => setTimeout(resolve, 50));
controller.abort();
await client?.endAsync();
latencies.sort((a, b) => a - b);
const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
console.log(JSON.stringify({ sent, received: latencies.length, sendSeconds, achievedRate: sent / sendSeconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(latencies[latencies.length - 1] ?? NaN) }));
process.exit(0);
