import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { EscPosDecoder, type Receipt, type StatusRequest } from './escpos-decoder';

/**
 * - `online`: prints and answers status requests as fine.
 * - `off`: the port is closed (connection refused), as a printer switched off.
 * - `paper-out`: accepts, reports the paper end (and offline), prints nothing.
 * - `refuse`: accepts and drops the connection at once.
 * - `hang`: accepts and reads, never answers and never closes.
 */
export type PrinterMode = 'online' | 'off' | 'paper-out' | 'refuse' | 'hang';

export interface SimPrinter {
  name: string;
  port: number;
  mode(): PrinterMode;
  setMode(mode: PrinterMode): Promise<void>;
  receipts(): Receipt[];
  /** Connections accepted so far. */
  connections(): number;
  reset(): void;
  stop(): Promise<void>;
}

// Epson TM real-time status bytes: bits 1 and 4 are always set.
const FIXED = 0x12;
const OFFLINE = 0x08;
const PAPER_NEAR_END = 0x0c;
const PAPER_END = 0x60;

/** A network kitchen printer on raw TCP (port 9100 on real ones), speaking ESC/POS. */
export async function startPrinterSimulator(
  options: { port?: number; host?: string; name?: string } = {},
): Promise<SimPrinter> {
  const host = options.host ?? '127.0.0.1';
  let mode: PrinterMode = 'online';
  let accepted = 0;
  const receipts: Receipt[] = [];
  const sockets = new Set<Socket>();

  const serve = (socket: Socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (mode === 'refuse') {
      socket.destroy();
      return;
    }
    const answer = (req: StatusRequest) => {
      if (mode === 'hang') return;
      socket.write(Buffer.from([statusByte(req, mode === 'paper-out')]));
    };
    const decoder = new EscPosDecoder((r) => {
      if (mode === 'online') receipts.push(r);
    }, answer);
    socket.on('data', (chunk: Buffer) => decoder.push(chunk));
    socket.on('end', () => {
      decoder.end();
      socket.end();
    });
  };

  let server: Server = createServer(serve);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  const port = await listen(options.port ?? 0);

  return {
    name: options.name ?? `printer-${port}`,
    port,
    mode: () => mode,
    async setMode(next) {
      if (next === mode) return;
      const wasOff = mode === 'off';
      mode = next;
      if (next === 'off') await close();
      else if (wasOff) {
        server = createServer(serve);
        await listen(port);
      }
    },
    receipts: () => [...receipts],
    connections: () => accepted,
    reset() {
      receipts.length = 0;
      accepted = 0;
    },
    stop: async () => {
      if (mode !== 'off') await close();
    },
  };
}

function statusByte(req: StatusRequest, paperOut: boolean): number {
  if (req.kind === 'gs-r') return paperOut ? PAPER_NEAR_END | 0x03 : 0x00;
  if (req.n === 1) return FIXED | (paperOut ? OFFLINE : 0);
  if (req.n === 2) return FIXED | (paperOut ? 0x20 : 0);
  if (req.n === 4) return FIXED | (paperOut ? PAPER_NEAR_END | PAPER_END : 0);
  return FIXED;
}
