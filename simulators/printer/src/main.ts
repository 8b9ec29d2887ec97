import { createServer } from 'node:http';
import { env, loadConfig } from '@brigade/core';
import { z } from 'zod';
import { startPrinterSimulator, type PrinterMode, type SimPrinter } from './printer';

const config = loadConfig(
  z.object({
    /** One simulated printer per port. */
    PRINTER_PORTS: z
      .string()
      .default('9101,9102,9103')
      .transform((v) => v.split(',').map((p) => Number(p.trim()))),
    /** Plain HTTP: what each printer printed, and its mode to change. */
    PORT: env.port(4010),
  }),
);
const MODES: PrinterMode[] = ['online', 'off', 'paper-out', 'refuse', 'hang'];

/**
 * The kitchen printers `npm start` runs. `GET /printers`, `GET /printers/:port/receipts`,
 * `POST /printers/:port/mode` with `{"mode":"off"}`.
 */
async function main(): Promise<void> {
  const printers = new Map<number, SimPrinter>();
  for (const port of config.PRINTER_PORTS) {
    printers.set(port, await startPrinterSimulator({ port }));
  }
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const control = createServer((req, res) => {
    const [, first, port, what] = (req.url ?? '').split('/');
    const printer = printers.get(Number(port));
    if (req.method === 'GET' && first === 'readyz') return json(res, 200, { status: 'ready' });
    if (req.method === 'GET' && first === 'printers' && !port) {
      return json(
        res,
        200,
        [...printers.values()].map((p) => ({
          port: p.port,
          mode: p.mode(),
          printed: p.receipts().length,
        })),
      );
    }
    if (!printer) return json(res, 404, { error: 'no such printer' });
    if (req.method === 'GET' && what === 'receipts') return json(res, 200, printer.receipts());
    if (req.method === 'POST' && what === 'mode') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const mode = (JSON.parse(body || '{}') as { mode?: PrinterMode }).mode;
        if (!mode || !MODES.includes(mode))
          return json(res, 400, { error: `mode: one of ${MODES.join(', ')}` });
        void printer.setMode(mode).then(() => json(res, 200, { port: printer.port, mode }));
      });
      return;
    }
    json(res, 404, { error: 'not found' });
  });
  control.listen(config.PORT, '127.0.0.1', () =>
    console.log(
      JSON.stringify({
        level: 30,
        msg: 'printer simulator listening',
        printers: config.PRINTER_PORTS,
        control: config.PORT,
      }),
    ),
  );
  const stop = () => {
    control.close();
    void Promise.all([...printers.values()].map((p) => p.stop())).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(`printer simulator failed: ${(err as Error).message}`);
  process.exit(1);
});
