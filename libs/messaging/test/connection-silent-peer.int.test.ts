import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { waitUntil } from '../../testing/src';
import { AmqpConnection } from '../src';
import { log } from './support/thing-events';
import { within } from './support/within';

describe('AmqpConnection, against a peer that accepts TCP and never answers', () => {
  let server: Server;
  const sockets: Socket[] = [];
  let attempts = 0;

  beforeAll(async () => {
    server = createServer((socket) => {
      attempts++;
      sockets.push(socket);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });
  const url = () => `amqp://guest:guest@127.0.0.1:${(server.address() as AddressInfo).port}`;

  it('when an attempt hangs, then it times out and the connection tries again', async () => {
    const amqp = new AmqpConnection({
      url: url(),
      log,
      clientName: 'silent',
      connectTimeoutMs: 200,
      maxReconnectDelayMs: 50,
    });
    const before = attempts;

    amqp.start();
    await waitUntil(() => attempts - before >= 2, { timeoutMs: 5_000, what: 'a second attempt' });
    await amqp.close();

    expect(attempts - before).toBeGreaterThanOrEqual(2);
    expect(amqp.isConnected).toBe(false);
  });

  it('when closed while an attempt hangs, then close resolves at once', async () => {
    const amqp = new AmqpConnection({
      url: url(),
      log,
      clientName: 'silent',
      connectTimeoutMs: 60_000,
    });
    const before = attempts;
    amqp.start();
    await within(
      new Promise<void>((resolve) => server.once('connection', () => resolve())),
      5_000,
      'the attempt reaching the peer',
    );

    await expect(within(amqp.close(), 1_000, 'close')).resolves.toBeUndefined();

    expect(attempts - before).toBe(1);
  });
});
