import { layoutTicket, wrap, type PrintableTicket } from './ticket-layout';

const ticket: PrintableTicket = {
  stationName: 'Grill',
  orderNumber: 42,
  source: 'qr',
  orderType: 'dine_in',
  tableLabel: '7',
  customerName: null,
  firedAt: new Date('2026-11-22T18:05:00Z'),
  items: [
    {
      quantity: 1,
      name: 'Apfelstrudel',
      course: 2,
      seat: null,
      modifiers: [],
      notes: null,
      allergens: ['gluten'],
    },
    {
      quantity: 2,
      name: 'Wiener Schnitzel vom Kalb mit lauwarmem Kartoffel-Gurken-Salat',
      course: 1,
      seat: 3,
      modifiers: ['ohne Zitrone', 'Preiselbeeren extra'],
      notes: 'Allergie: Senf! Bitte getrennt braten',
      allergens: ['gluten', 'eggs'],
    },
  ],
};

describe('a kitchen ticket on paper', () => {
  it('puts station, number and source large, the table, and the courses in order', () => {
    const lines = layoutTicket(ticket);
    const text = lines.map((l) => l.text);

    expect(lines.slice(0, 2)).toEqual([
      { text: 'GRILL', big: true, center: true },
      { text: '#42 QR', big: true, center: true },
    ]);
    expect(text[2]).toMatch(/^HIER +Tisch 7$/);
    expect(text[2]).toHaveLength(42);
    expect(text[3]).toBe('Bon 19:05');
    expect(text.indexOf('-- Gang 1 --')).toBeLessThan(text.indexOf('-- Gang 2 --'));
  });

  it('wraps a long name within half the paper (printed double width) and sets modifiers, notes and allergens apart', () => {
    const text = layoutTicket(ticket).map((l) => l.text);
    const start = text.indexOf('-- Gang 1 --') + 1;

    expect(text.slice(start, start + 5)).toEqual([
      '2x Wiener Schnitzel',
      '   vom Kalb mit',
      '   lauwarmem',
      '   Kartoffel-Gurken-',
      '   Salat (P3)',
    ]);
    expect(text).toContain('  + ohne Zitrone');
    expect(text).toContain('  > Allergie: Senf! Bitte getrennt braten');
    expect(text).toContain('  ALLERGENE: gluten, eggs');
    for (const line of layoutTicket(ticket)) {
      expect(line.text.length).toBeLessThanOrEqual(line.big ? 21 : 42);
    }
  });

  it('heads a void slip STORNO and marks the items taken back', () => {
    const text = layoutTicket(ticket, { void: true }).map((l) => l.text);
    expect(text[0]).toBe('*** STORNO ***');
    expect(text).toContain('-1x Apfelstrudel');
  });

  it('names a pickup guest when there is no table', () => {
    const text = layoutTicket({
      ...ticket,
      tableLabel: null,
      customerName: 'Jürgen',
      orderType: 'take_out',
    });
    expect(text[2]!.text).toMatch(/^MITNAHME +Abholung: Jürgen$/);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('Donaudampfschifffahrtsgesellschaft', 10)).toEqual([
      'Donaudampf',
      'schifffahr',
      'tsgesellsc',
      'haft',
    ]);
  });
});
