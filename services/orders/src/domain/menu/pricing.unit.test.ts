import type { CatalogProduct, OrderCatalog, PriceRule, PricingContext } from './ports';
import { priceLines } from './pricing';

const product = (over: Partial<CatalogProduct> = {}): CatalogProduct => ({
  id: 'schnitzel',
  categoryId: 'mains',
  name: 'Wiener Schnitzel',
  description: null,
  priceMinor: 1890,
  taxRateEatInBps: 1900,
  taxRateTakeAwayBps: 700,
  allergens: ['gluten', 'eggs'],
  channels: null,
  active: true,
  availableHere: true,
  snoozedUntil: null,
  position: 0,
  modifierGroups: [],
  ...over,
});

const extras = {
  id: 'extras',
  name: 'Extras',
  minSelect: 0,
  maxSelect: 2,
  options: [
    { id: 'cranberries', name: 'Preiselbeeren', priceDeltaMinor: 150, available: true },
    { id: 'fries', name: 'Pommes', priceDeltaMinor: 250, available: true },
    { id: 'truffle', name: 'Trüffel', priceDeltaMinor: 900, available: false },
    { id: 'kids', name: 'Kinderportion', priceDeltaMinor: -700, available: true },
  ],
};
const side = {
  id: 'side',
  name: 'Beilage',
  minSelect: 1,
  maxSelect: 1,
  options: [
    { id: 'salad', name: 'Kartoffelsalat', priceDeltaMinor: 0, available: true },
    { id: 'rice', name: 'Reis', priceDeltaMinor: 0, available: true },
  ],
};

const beer = product({
  id: 'beer',
  categoryId: 'drinks',
  name: 'Helles 0,5 l',
  priceMinor: 490,
  taxRateTakeAwayBps: 1900,
  allergens: ['gluten'],
});

const catalogOf = (products: CatalogProduct[], priceRules: PriceRule[] = []): OrderCatalog => ({
  products: new Map(products.map((p) => [p.id, p])),
  priceRules,
});

const happyHour = (over: Partial<PriceRule> = {}): PriceRule => ({
  id: 'hh',
  name: 'Happy Hour',
  daysOfWeek: [1, 2, 3, 4, 5],
  startsAt: '17:00:00',
  endsAt: '19:00:00',
  productIds: null,
  categoryIds: ['drinks'],
  effect: { kind: 'percent-off', bps: 5000 },
  ...over,
});

// Wednesday 2024-11-20, 18:00 in Berlin (UTC+1).
const WED_18H = new Date('2024-11-20T17:00:00Z');
const ctx = (
  over: Partial<PricingContext & { timezone: string }> = {},
): PricingContext & { timezone: string } => ({
  orderType: 'dine_in',
  channel: 'qr',
  at: WED_18H,
  timezone: 'Europe/Berlin',
  ...over,
});

const rejection = (act: () => unknown) => {
  try {
    act();
  } catch (err) {
    return err as { type: string; status: number; fields: { field: string; message: string }[] };
  }
  throw new Error('expected priceLines to reject the lines');
};

describe('priceLines', () => {
  it('when the client sends lines, then prices them with the server price times quantity', () => {
    const [line] = priceLines(
      [{ productId: 'schnitzel', quantity: 3, notes: 'ohne Zitrone' }],
      catalogOf([product()]),
      ctx(),
    );

    expect(line).toEqual({
      productId: 'schnitzel',
      categoryId: 'mains',
      name: 'Wiener Schnitzel',
      quantity: 3,
      baseUnitPriceMinor: 1890,
      unitPriceMinor: 1890,
      priceRule: null,
      modifiers: [],
      taxRateBps: 1900,
      totalMinor: 5670,
      notes: 'ohne Zitrone',
      allergens: ['gluten', 'eggs'],
    });
  });

  it.each([
    ['dine_in', 1900],
    ['take_out', 700],
    ['delivery', 700],
  ] as const)('when the order is %s, then food is taxed at %i bps', (orderType, taxRateBps) => {
    const [line] = priceLines([{ productId: 'schnitzel', quantity: 1 }], catalogOf([product()]), {
      ...ctx(),
      orderType,
    });

    expect(line!.taxRateBps).toBe(taxRateBps);
  });

  it("when the location overrides the price, then its price is the line's base", () => {
    const catalog = catalogOf([product({ priceMinor: 1690 })]);

    const [line] = priceLines([{ productId: 'schnitzel', quantity: 2 }], catalog, ctx());

    expect(line).toMatchObject({
      baseUnitPriceMinor: 1690,
      unitPriceMinor: 1690,
      totalMinor: 3380,
    });
  });

  it('when modifiers are chosen, then their deltas are added to the unit price in the order asked', () => {
    const catalog = catalogOf([product({ modifierGroups: [extras] })]);

    const [line] = priceLines(
      [
        {
          productId: 'schnitzel',
          quantity: 2,
          modifiers: [{ optionId: 'fries' }, { optionId: 'cranberries' }],
        },
      ],
      catalog,
      ctx(),
    );

    expect(line).toMatchObject({ unitPriceMinor: 1890 + 250 + 150, totalMinor: 2 * 2290 });
    expect(line!.modifiers).toEqual([
      { groupId: 'extras', optionId: 'fries', name: 'Pommes', priceDeltaMinor: 250 },
      { groupId: 'extras', optionId: 'cranberries', name: 'Preiselbeeren', priceDeltaMinor: 150 },
    ]);
  });

  it('when a negative delta is larger than the price, then one unit costs 0, never less', () => {
    const catalog = catalogOf([product({ priceMinor: 500, modifierGroups: [extras] })]);

    const [line] = priceLines(
      [{ productId: 'schnitzel', quantity: 3, modifiers: [{ optionId: 'kids' }] }],
      catalog,
      ctx(),
    );

    expect(line).toMatchObject({ unitPriceMinor: 0, totalMinor: 0 });
  });

  it('when a negative delta is smaller than the price, then it lowers the unit price', () => {
    const catalog = catalogOf([product({ modifierGroups: [extras] })]);

    const [line] = priceLines(
      [{ productId: 'schnitzel', quantity: 1, modifiers: [{ optionId: 'kids' }] }],
      catalog,
      ctx(),
    );

    expect(line!.unitPriceMinor).toBe(1190);
  });

  it('when the client sends a displayed price, then the server price is charged anyway', () => {
    const lines = [{ productId: 'schnitzel', quantity: 1, displayedUnitPriceMinor: 1 }];

    const [line] = priceLines(lines, catalogOf([product()]), ctx());

    expect(line!.unitPriceMinor).toBe(1890);
  });
});

describe('priceLines: happy hour', () => {
  const price = (at: Date, rules: PriceRule[], item = beer, timezone = 'Europe/Berlin') =>
    priceLines(
      [{ productId: item.id, quantity: 1 }],
      catalogOf([item], rules),
      ctx({ at, timezone }),
    )[0]!;

  it('when a rule is in force for the category, then the price is reduced and the rule named', () => {
    const line = price(WED_18H, [happyHour()]);

    expect(line).toMatchObject({
      baseUnitPriceMinor: 490,
      unitPriceMinor: 245,
      priceRule: 'Happy Hour',
    });
  });

  it.each([
    ['before the window', '2024-11-20T15:59:59Z', 490],
    ['at its start', '2024-11-20T16:00:00Z', 245],
    ['a second before its end', '2024-11-20T17:59:59Z', 245],
    ['at its end', '2024-11-20T18:00:00Z', 490],
    ['on a Saturday', '2024-11-23T17:00:00Z', 490],
  ])('when ordered %s (Berlin time, %s), then the unit price is %i', (_when, iso, expected) => {
    expect(price(new Date(iso), [happyHour()]).unitPriceMinor).toBe(expected);
  });

  it('when the rule names the product rather than its category, then it applies too', () => {
    const rule = happyHour({ productIds: ['beer'], categoryIds: null });

    expect(price(WED_18H, [rule]).unitPriceMinor).toBe(245);
  });

  it('when the rule covers another category, then the price stays', () => {
    expect(price(WED_18H, [happyHour({ categoryIds: ['desserts'] })]).priceRule).toBeNull();
  });

  it.each([
    ['Friday 23:30', '2024-11-22T22:30:00Z', 300],
    ['Saturday 01:59 (the window started Friday)', '2024-11-23T00:59:00Z', 300],
    ['Saturday 02:00 (closed)', '2024-11-23T01:00:00Z', 490],
    ['Friday 01:00 (Thursday is not a rule day)', '2024-11-22T00:00:00Z', 490],
    ['Saturday 23:00 (Saturday is not a rule day)', '2024-11-23T22:00:00Z', 490],
  ])(
    'when a Friday 22:00–02:00 window is asked at %s (%s), then the price is %i',
    (_when, iso, expected) => {
      const lateNight = happyHour({
        name: 'Late Night',
        daysOfWeek: [5],
        startsAt: '22:00:00',
        endsAt: '02:00:00',
        effect: { kind: 'fixed-price', priceMinor: 300 },
      });

      expect(price(new Date(iso), [lateNight]).unitPriceMinor).toBe(expected);
    },
  );

  it('when a Sunday window crosses midnight, then it is still open early on Monday', () => {
    const sunday = happyHour({ daysOfWeek: [7], startsAt: '23:00:00', endsAt: '01:00:00' });

    expect(price(new Date('2024-11-24T23:30:00Z'), [sunday]).unitPriceMinor).toBe(245);
  });

  it.each([
    // Berlin: CET (UTC+1) in winter, CEST (UTC+2) in summer; the window is 17:00–19:00 local.
    ['the summer (UTC+2)', '2024-07-17T15:30:00Z', 245],
    ['the summer, at 17:30 UTC = 19:30 local', '2024-07-17T17:30:00Z', 490],
    ['the winter, at 17:30 UTC = 18:30 local', '2024-11-20T17:30:00Z', 245],
    ['the day clocks go forward (Sunday 31 March)', '2024-03-31T15:30:00Z', 245],
  ])('when ordered in %s, then the local clock decides (%s → %i)', (_when, iso, expected) => {
    const everyDay = happyHour({ daysOfWeek: [1, 2, 3, 4, 5, 6, 7] });

    expect(price(new Date(iso), [everyDay]).unitPriceMinor).toBe(expected);
  });

  it('when the location is in another timezone, then its own clock decides', () => {
    // 17:00 UTC is 18:00 in Berlin (in the window) but 12:00 in New York (not).
    expect(price(WED_18H, [happyHour()], beer, 'America/New_York').unitPriceMinor).toBe(490);
    expect(
      price(new Date('2024-11-20T22:30:00Z'), [happyHour()], beer, 'America/New_York')
        .unitPriceMinor,
    ).toBe(245);
  });

  it('when several rules are in force, then the lowest price wins and names its rule', () => {
    const rules = [
      happyHour({ name: '20 % off', effect: { kind: 'percent-off', bps: 2000 } }),
      happyHour({ name: 'Beer for 2.90', effect: { kind: 'fixed-price', priceMinor: 290 } }),
      happyHour({ name: '30 % off', effect: { kind: 'percent-off', bps: 3000 } }),
    ];

    expect(price(WED_18H, rules)).toMatchObject({
      unitPriceMinor: 290,
      priceRule: 'Beer for 2.90',
    });
  });

  it('when a fixed rule price is above the location price, then the location price stays', () => {
    const rule = happyHour({ effect: { kind: 'fixed-price', priceMinor: 600 } });

    expect(price(WED_18H, [rule])).toMatchObject({ unitPriceMinor: 490, priceRule: null });
  });

  it('when a percentage gives half a cent, then the guest gets the half cent', () => {
    const rule = happyHour({ effect: { kind: 'percent-off', bps: 2500 } });

    expect(price(WED_18H, [rule], { ...beer, priceMinor: 1890 }).unitPriceMinor).toBe(1417);
  });

  it('when modifiers are chosen in happy hour, then their deltas are added after the rule', () => {
    const withExtras = { ...beer, modifierGroups: [extras] };
    const catalog = catalogOf([withExtras], [happyHour()]);

    const [line] = priceLines(
      [{ productId: 'beer', quantity: 2, modifiers: [{ optionId: 'cranberries' }] }],
      catalog,
      ctx(),
    );

    expect(line).toMatchObject({
      baseUnitPriceMinor: 490,
      unitPriceMinor: 245 + 150,
      totalMinor: 790,
    });
  });
});

describe('priceLines: rejected lines', () => {
  const catalog = catalogOf([
    product({ modifierGroups: [side, extras] }),
    beer,
    product({ id: 'off', active: false }),
    product({ id: 'elsewhere', availableHere: false }),
    product({ id: 'snoozed', snoozedUntil: new Date('2024-11-20T20:00:00Z') }),
    product({ id: 'was-snoozed', snoozedUntil: new Date('2024-11-20T16:00:00Z') }),
    product({ id: 'pos-only', channels: ['pos'] }),
  ]);

  it('when a product is unknown, then names every bad line', () => {
    const err = rejection(() =>
      priceLines(
        [
          { productId: 'beer', quantity: 1 },
          { productId: 'nope', quantity: 1 },
        ],
        catalog,
        ctx(),
      ),
    );

    expect(err).toMatchObject({
      type: 'product-not-found',
      status: 422,
      fields: [{ field: 'lines.1.productId', message: 'not on the menu' }],
    });
  });

  it.each([
    ['inactive', 'off', 'not on sale'],
    ['off at this location', 'elsewhere', 'not sold at this location'],
    ['snoozed until later', 'snoozed', 'sold out until 2024-11-20T20:00:00.000Z'],
    ['not sold on the channel', 'pos-only', 'not sold on the qr channel'],
  ])(
    'when a product is %s, then answers product-unavailable naming the line',
    (_why, productId, message) => {
      const err = rejection(() => priceLines([{ productId, quantity: 1 }], catalog, ctx()));

      expect(err).toMatchObject({
        type: 'product-unavailable',
        fields: [{ field: 'lines.0.productId', message }],
      });
    },
  );

  it('when a snooze is over, then the product sells again', () => {
    const [line] = priceLines([{ productId: 'was-snoozed', quantity: 1 }], catalog, ctx());

    expect(line!.productId).toBe('was-snoozed');
  });

  it('when the channel is one the product is sold on, then it sells', () => {
    const [line] = priceLines(
      [{ productId: 'pos-only', quantity: 1 }],
      catalog,
      ctx({ channel: 'pos' }),
    );

    expect(line!.productId).toBe('pos-only');
  });

  it.each([
    ['a required group is left out', [], 'choose at least 1 of Beilage'],
    [
      'a group gets too many',
      [{ optionId: 'salad' }, { optionId: 'rice' }],
      'choose at most 1 of Beilage',
    ],
    [
      'an option is unknown',
      [{ optionId: 'salad' }, { optionId: 'caviar' }],
      'option caviar is not offered for this product',
    ],
    [
      'an option is unavailable',
      [{ optionId: 'salad' }, { optionId: 'truffle' }],
      'Trüffel is not available now',
    ],
    [
      'an option is chosen twice',
      [{ optionId: 'salad' }, { optionId: 'fries' }, { optionId: 'fries' }],
      'Pommes is chosen twice',
    ],
  ])('when %s, then answers modifier-invalid naming the line', (_why, modifiers, message) => {
    const err = rejection(() =>
      priceLines([{ productId: 'schnitzel', quantity: 1, modifiers }], catalog, ctx()),
    );

    expect(err).toMatchObject({
      type: 'modifier-invalid',
      fields: [{ field: 'lines.0.modifiers', message }],
    });
  });

  it("when an option belongs to another product's group, then it is not offered", () => {
    const err = rejection(() =>
      priceLines(
        [{ productId: 'beer', quantity: 1, modifiers: [{ optionId: 'fries' }] }],
        catalog,
        ctx(),
      ),
    );

    expect(err.fields).toEqual([
      { field: 'lines.0.modifiers', message: 'option fries is not offered for this product' },
    ]);
  });

  it('when several lines have problems, then all are reported at once, typed by the most basic', () => {
    const err = rejection(() =>
      priceLines(
        [
          { productId: 'schnitzel', quantity: 1 },
          { productId: 'beer', quantity: 1 },
          { productId: 'snoozed', quantity: 1 },
          { productId: 'nope', quantity: 1 },
        ],
        catalog,
        { ...ctx(), fieldPrefix: 'rounds.0.lines' },
      ),
    );

    expect(err.type).toBe('product-not-found');
    expect(err.fields.map((f) => f.field)).toEqual([
      'rounds.0.lines.0.modifiers',
      'rounds.0.lines.2.productId',
      'rounds.0.lines.3.productId',
    ]);
  });
});
