import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { waitUntil } from '../../../../libs/testing/src';
import { layoutTicket, type PrintableTicket } from '../../src/domain/printing/ticket-layout';
import { encodeEscPos } from '../../src/printing/escpos';
import { printOverTcp, PrintError } from '../../src/printing/tcp-printer';

const ticket: PrintableTicket = {
  stationName: 'Küche',
  orderNumber: 117,
  source: 'pos',
  orderType: 'take_out',
  tableLabel: null,
  customerName: 'Jürgen Größmann',
  firedAt: new Date('2026-11-22T19:40:00Z'),
  items: [
    {
      quantity: 1,
      name: 'Überbackene Käsespätzle mit Röstzwiebeln und Bergkäse aus dem Allgäu',
      course: null,
      seat: null,
      modifiers: ['ohne Röstzwiebeln'],
      notes: 'Soße extra, heiß!',
      allergens: ['milk', 'gluten'],
    },
  ],
};

describe('printing a ticket on a network printer', () => {
  let printer: SimPrinter;
  const address = () => ({ host: '127.0.0.1', port: printer.port });
  const bytes = encodeEscPos(layoutTicket(ticket));
  const failure = (p: Promise<void>) =>
    p.then(
      () => 'printed',
      (e: unknown) => (e instanceof PrintError ? e.failure : String(e)),
    );

  beforeAll(async () => {
    printer = await startPrinterSimulator();
  });
  afterAll(() => printer.stop());
  afterEach(async () => {
    await printer.setMode('online');
    printer.reset();
  });

  it('when the printer is fine, then the ticket prints with its umlauts and its long name wrapped, and is cut', async () => {
    await printOverTcp(address(), bytes);

    await waitUntil(() => printer.receipts().length === 1, { what: 'the printed ticket' });
    const [printed] = printer.receipts();
    expect(printed!.cut).toBe(true);
    expect(printed!.lines.slice(0, 2).map((l) => l.trim())).toEqual(['KÜCHE', '#117 POS']);
    expect(printed!.lines).toContain('MITNAHME         Abholung: Jürgen Größmann');
    expect(printed!.text).toContain('1x Überbackene\n   Käsespätzle mit');
    expect(printed!.text).toContain('Allgäu');
    expect(printed!.lines).toContain('  + ohne Röstzwiebeln');
    expect(printed!.lines).toContain('  > Soße extra, heiß!');
  });

  it.each([
    ['out of paper', 'paper-out', 'paper-out'],
    ['switched off', 'off', 'unreachable'],
    ['dropping connections', 'refuse', 'dropped'],
    ['accepting and never answering', 'hang', 'no-answer'],
  ] as const)(
    'when the printer is %s, then printing fails as %s and nothing is printed',
    async (_what, mode, expected) => {
      await printer.setMode(mode);

      expect(await failure(printOverTcp(address(), bytes, 300))).toBe(expected);
      await printer.setMode('online');
      expect(printer.receipts()).toHaveLength(0);
    },
  );
});
