import { Socket } from 'node:net';
import type { PrinterAddress } from '../domain/printing/printer-address';

export type PrintFailure = 'unreachable' | 'paper-out' | 'offline' | 'no-answer' | 'dropped';

/** Why a print did not happen; every one of them is worth retrying later. */
export class PrintError extends Error {
  constructor(
    readonly failure: PrintFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PrintError';
  }
}

// DLE EOT n: real-time status. n = 1 printer, n = 4 paper roll sensor (Epson TM series).
const PRINTER_STATUS = Buffer.from([0x10, 0x04, 0x01]);
const PAPER_STATUS = Buffer.from([0x10, 0x04, 0x04]);
const OFFLINE = 0x08;
const PAPER_END = 0x60;

/**
 * Prints one document on a network printer (raw TCP, port 9100): asks the printer's status
 * first and prints nothing when it is offline or out of paper, sends the bytes, then asks
 * again, so success means the printer took them and was still fine after. A printer that
 * accepts and never answers fails after `timeoutMs`; the caller retries.
 */
export async function printOverTcp(
  address: PrinterAddress,
  bytes: Uint8Array,
  timeoutMs = 5_000,
): Promise<void> {
  const link = await PrinterLink.open(address, timeoutMs);
  try {
    await link.checkReady();
    await link.write(bytes);
    await link.checkReady();
  } finally {
    link.close();
  }
}

/** Asks a printer whether it could print now; throws a PrintError saying why not. */
export async function probePrinter(address: PrinterAddress, timeoutMs = 5_000): Promise<void> {
  const link = await PrinterLink.open(address, timeoutMs);
  try {
    await link.checkReady();
  } finally {
    link.close();
  }
}

class PrinterLink {
  private received: number[] = [];
  private waiter?: () => void;
  private closed?: PrintError;

  private constructor(
    private readonly socket: Socket,
    private readonly where: string,
    private readonly timeoutMs: number,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.received.push(...chunk);
      this.waiter?.();
    });
    socket.on('close', () => {
      this.closed ??= new PrintError('dropped', `${where} closed the connection`);
      this.waiter?.();
    });
    socket.on('error', () => undefined);
  }

  static open(address: PrinterAddress, timeoutMs: number): Promise<PrinterLink> {
    const where = `printer ${address.host}:${address.port}`;
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new PrintError('unreachable', `${where} did not accept a connection`));
      }, timeoutMs);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(new PrintError('unreachable', `${where}: ${err.message}`));
      });
      socket.connect(address.port, address.host, () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(new PrinterLink(socket, where, timeoutMs));
      });
    });
  }

  /** Paper first: a printer out of paper also says it is offline, and staff need the why. */
  async checkReady(): Promise<void> {
    const paper = await this.ask(PAPER_STATUS);
    if (paper & PAPER_END) throw new PrintError('paper-out', `${this.where} is out of paper`);
    const printer = await this.ask(PRINTER_STATUS);
    if (printer & OFFLINE) throw new PrintError('offline', `${this.where} is offline`);
  }

  write(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) =>
      this.socket.write(bytes, (err) =>
        err ? reject(new PrintError('dropped', `${this.where}: ${err.message}`)) : resolve(),
      ),
    );
  }

  close(): void {
    this.socket.destroy();
  }

  /** Sends a status request and waits for its one-byte answer. */
  private async ask(request: Buffer): Promise<number> {
    this.received = [];
    await this.write(request);
    const deadline = Date.now() + this.timeoutMs;
    while (this.received.length === 0) {
      if (this.closed) throw this.closed;
      const left = deadline - Date.now();
      if (left <= 0) throw new PrintError('no-answer', `${this.where} did not answer its status`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.received[0]!;
  }
}
