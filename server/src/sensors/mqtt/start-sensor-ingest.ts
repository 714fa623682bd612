import type { Knex } from 'knex';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { startEmbeddedBroker, type EmbeddedBroker } from './start-embedded-broker.ts';
import { startMqttIngest, type MqttIngest } from './mqtt-ingest.ts';

/**
 * MQTT for `cimtwin serve`: the broker of MQTT_URL, or else the embedded one on MQTT_PORT, and
 * the ingest subscribed to it. A port already taken (another cimtwin on this machine) leaves
 * this process without MQTT ingest, with a warning, rather than failing the server.
 */
export async function startSensorIngest(knex: Knex, config: Config, logger: Logger): Promise<{ close(): Promise<void> }> {
  let broker: EmbeddedBroker | undefined;
  let ingest: MqttIngest | undefined;
  try {
    let url = config.mqttUrl;
    if (!url) {
      broker = await startEmbeddedBroker({ port: config.mqttPort, host: config.host, logger });
      url = broker.url;
    }
    ingest = await startMqttIngest(knex, { url, logger });
  } catch (error) {
    logger.warn({ err: error }, `no MQTT ingest: ${(error as Error).message}; HTTP ingest works, set MQTT_URL or a free MQTT_PORT`);
  }
  return {
    async close() {
      await ingest?.close().catch(() => undefined);
      await broker?.close().catch(() => undefined);
    },
  };
}
