import type { ZReport } from '@brigade/contracts';
import { amount, WIDTH, zReportText } from './z-report-text';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const aReport = (over: Partial<ZReport> = {}): ZReport => ({
  final: true,
  fiscalDay: {
    id: '01934f6e-0030-7a00-8b00-000000000030',
    number: 7,
    locationId: '01934f6e-0002-7a00-8b00-000000000002',
    businessDate: '2024-11-20',
    openedAt: '2024-11-20T08:00:00.000Z',
    openedBy: 'user:01934f6e-0015-7a00-8b00-000000000015',
    closedAt: '2024-11-20T23:30:00.000Z',
    closedBy: 'user:01934f6e-0015-7a00-8b00-000000000015',
  },
  generatedAt: '2024-11-20T23:30:00.000Z',
  currency: 'EUR',
  bills: { count: 2, first: { year: 2024, number: 9 }, last: { year: 2024, number: 10 } },
  sales: {
    gross: eur(123_456),
    net: eur(103_745),
    tax: eur(19_711),
    byTaxRate: [{ rateBps: 1900, gross: eur(123_456), net: eur(103_745), tax: eur(19_711) }],
  },
  discounts: eur(0),
  serviceCharges: eur(0),
  payments: [{ method: 'cash', count: 2, amount: eur(123_456), tips: eur(500) }],
  refunds: [],
  tips: eur(500),
  byChannel: [{ channel: 'pos', gross: eur(123_456) }],
  voids: { count: 0, value: eur(0) },
  comps: { count: 0, value: eur(0) },
  registers: [
    {
      sessionId: '01934f6e-0040-7a00-8b00-000000000040',
      registerId: '01934f6e-0041-7a00-8b00-000000000041',
      registerName: 'The long bar by the window in the back room',
      status: 'closed',
      openingFloat: eur(10_000),
      cashSales: eur(123_956),
      cashRefunds: eur(0),
      cashIn: eur(0),
      cashOut: eur(0),
      safeDrops: eur(0),
      tipsOut: eur(0),
      expected: eur(133_956),
      counted: eur(133_951),
      difference: eur(-5),
      differenceReason:
        'A five cent coin fell behind the espresso machine and could not be reached before closing',
    },
  ],
  cashDifference: eur(-5),
  openBills: { count: 0, total: eur(0) },
  ...over,
});

describe('zReportText', () => {
  it('when names and reasons are long, then no line is wider than the paper', () => {
    const lines = zReportText(aReport(), 'Europe/Berlin').trimEnd().split('\n');

    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(WIDTH);
    expect(lines).toContain(`Sales gross${'1234.56'.padStart(WIDTH - 11)}`);
    expect(lines).toContain(`  Difference${'-0.05'.padStart(WIDTH - 12)}`);
    expect(lines).toContain(`Closed${'2024-11-21 00:30'.padStart(WIDTH - 6)}`);
  });

  it('when the day is open, then the receipt says it is not final', () => {
    expect(zReportText(aReport({ final: false }), 'UTC')).toContain('X REPORT (NOT FINAL)');
  });
});

describe('amount', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [123_456, '1234.56'],
    [-100, '-1.00'],
  ])('%i minor units read %s', (minor, text) => {
    expect(amount(minor)).toBe(text);
  });
});
