import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';

export interface RunningServer {
  port: number;
  /** Stops accepting, lets requests in progress finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `port` (0 picks a free one, as tests do). */
export async function listen(
  app: express.Express,
  port: number,
  host = '0.0.0.0',
): Promise<RunningServer> {
  const server: Server = app.listen(port, host);
  server.keepAliveTimeout = 65_000;
  let closing = false;
  // While closing, a keep-alive connection is closed as soon as its last response is out.
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        closing = true;
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
