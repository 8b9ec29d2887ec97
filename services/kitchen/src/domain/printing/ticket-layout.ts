import type { OrderType } from '@brigade/contracts';

/** What a kitchen printer needs of a ticket, whatever the ticket model around it. */
export interface PrintableTicket {
  stationName: string;
  orderNumber: number;
  /** QR, POS, PHONE, UBER EATS…: the cooks see at a glance where it came from. */
  source: string;
  orderType: OrderType;
  tableLabel: string | null;
  customerName: string | null;
  firedAt: Date;
  items: PrintableItem[];
}

export interface PrintableItem {
  quantity: number;
  name: string;
  course: number | null;
  seat: number | null;
  modifiers: string[];
  notes: string | null;
  allergens: string[];
}

/** One printed line: the text already fitted to the paper, and how to print it. */
export interface PrintLine {
  text: string;
  bold?: boolean;
  /** `big`: double width and height, for what must be read across the pass. */
  big?: boolean;
  center?: boolean;
}

const TYPE_LABEL: Record<OrderType, string> = {
  dine_in: 'HIER',
  take_out: 'MITNAHME',
  delivery: 'LIEFERUNG',
};

/**
 * A ticket as the pass reads it: station, order number and where it came from in large
 * type; table or pickup name; items grouped by course, each wrapped to the paper with its
 * modifiers, notes and allergens set apart. A void slip is the same ticket headed STORNO.
 */
export function layoutTicket(
  ticket: PrintableTicket,
  options: { columns?: number; timeZone?: string; void?: boolean } = {},
): PrintLine[] {
  const columns = options.columns ?? 42;
  const half = Math.floor(columns / 2);
  const lines: PrintLine[] = [];
  if (options.void) lines.push({ text: fit('*** STORNO ***', half), big: true, center: true });
  lines.push({ text: fit(ticket.stationName.toUpperCase(), half), big: true, center: true });
  lines.push({
    text: fit(`#${ticket.orderNumber} ${ticket.source.toUpperCase()}`, half),
    big: true,
    center: true,
  });
  const where = ticket.tableLabel
    ? `Tisch ${ticket.tableLabel}`
    : ticket.customerName
      ? `Abholung: ${ticket.customerName}`
      : '';
  lines.push({ text: spread(TYPE_LABEL[ticket.orderType], where, columns), bold: true });
  lines.push({ text: `Bon ${timeOf(ticket.firedAt, options.timeZone)}` });
  lines.push({ text: '-'.repeat(columns) });
  for (const [course, items] of byCourse(ticket.items)) {
    if (course !== null) lines.push({ text: `-- Gang ${course} --`, bold: true });
    for (const item of items) lines.push(...itemLines(item, columns, half, options.void));
  }
  lines.push({ text: '-'.repeat(columns) });
  return lines;
}

function itemLines(item: PrintableItem, columns: number, half: number, voided?: boolean) {
  const lines: PrintLine[] = [];
  const head = `${voided ? '-' : ''}${item.quantity}x `;
  const seat = item.seat ? ` (P${item.seat})` : '';
  wrap(`${item.name}${seat}`, half - head.length).forEach((part, i) =>
    lines.push({ text: `${i === 0 ? head : ' '.repeat(head.length)}${part}`, big: true }),
  );
  for (const m of item.modifiers) {
    wrap(m, columns - 4).forEach((part, i) =>
      lines.push({ text: `  ${i === 0 ? '+ ' : '  '}${part}` }),
    );
  }
  if (item.notes) {
    wrap(item.notes, columns - 4).forEach((part, i) =>
      lines.push({ text: `  ${i === 0 ? '> ' : '  '}${part}`, bold: true }),
    );
  }
  if (item.allergens.length > 0) {
    wrap(`ALLERGENE: ${item.allergens.join(', ')}`, columns - 4).forEach((part) =>
      lines.push({ text: `  ${part}`, bold: true }),
    );
  }
  return lines;
}

function byCourse(items: readonly PrintableItem[]): Map<number | null, PrintableItem[]> {
  const sorted = [...items].sort((a, b) => (a.course ?? 0) - (b.course ?? 0));
  const groups = new Map<number | null, PrintableItem[]>();
  for (const item of sorted) groups.set(item.course, [...(groups.get(item.course) ?? []), item]);
  return groups;
}

/** Words onto lines of `width`; a word longer than a line breaks after a hyphen, or is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      const hyphen = word.lastIndexOf('-', width - 1);
      const cut = hyphen > 0 ? hyphen + 1 : width;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const fit = (text: string, width: number) => (text.length <= width ? text : text.slice(0, width));

function spread(left: string, right: string, width: number): string {
  const gap = width - left.length - right.length;
  return gap >= 1 ? `${left}${' '.repeat(gap)}${right}` : fit(`${left} ${right}`, width);
}

const timeOf = (at: Date, timeZone = 'Europe/Berlin') =>
  new Intl.DateTimeFormat('de-DE', { timeZone, hour: '2-digit', minute: '2-digit' }).format(at);
