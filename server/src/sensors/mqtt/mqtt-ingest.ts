/**
 * Ingest over MQTT: subscribes to the SensorThings observation topics of a broker (embedded or
 * MQTT_URL) and stores what arrives through ingestObservations. Messages are gathered for a
 * few milliseconds and stored in one batch, so a sustained stream costs one
 * statement per batch, not per message. A payload that is not JSON, or not an observation,
 * is rejected and counted (source `mqtt`); the rest of its batch is kept. With several API
 * processes on one broker each stores what it receives; the unique (datastream, phenomenon
 * time) keeps one copy, so a message seen twice is stored once.
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { Knex } from 'knex';
import type { Logger } from '../../logger.ts';
import { ingestObservations, type IngestResult } from '../ingest/ingest-observations.ts';
import { datastreamOfTopic, OBSERVATION_TOPICS } from './mqtt-topics.ts';

export interface MqttIngestOptions {
  url: string;
  /** How long messages gather before they are stored, ms. */
  flushMs?: number;
  /** Store at once when this many observations are waiting. */
  maxBatch?: number;
  onObservations?: (result: IngestResult) => void | Promise<void>;
  logger?: Logger;
}

export const MQTT_INGEST_DEFAULTS = { flushMs: 20, maxBatch: 2000 } as const;

/** A running subscriber: counts so far, a way to wait for what is pending, and stop. */
export interface MqttIngest {
  counts: { messages: number; accepted: number; duplicates: number; rejected: number };
  /** Resolves when everything received so far is stored. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

/** Connects, subscribes, and resolves once the subscription is in place. */
export async function startMqttIngest(knex: Knex, options: MqttIngestOptions): Promise<MqttIngest> {
  const log = options.logger?.child({ module: 'mqtt-ingest' });
  const flushMs = options.flushMs ?? MQTT_INGEST_DEFAULTS.flushMs;
  const maxBatch = options.maxBatch ?? MQTT_INGEST_DEFAULTS.maxBatch;
  const client: MqttClient = await mqtt.connectAsync(options.url, { clientId: `cimtwin-ingest-${process.pid}-${Math.random().toString(16).slice(2, 8)}`, clean: true, reconnectPeriod: 1000 });
  const counts = { messages: 0, accepted: 0, duplicates: 0, rejected: 0 };
  let pending: { datastreamId?: number; item: unknown }[] = [];
  let invalid: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let storing: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    const refused = invalid;
    pending = [];
    invalid = [];
    storing = storing.then(async () => {
      try {
        // One statement for the whole batch: the topic's datastream goes into each item.
        const items = batch.map(({ datastreamId, item }) => (datastreamId !== undefined && item !== null && typeof item === 'object' && !Array.isArray(item) ? { ...item, Datastream: { '@iot.id': datastreamId } } : item));
        if (items.length > 0) {
          const result = await ingestObservations(knex, items, { source: 'mqtt' });
          counts.accepted += result.accepted.length;
          counts.duplicates += result.duplicates;
          counts.rejected += result.rejected.length;
          if (result.rejected.length > 0) log?.warn({ rejected: result.rejected.slice(0, 3) }, 'MQTT observations rejected');
          await options.onObservations?.(result);
        }
        if (refused.length > 0) {
          counts.rejected += refused.length;
          await knex.raw(
            `INSERT INTO sensor_ingest_counts (source, rejected, last_rejection) VALUES ('mqtt', ?, ?)
             ON CONFLICT (source) DO UPDATE SET rejected = sensor_ingest_counts.rejected + EXCLUDED.rejected, last_rejection = EXCLUDED.last_rejection, updated_at = now()`,
            [refused.length, refused[refused.length - 1]],
          );
        }
      } catch (error) {
        log?.error({ err: error }, 'storing MQTT observations failed');
      }
    });
  };

  client.on('message', (topic, payload) => {
    counts.messages++;
    const datastreamId = datastreamOfTopic(topic);
    if (datastreamId === undefined) return;
    let body: unknown;
    try {
      body = JSON.parse(payload.toString('utf8'));
    } catch {
      invalid.push(`${topic}: the payload is not JSON`);
      if (!timer) timer = setTimeout(flush, flushMs);
      return;
    }
    for (const item of Array.isArray(body) ? body : [body]) pending.push({ datastreamId: datastreamId ?? undefined, item });
    if (pending.length >= maxBatch) flush();
    else if (!timer) timer = setTimeout(flush, flushMs);
  });
  await client.subscribeAsync([...OBSERVATION_TOPICS], { qos: 1 });
  log?.info({ url: options.url.replace(/\/\/[^@/]*@/, '//***@') }, 'subscribed to SensorThings observation topics');
  return {
    counts,
    async drain() {
      if (pending.length > 0 || invalid.length > 0) flush();
      await storing;
    },
    async close() {
      if (pending.length > 0 || invalid.length > 0) flush();
      await storing;
      await client.endAsync();
    },
  };
}
