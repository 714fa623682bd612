import net from 'node:net';
import { Aedes } from 'aedes';
import type { Logger } from '../../logger.ts';

/** A running broker: its URL for clients, and how to stop it. */
export interface EmbeddedBroker {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the embedded MQTT broker (aedes) on `host:port` (port 0: any free one), for a
 * platform with no broker of its own; with MQTT_URL set the platform uses that broker instead.
 */
export async function startEmbeddedBroker(options: { port: number; host: string; logger?: Logger }): Promise<EmbeddedBroker> {
  const broker = await Aedes.createBroker();
  const log = options.logger?.child({ module: 'mqtt-broker' });
  broker.on('clientError', (client, error) => log?.debug({ client: client?.id, err: error }, 'MQTT client error'));
  const server = net.createServer(broker.handle as unknown as (socket: net.Socket) => void);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  log?.info({ port: address.port }, 'embedded MQTT broker listening');
  return {
    url: `mqtt://${host}:${address.port}`,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
