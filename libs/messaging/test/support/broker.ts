import { AmqpConnection, declareExchanges, Publisher, type TopologyNames } from '../../src';
import { log } from './thing-events';

/** Test runs only: queues and exchanges vanish after the run. */
export const EXPIRES_MS = 15 * 60_000;
/** Reconnect attempts of test connections come at most this far apart. */
export const MAX_RECONNECT_DELAY_MS = 200;

/** An `AmqpConnection` set up as a service sets it up: exchanges declared on every connect. */
export function newConnection(url: string, names: TopologyNames): AmqpConnection {
  const amqp = new AmqpConnection({
    url,
    log,
    clientName: 'messaging-test',
    minReconnectDelayMs: 50,
    maxReconnectDelayMs: MAX_RECONNECT_DELAY_MS,
  });
  void amqp.onConnected(async (conn) => {
    const ch = await conn.createChannel();
    await declareExchanges(ch, names, EXPIRES_MS);
    await ch.close();
  });
  return amqp;
}

/** A connected publisher, as one service process has. */
export async function connectPublisher(
  url: string,
  names: TopologyNames,
): Promise<{ amqp: AmqpConnection; publisher: Publisher }> {
  const amqp = newConnection(url, names);
  const publisher = new Publisher(amqp, log);
  amqp.start();
  await amqp.waitUntilConnected();
  return { amqp, publisher };
}
