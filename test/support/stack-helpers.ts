import { Client } from 'pg';
import { BusProbe, waitUntil, type TestEnv } from '../../libs/testing/src';
import { call } from './http-client';

/** Waits until kitchen shows a ticket for every order id, and returns how many tickets each has. */
export async function ticketsPerOrder(
  kitchenUrl: string,
  orderIds: string[],
  headers: Record<string, string>,
  timeoutMs = 30_000,
) {
  const counts = new Map<string, number>();
  await waitUntil(
    async () => {
      for (const id of orderIds) {
        if ((counts.get(id) ?? 0) > 0) continue;
        const res = await call('GET', `${kitchenUrl}/v1/tickets?orderId=${id}`, undefined, headers);
        counts.set(id, res.body.items.length);
      }
      return orderIds.every((id) => (counts.get(id) ?? 0) > 0);
    },
    { timeoutMs, intervalMs: 100, what: `tickets for ${orderIds.length} orders` },
  );
  return counts;
}

/** A pg client for a database, closed by the caller. */
export async function sqlClient(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * Resolves once each queue (named without the run's prefix) has a consumer: a service
 * answers before its consumers are subscribed, and what is published before that misses it.
 */
export async function consumersReady(env: TestEnv, ...queues: string[]): Promise<void> {
  const bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  try {
    for (const queue of queues) await bus.consumed(`${env.amqpPrefix}${queue}`);
  } finally {
    await bus.stop();
  }
}
