import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aSecondLocation, eventsAbout } from './menu-test-kit';

describe('menu catalog: modifier groups and price rules', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let branch: string;
  let manager: Record<string, string>;
  const api = (method: string, path: string, body?: unknown, headers = manager) =>
    call(method, `${orders.url}${path}`, body, headers);
  const fieldsOf = (body: { fields: { field: string }[] }) => body.fields.map((f) => f.field);
  const sides = {
    name: 'Beilage',
    minSelect: 1,
    maxSelect: 1,
    options: [
      { name: 'Pommes', priceDeltaMinor: 0 },
      { name: 'Salat', priceDeltaMinor: 50, available: false },
    ],
  };
  const happyHour = (over: Record<string, unknown> = {}) => ({
    name: 'Happy Hour',
    daysOfWeek: [1, 2, 3, 4, 5],
    startsAt: '17:00',
    endsAt: '19:00',
    categoryIds: [menu.categories.drinks],
    effect: { kind: 'percent-off', bps: 3000 },
    ...over,
  });

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
    branch = await aSecondLocation(orders.app.platform.db, menu);
    manager = await asStaff(menu.tenantId, ['manager']);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  describe('modifier groups', () => {
    it('when a manager adds a group with options, then answers 201 with ids for every option', async () => {
      const res = await api('POST', '/v1/menu/modifier-groups', sides);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'Beilage',
        minSelect: 1,
        maxSelect: 1,
        options: [
          { id: expect.any(String), name: 'Pommes', priceDeltaMinor: 0, available: true },
          { id: expect.any(String), name: 'Salat', priceDeltaMinor: 50, available: false },
        ],
      });
      expect((await api('GET', `/v1/menu/modifier-groups/${res.body.id}`)).body).toEqual(res.body);
      await eventsAbout(bus, res.body.id, 2);
    });

    it.each([
      ['the group requires more than it allows', { minSelect: 2, maxSelect: 1 }, ['maxSelect']],
      [
        'the group requires more than it has options',
        { minSelect: 3, maxSelect: 3 },
        ['minSelect'],
      ],
      [
        'an option carries the id of another group',
        { options: [{ id: newId(), name: 'X' }] },
        ['options.0.id'],
      ],
    ])(
      'when %s, then answers 422 modifier-group-invalid naming the field',
      async (_why, over, fields) => {
        const res = await api('POST', '/v1/menu/modifier-groups', { ...sides, ...over });

        expect(res.status).toBe(422);
        expect(res.body.type).toMatch(/modifier-group-invalid$/);
        expect(fieldsOf(res.body)).toEqual(fields);
      },
    );

    it('when options are sent again, then those with an id keep it, new ones are added and the rest go', async () => {
      const created = await api('POST', '/v1/menu/modifier-groups', sides);
      const [fries, salad] = created.body.options;

      const res = await api('PATCH', `/v1/menu/modifier-groups/${created.body.id}`, {
        maxSelect: 2,
        options: [
          { id: salad.id, name: 'Gemischter Salat', priceDeltaMinor: 90 },
          { name: 'Reis' },
        ],
      });

      expect(res.status).toBe(200);
      expect(res.body.maxSelect).toBe(2);
      expect(res.body.options).toEqual([
        { id: salad.id, name: 'Gemischter Salat', priceDeltaMinor: 90, available: true },
        { id: expect.any(String), name: 'Reis', priceDeltaMinor: 0, available: true },
      ]);
      expect(res.body.options.map((o: { id: string }) => o.id)).not.toContain(fries.id);
    });

    it('when a change would leave min above max, then answers 422 and changes nothing', async () => {
      const created = await api('POST', '/v1/menu/modifier-groups', sides);

      const res = await api('PATCH', `/v1/menu/modifier-groups/${created.body.id}`, {
        maxSelect: 1,
        minSelect: 2,
      });

      expect(res.status).toBe(422);
      expect(fieldsOf(res.body)).toEqual(['maxSelect']);
      expect((await api('GET', `/v1/menu/modifier-groups/${created.body.id}`)).body.minSelect).toBe(
        1,
      );
    });

    it('when a group offered with a product is deleted, then the product stops offering it', async () => {
      const created = await api('POST', '/v1/menu/modifier-groups', sides);
      const product = await api('POST', '/v1/menu/products', {
        name: 'Currywurst',
        priceMinor: 650,
        taxRateEatInBps: 1900,
        taxRateTakeAwayBps: 700,
        modifierGroupIds: [created.body.id],
      });

      const res = await api('DELETE', `/v1/menu/modifier-groups/${created.body.id}`);

      expect(res.status).toBe(200);
      expect(
        (await api('GET', `/v1/menu/products/${product.body.id}`)).body.modifierGroupIds,
      ).toEqual([]);
      expect((await api('GET', `/v1/menu/modifier-groups/${created.body.id}`)).status).toBe(404);
    });

    it('when groups are listed a page at a time, then every one comes once', async () => {
      const first = await api('GET', '/v1/menu/modifier-groups?limit=2');
      const rest = await api(
        'GET',
        `/v1/menu/modifier-groups?limit=100&cursor=${first.body.nextCursor}`,
      );

      const ids = [...first.body.items, ...rest.body.items].map((g: { id: string }) => g.id);
      expect(ids).toContain(menu.withModifiers.groupId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(rest.body.nextCursor).toBeNull();
    });
  });

  describe('price rules', () => {
    it('when a manager adds a happy hour, then answers 201 and tells every location', async () => {
      const res = await api('POST', '/v1/menu/price-rules', happyHour());

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...happyHour(),
        locationIds: null,
        productIds: null,
        active: true,
      });
      expect((await api('GET', `/v1/menu/price-rules/${res.body.id}`)).body).toEqual(res.body);
      const events = await eventsAbout(bus, res.body.id, 2);
      expect(events.map((e) => e.locationId).sort()).toEqual([menu.locationId, branch].sort());
    });

    it('when a rule is for one location, then only that location is told', async () => {
      const res = await api('POST', '/v1/menu/price-rules', happyHour({ locationIds: [branch] }));

      expect(res.status).toBe(201);
      const [event] = await eventsAbout(bus, res.body.id, 1);
      expect(event!.locationId).toBe(branch);
    });

    it.each([
      ['the window starts when it ends', { startsAt: '18:00', endsAt: '18:00' }, ['endsAt']],
      ['it names no products and no categories', { categoryIds: null }, ['productIds']],
    ])(
      'when %s, then answers 422 price-rule-invalid naming the field',
      async (_why, over, fields) => {
        const res = await api('POST', '/v1/menu/price-rules', happyHour(over));

        expect(res.status).toBe(422);
        expect(res.body.type).toMatch(/price-rule-invalid$/);
        expect(fieldsOf(res.body)).toEqual(fields);
      },
    );

    it('when fields are malformed, then answers 400 naming each', async () => {
      const res = await api(
        'POST',
        '/v1/menu/price-rules',
        happyHour({
          startsAt: '25:00',
          daysOfWeek: [0, 8],
          effect: { kind: 'percent-off', bps: 0 },
        }),
      );

      expect(res.status).toBe(400);
      expect(fieldsOf(res.body).sort()).toEqual([
        'daysOfWeek.0',
        'daysOfWeek.1',
        'effect.bps',
        'startsAt',
      ]);
    });

    it("when it names another tenant's product and location, then answers 422 reference-not-found naming each", async () => {
      const theirs = await aMenu(orders.app.platform.db);

      const res = await api(
        'POST',
        '/v1/menu/price-rules',
        happyHour({
          productIds: [theirs.products[0]!.id],
          locationIds: [menu.locationId, theirs.locationId],
        }),
      );

      expect(res.status).toBe(422);
      expect(res.body.type).toMatch(/reference-not-found$/);
      expect(fieldsOf(res.body)).toEqual(['locationIds.1', 'productIds.0']);
    });

    it('when a rule is changed to a fixed price and switched off, then answers the change', async () => {
      const created = await api('POST', '/v1/menu/price-rules', happyHour());

      const res = await api('PATCH', `/v1/menu/price-rules/${created.body.id}`, {
        effect: { kind: 'fixed-price', priceMinor: 300 },
        endsAt: '24:00',
        active: false,
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        effect: { kind: 'fixed-price', priceMinor: 300 },
        startsAt: '17:00',
        endsAt: '24:00',
        active: false,
      });
    });

    it('when a rule is deleted, then it is gone', async () => {
      const created = await api('POST', '/v1/menu/price-rules', happyHour());

      const res = await api('DELETE', `/v1/menu/price-rules/${created.body.id}`);

      expect(res.status).toBe(200);
      expect((await api('GET', `/v1/menu/price-rules/${created.body.id}`)).status).toBe(404);
      const actions = (await eventsAbout(bus, created.body.id, 4)).map(
        (e) => e.payload.changes[0]!.action,
      );
      expect(actions.sort()).toEqual(['created', 'created', 'deleted', 'deleted']);
    });

    it('when rules are listed, then the page holds them', async () => {
      const res = await api('GET', '/v1/menu/price-rules?limit=100');

      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThanOrEqual(3);
    });
  });
});
