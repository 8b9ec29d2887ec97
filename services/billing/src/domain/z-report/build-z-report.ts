import type { Channel, ZReport } from '@brigade/contracts';
import { largestRemainder } from '../bills/largest-remainder';
import type { FiscalDay } from '../fiscal-days/fiscal-day';
import { expectedCash, type CashFlows, type RegisterSession } from '../registers/register';
import { billGrossByRate } from './bill-gross-by-rate';
import type { DayBill, DayOrderLine, MethodTotals, RefundTotals } from './z-figures';

export interface ZReportInput {
  day: FiscalDay;
  bills: DayBill[];
  orderLines: DayOrderLine[];
  payments: MethodTotals[];
  refunds: RefundTotals[];
  sessions: { session: RegisterSession; registerName: string; flows: CashFlows }[];
}

function add<K>(into: Map<K, number>, key: K, amount: number): void {
  into.set(key, (into.get(key) ?? 0) + amount);
}
const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

/** The day's report from its figures; `final` once the day is closed. Pure arithmetic. */
export function buildZReport(input: ZReportInput, generatedAt: Date, final: boolean): ZReport {
  const { day, bills } = input;
  const currency = bills[0]?.currency ?? input.payments[0]?.currency ?? 'EUR';
  const money = (amountMinor: number) => ({ amountMinor, currency });

  const grossByRate = new Map<number, number>();
  const taxByRate = new Map<number, number>();
  const byChannel = new Map<string, number>();
  for (const bill of bills) {
    for (const [rate, gross] of billGrossByRate(bill)) add(grossByRate, rate, gross);
    for (const [rate, tax] of bill.taxByRate) add(taxByRate, rate, tax);
    for (const [channel, gross] of channelsOf(bill)) add(byChannel, channel, gross);
  }
  const rates = [...new Set([...grossByRate.keys(), ...taxByRate.keys()])].sort((a, b) => a - b);
  const byTaxRate = rates.map((rateBps) => {
    const gross = grossByRate.get(rateBps) ?? 0;
    const tax = taxByRate.get(rateBps) ?? 0;
    return { rateBps, gross: money(gross), net: money(gross - tax), tax: money(tax) };
  });
  const grossTotal = sum(bills.map((b) => b.totalMinor));
  const taxTotal = sum([...taxByRate.values()]);
  const voids = input.orderLines.filter((l) => l.status === 'cancelled');
  const comps = input.orderLines.filter((l) => l.status === 'active' && l.comped);
  const registers = input.sessions.map(({ session: s, registerName, flows }) => {
    const expected = s.expectedMinor ?? expectedCash(flows);
    return {
      sessionId: s.id,
      registerId: s.registerId,
      registerName,
      status: s.status,
      openingFloat: money(flows.openingFloatMinor),
      cashSales: money(flows.cashSalesMinor),
      cashRefunds: money(flows.cashRefundsMinor),
      cashIn: money(flows.movements.cash_in),
      cashOut: money(flows.movements.cash_out),
      safeDrops: money(flows.movements.safe_drop),
      tipsOut: money(flows.movements.tips_out),
      expected: money(expected),
      counted: s.countedMinor === null ? null : money(s.countedMinor),
      difference: s.differenceMinor === null ? null : money(s.differenceMinor),
      differenceReason: s.differenceReason,
    };
  });
  const open = bills.filter((b) => b.status === 'open');
  return {
    final,
    fiscalDay: {
      id: day.id,
      number: day.number,
      locationId: day.locationId,
      businessDate: day.businessDate,
      openedAt: day.openedAt.toISOString(),
      openedBy: day.openedBy,
      closedAt: day.closedAt?.toISOString() ?? null,
      closedBy: day.closedBy,
    },
    generatedAt: generatedAt.toISOString(),
    currency,
    bills: {
      count: bills.length,
      first: bills[0] ? { year: bills[0].year, number: bills[0].number } : null,
      last: bills.at(-1) ? { year: bills.at(-1)!.year, number: bills.at(-1)!.number } : null,
    },
    sales: {
      gross: money(grossTotal),
      net: money(grossTotal - taxTotal),
      tax: money(taxTotal),
      byTaxRate,
    },
    discounts: money(sum(bills.map((b) => b.discountMinor))),
    serviceCharges: money(sum(bills.map((b) => b.serviceChargeMinor))),
    payments: input.payments.map((p) => ({
      method: p.method,
      count: p.count,
      amount: money(p.amountMinor),
      tips: money(p.tipsMinor),
    })),
    refunds: input.refunds.map((r) => ({
      method: r.method,
      count: r.count,
      amount: money(r.amountMinor),
    })),
    tips: money(sum(input.payments.map((p) => p.tipsMinor))),
    byChannel: [...byChannel]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([channel, gross]) => ({ channel: channel as Channel, gross: money(gross) })),
    voids: { count: voids.length, value: money(sum(voids.map((l) => l.totalMinor))) },
    comps: { count: comps.length, value: money(sum(comps.map((l) => l.totalMinor))) },
    registers,
    cashDifference: money(sum(registers.map((r) => r.difference?.amountMinor ?? 0))),
    openBills: { count: open.length, total: money(sum(open.map((b) => b.totalMinor))) },
  };
}

/**
 * A bill's total shared over the channels its lines came through, in proportion to the
 * lines' amounts, so the channels add up to the sales. A line the order view lost counts
 * as `pos`, where staff would have rung it up.
 */
function channelsOf(bill: DayBill): Map<string, number> {
  const weights = new Map<string, number>();
  for (const line of bill.lines) add(weights, line.source ?? 'pos', line.amountMinor);
  const shares = new Map<string, number>();
  if (sum([...weights.values()]) === 0) return shares;
  const parts = largestRemainder(bill.totalMinor, [...weights.values()]);
  [...weights.keys()].forEach((channel, i) => shares.set(channel, parts[i]!));
  return shares;
}
