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
export async function listen(app: express.Express, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const server: Server = app.listen(port, host);
  server.keepAliveTimeout = 65_000;
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
