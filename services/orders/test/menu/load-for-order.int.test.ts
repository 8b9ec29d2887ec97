import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { aMenu, type TestMenu } from '../../../../test/support/builders';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { menuRepository } from '../../src/db/repositories/menu.repository';
import type { MenuPort } from '../../src/domain/menu/ports';
import { priceLines } from '../../src/domain/menu/pricing';

describe('menuRepository.loadForOrder', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let menu: MenuPort;
  let ours: TestMenu;
  let theirs: TestMenu;
  const sql = (text: string, params: unknown[] = []) => orders.app.platform.db.query(text, params);

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    menu = menuRepository(orders.app.platform.db);
    [ours, theirs] = [await aMenu(orders.app.platform.db), await aMenu(orders.app.platform.db)];
  });
  afterAll(() => orders.stop());

  it('when the location is unknown, then answers undefined', async () => {
    expect(await menu.loadForOrder(newId(), [ours.products[0]!.id])).toBeUndefined();
  });

  it('when products are asked for, then answers the location and only those of its tenant', async () => {
    const [schnitzel, , schorle] = ours.products;

    const found = await menu.loadForOrder(ours.locationId, [
      schnitzel!.id,
      schorle!.id,
      theirs.products[0]!.id,
    ]);

    expect(found!.location).toEqual({
      id: ours.locationId,
      tenantId: ours.tenantId,
      currency: 'EUR',
      timezone: 'Europe/Berlin',
      autoFire: true,
      stockPolicy: 'block',
    });
    expect([...found!.catalog.products.keys()].sort()).toEqual([schnitzel!.id, schorle!.id].sort());
    expect(found!.catalog.products.get(schnitzel!.id)).toEqual({
      id: schnitzel!.id,
      categoryId: ours.categories.mains,
      name: 'Wiener Schnitzel',
      description: null,
      priceMinor: 1890,
      taxRateEatInBps: 1900,
      taxRateTakeAwayBps: 700,
      allergens: ['gluten'],
      channels: null,
      active: true,
      availableHere: true,
      snoozedUntil: null,
      position: 0,
      modifierGroups: [
        {
          id: ours.withModifiers.groupId,
          name: 'Extras',
          minSelect: 0,
          maxSelect: 2,
          options: ours.withModifiers.options.map((o) => ({ ...o, available: true })),
        },
      ],
    });
  });

  it('when the location overrides a price and snoozes a product, then the catalog shows it as the location sells it', async () => {
    const käsespätzle = ours.products[1]!;
    await sql(
      `INSERT INTO location_items (location_id, product_id, tenant_id, price_minor, available)
       VALUES ($1, $2, $3, 1190, true)`,
      [ours.locationId, käsespätzle.id, ours.tenantId],
    );

    const found = await menu.loadForOrder(ours.locationId, [käsespätzle.id, ours.soldOut.id]);

    expect(found!.catalog.products.get(käsespätzle.id)!.priceMinor).toBe(1190);
    expect(found!.catalog.products.get(ours.soldOut.id)!.snoozedUntil!.getTime()).toBeGreaterThan(
      Date.now(),
    );
  });

  it('when price rules exist, then only the active ones for this location come, and they price', async () => {
    const rule = (name: string, locationIds: string[] | null, active = true) =>
      sql(
        `INSERT INTO price_rules (id, tenant_id, name, location_ids, days_of_week, starts_at, ends_at,
                                  category_ids, percent_off_bps, active)
         VALUES ($1, $2, $3, $4, '{1,2,3,4,5,6,7}', '00:00', '24:00', $5, 5000, $6)`,
        [newId(), ours.tenantId, name, locationIds, [ours.categories.drinks], active],
      );
    await rule('Everywhere', null);
    await rule('Here', [ours.locationId]);
    await rule('Elsewhere', [newId()]);
    await rule('Switched off', null, false);
    const schorle = ours.products[2]!;

    const found = await menu.loadForOrder(ours.locationId, [schorle.id]);
    const [line] = priceLines([{ productId: schorle.id, quantity: 1 }], found!.catalog, {
      orderType: 'dine_in',
      channel: 'qr',
      at: new Date(),
      timezone: found!.location.timezone,
    });

    expect(found!.catalog.priceRules.map((r) => r.name).sort()).toEqual(['Everywhere', 'Here']);
    expect(found!.catalog.priceRules[0]).toMatchObject({
      daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '00:00:00',
      endsAt: '24:00:00',
      productIds: null,
      categoryIds: [ours.categories.drinks],
      effect: { kind: 'percent-off', bps: 5000 },
    });
    expect(line!.unitPriceMinor).toBe(195);
  });
});
