import { Socket } from 'node:net';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { waitUntil } from '../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../src';

/** Sends bytes, collects what the printer answers, and closes when `expect` answers came. */
async function send(port: number, bytes: Uint8Array, expect = 0): Promise<number[]> {
  const socket = new Socket();
  const answers: number[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', resolve);
  });
  socket.on('data', (c: Buffer) => answers.push(...c));
  socket.write(bytes);
  if (expect) await waitUntil(() => answers.length >= expect, { what: 'the status answers' });
  socket.end();
  await new Promise((r) => socket.once('close', r));
  return answers;
}

const encoder = (page: 'cp858' | 'cp437' | 'cp850' | 'windows1252') =>
  new ReceiptPrinterEncoder({ language: 'esc-pos', columns: 42 }).initialize().codepage(page);

describe('the ESC/POS printer simulator', () => {
  let printer: SimPrinter;

  beforeAll(async () => {
    printer = await startPrinterSimulator({ name: 'grill' });
  });
  afterAll(() => printer.stop());
  afterEach(async () => {
    await printer.setMode('online');
    printer.reset();
  });

  it.each(['cp858', 'cp850', 'cp437', 'windows1252'] as const)(
    'decodes German umlauts and ß printed in %s',
    async (page) => {
      const line = '2x Käsespätzle, Grüße an Jürgen: Soße ÄÖÜ';
      await send(printer.port, encoder(page).line(line).cut().encode());

      await waitUntil(() => printer.receipts().length === 1, { what: 'the receipt' });
      expect(printer.receipts()[0]).toMatchObject({ lines: [line], cut: true });
    },
  );

  it('prints the euro in PC858, keeps long lines, and one cut ends each of two receipts on one connection', async () => {
    const long = `Wiener Schnitzel ${'sehr '.repeat(12)}lang`;
    const bytes = encoder('cp858')
      .line('3,50 €')
      .bold(true)
      .size(2, 2)
      .line('TISCH 7')
      .size(1, 1)
      .bold(false)
      .text(long)
      .newline()
      .cut()
      .line('Zweiter Bon')
      .cut('partial')
      .encode();

    await send(printer.port, bytes);

    await waitUntil(() => printer.receipts().length === 2, { what: 'two receipts' });
    const [first, second] = printer.receipts();
    expect(first!.lines[0]).toBe('3,50 €');
    expect(first!.lines[1]).toBe('TISCH 7');
    expect(first!.text.replace(/\n/g, ' ')).toContain('sehr sehr');
    expect(first!.codePage).toBe(19);
    expect(second!.lines).toEqual(['Zweiter Bon']);
  });

  it('answers status requests as fine when online, paper end and offline when out of paper, and prints nothing then', async () => {
    const status = Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x04]);
    const fine = await send(printer.port, status, 2);
    await printer.setMode('paper-out');
    const empty = await send(
      printer.port,
      Buffer.concat([status, encoder('cp858').line('lost?').cut().encode()]),
      2,
    );

    expect(fine).toEqual([0x12, 0x12]);
    expect(empty[0]! & 0x08).toBe(0x08);
    expect(empty[1]! & 0x60).toBe(0x60);
    expect(printer.receipts()).toHaveLength(0);
  });

  it('when switched off refuses connections, and takes them again on the same port when back', async () => {
    await printer.setMode('off');
    const refused = await send(printer.port, Buffer.from([0x0a])).catch((e: Error) => e);
    await printer.setMode('online');
    await send(printer.port, encoder('cp858').line('wieder da').cut().encode());

    expect((refused as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
    await waitUntil(() => printer.receipts().length === 1, { what: 'the receipt after' });
  });

  it('when refusing drops each connection before it answers anything', async () => {
    await printer.setMode('refuse');
    const dropped = await send(printer.port, Buffer.from([0x10, 0x04, 0x01]));
    expect(dropped).toEqual([]);
    expect(printer.connections()).toBe(1);
  });
});
