import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat or pager hook for the console's alerts: keeps every POST it receives. */
export interface AlertReceiver {
  url: string;
  received: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startAlertReceiver(): Promise<AlertReceiver> {
  const received: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`,
    received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
