import type { Money, ZReport } from '@brigade/contracts';

/** A thermal receipt printer's line at the usual font: 42 characters. */
export const WIDTH = 42;

const RULE = '-'.repeat(WIDTH);
const DOUBLE_RULE = '='.repeat(WIDTH);

/** 123456 → "1234.56", -5 → "-0.05": minor units as text, never through a float. */
export function amount(m: Money | number): string {
  const minor = typeof m === 'number' ? m : m.amountMinor;
  const abs = Math.abs(minor);
  const cents = String(abs % 100).padStart(2, '0');
  return `${minor < 0 ? '-' : ''}${Math.floor(abs / 100)}.${cents}`;
}

/** Label left, value right; a value that does not fit goes on its own line, right-aligned. */
function row(label: string, value: string | number = ''): string[] {
  const text = String(value);
  if (label.length + text.length + 1 <= WIDTH) {
    return [label + text.padStart(WIDTH - label.length)];
  }
  const labelLines = label.length <= WIDTH ? [label] : wrap(label);
  return [...labelLines, ...wrap(text).map((l) => l.padStart(WIDTH))];
}

/** Breaks text into lines of at most WIDTH, at spaces where it can. */
function wrap(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const room = WIDTH - indent.length;
    if (rest.length <= room) {
      lines.push(indent + rest);
      break;
    }
    const space = rest.lastIndexOf(' ', room);
    const cut = space > 0 ? space : room;
    lines.push(indent + rest.slice(0, cut));
    rest = rest.slice(cut).trim();
  }
  return lines;
}

const center = (text: string) =>
  text
    .padStart(Math.floor((WIDTH + text.length) / 2))
    .padEnd(WIDTH)
    .trimEnd();

const rate = (bps: number) => `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, '0')} %`;

/**
 * The report as a 42-column receipt, times local to the location. Every figure of the
 * JSON report is on it, so the paper copy can stand in for it in an audit.
 */
export function zReportText(report: ZReport, timeZone: string): string {
  const when = (iso: string) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const d = report.fiscalDay;
  const billNo = (b: { year: number; number: number } | null) =>
    b ? `${b.year}-${b.number}` : '-';
  const lines = [
    DOUBLE_RULE,
    center(report.final ? 'Z REPORT' : 'X REPORT (NOT FINAL)'),
    DOUBLE_RULE,
    ...row('Fiscal day', `#${d.number}`),
    ...row('Business date', d.businessDate),
    ...row('Location', d.locationId),
    ...row('Opened', when(d.openedAt)),
    ...row('  by', d.openedBy),
    ...(d.closedAt ? [...row('Closed', when(d.closedAt)), ...row('  by', d.closedBy ?? '')] : []),
    ...row('Amounts in', report.currency),
    RULE,
    ...row('Bills', report.bills.count),
    ...row('  numbers', `${billNo(report.bills.first)} .. ${billNo(report.bills.last)}`),
    RULE,
    'SALES BY TAX RATE',
    ...report.sales.byTaxRate.flatMap((t) => [
      ...row(`  ${rate(t.rateBps)} gross`, amount(t.gross)),
      ...row('           net', amount(t.net)),
      ...row('           tax', amount(t.tax)),
    ]),
    ...row('Sales gross', amount(report.sales.gross)),
    ...row('Sales net', amount(report.sales.net)),
    ...row('Tax', amount(report.sales.tax)),
    ...row('Discounts', amount(report.discounts)),
    ...row('Service charges', amount(report.serviceCharges)),
    RULE,
    'PAYMENTS',
    ...report.payments.flatMap((p) => [
      ...row(`  ${p.method} x${p.count}`, amount(p.amount)),
      ...row('    tips', amount(p.tips)),
    ]),
    'REFUNDS',
    ...report.refunds.flatMap((r) => row(`  ${r.method} x${r.count}`, amount(r.amount))),
    ...row('Tips', amount(report.tips)),
    RULE,
    'SALES BY CHANNEL',
    ...report.byChannel.flatMap((c) => row(`  ${c.channel}`, amount(c.gross))),
    ...row(`Voids x${report.voids.count}`, amount(report.voids.value)),
    ...row(`Comps x${report.comps.count}`, amount(report.comps.value)),
    ...report.registers.flatMap((r) => [
      RULE,
      ...wrap(`CASH ${r.registerName}${r.status === 'open' ? ' (open)' : ''}`),
      ...row('  Opening float', amount(r.openingFloat)),
      ...row('  Cash sales', amount(r.cashSales)),
      ...row('  Cash refunds', amount(r.cashRefunds)),
      ...row('  Cash in', amount(r.cashIn)),
      ...row('  Cash out', amount(r.cashOut)),
      ...row('  Safe drops', amount(r.safeDrops)),
      ...row('  Tips out', amount(r.tipsOut)),
      ...row('  Expected', amount(r.expected)),
      ...row('  Counted', r.counted ? amount(r.counted) : '-'),
      ...row('  Difference', r.difference ? amount(r.difference) : '-'),
      ...(r.differenceReason ? wrap(r.differenceReason, '  ') : []),
    ]),
    RULE,
    ...row('Cash difference', amount(report.cashDifference)),
    ...row(`Open bills x${report.openBills.count}`, amount(report.openBills.total)),
    DOUBLE_RULE,
    ...row('Printed', when(report.generatedAt)),
  ];
  return `${lines.join('\n')}\n`;
}
