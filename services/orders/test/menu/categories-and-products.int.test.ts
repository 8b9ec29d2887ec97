import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aSecondLocation, eventsAbout } from './menu-test-kit';

describe('menu catalog: categories and products', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let branch: string;
  let manager: Record<string, string>;
  const api = (method: string, path: string, body?: unknown, headers = manager) =>
    call(method, `${orders.url}${path}`, body, headers);
  const db = () => orders.app.platform.db;
  const aProduct = (over: Record<string, unknown> = {}) => ({
    categoryId: menu.categories.mains,
    name: 'Schweinebraten',
    description: 'mit Knödel und Kraut',
    priceMinor: 1690,
    taxRateEatInBps: 1900,
    taxRateTakeAwayBps: 700,
    allergens: ['gluten', 'celery'],
    channels: ['qr', 'pos'],
    modifierGroupIds: [menu.withModifiers.groupId],
    ...over,
  });

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(db());
    branch = await aSecondLocation(db(), menu);
    manager = await asStaff(menu.tenantId, ['manager']);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  describe('categories', () => {
    it('when a manager adds a category, then answers 201, stores it and tells every location of the tenant', async () => {
      const res = await api('POST', '/v1/menu/categories', {
        name: ' Desserts ',
        position: 3,
        tenantId: newId(),
      });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'Desserts', position: 3 });
      const [row] = await db().query('SELECT tenant_id FROM menu_categories WHERE id = $1', [
        res.body.id,
      ]);
      expect(row).toEqual({ tenant_id: menu.tenantId });
      const events = await eventsAbout(bus, res.body.id, 2);
      expect(events.map((e) => e.aggregateId).sort()).toEqual([menu.locationId, branch].sort());
      expect(events[0]!.payload.changes).toEqual([
        { kind: 'category', id: res.body.id, action: 'created' },
      ]);
      expect(events.every((e) => e.aggregateVersion === e.payload.menuVersion)).toBe(true);
    });

    it('when categories are listed a page at a time, then every one comes once, by position', async () => {
      const first = await api('GET', '/v1/menu/categories?limit=1', undefined);
      const second = await api(
        'GET',
        `/v1/menu/categories?limit=5&cursor=${first.body.nextCursor}`,
      );

      expect(first.status).toBe(200);
      expect(first.body.items.map((c: { name: string }) => c.name)).toEqual(['Hauptgerichte']);
      expect(second.body.items.map((c: { name: string }) => c.name)).toEqual([
        'Getränke',
        'Desserts',
      ]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('when a category is renamed, then answers the change and the menu versions move on', async () => {
      const created = await api('POST', '/v1/menu/categories', { name: 'Vorspeisen' });

      const res = await api('PATCH', `/v1/menu/categories/${created.body.id}`, { name: 'Suppen' });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Suppen', position: 0 });
      const events = await eventsAbout(bus, created.body.id, 4);
      const versions = events
        .filter((e) => e.locationId === branch)
        .map((e) => e.aggregateVersion)
        .sort((a, b) => a - b);
      expect(versions).toHaveLength(2);
      expect(versions[1]).toBe(versions[0]! + 1);
    });

    it('when a category still holds products, then deleting it answers 409 category-not-empty', async () => {
      const res = await api('DELETE', `/v1/menu/categories/${menu.categories.drinks}`);

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/category-not-empty$/);
    });

    it('when an empty category is deleted, then it is gone', async () => {
      const created = await api('POST', '/v1/menu/categories', { name: 'Saisonal' });

      const res = await api('DELETE', `/v1/menu/categories/${created.body.id}`);

      expect(res.status).toBe(200);
      expect((await api('GET', `/v1/menu/categories/${created.body.id}`)).status).toBe(404);
    });

    it('when the name is empty, then answers 400 naming it', async () => {
      const res = await api('POST', '/v1/menu/categories', { name: '  ', position: -1 });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'name',
        'position',
      ]);
    });
  });

  describe('products', () => {
    it('when a manager adds a product, then answers 201 with its taxes, allergens, channels and groups', async () => {
      const res = await api('POST', '/v1/menu/products', aProduct());

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        ...aProduct(),
        active: true,
        position: 0,
      });
      const read = await api('GET', `/v1/menu/products/${res.body.id}`);
      expect(read.body).toEqual(res.body);
      const events = await eventsAbout(bus, res.body.id, 2);
      expect(events.map((e) => e.payload.changes[0]!.action)).toEqual(['created', 'created']);
    });

    it('when only the name and price are given, then defaults fill the rest', async () => {
      const res = await api('POST', '/v1/menu/products', {
        name: 'Wasser',
        priceMinor: 250,
        taxRateEatInBps: 1900,
        taxRateTakeAwayBps: 1900,
      });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        categoryId: null,
        description: null,
        allergens: [],
        channels: null,
        active: true,
        modifierGroupIds: [],
      });
    });

    it('when fields are bad, then answers 400 naming each', async () => {
      const res = await api(
        'POST',
        '/v1/menu/products',
        aProduct({
          priceMinor: -1,
          taxRateTakeAwayBps: 10_001,
          allergens: ['gluten', 'chocolate'],
          channels: [],
        }),
      );

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'allergens.1',
        'channels',
        'priceMinor',
        'taxRateTakeAwayBps',
      ]);
    });

    it("when it names another tenant's category and an unknown group, then answers 422 reference-not-found naming both", async () => {
      const theirs = await aMenu(db());

      const res = await api(
        'POST',
        '/v1/menu/products',
        aProduct({
          categoryId: theirs.categories.mains,
          modifierGroupIds: [menu.withModifiers.groupId, newId()],
        }),
      );

      expect(res.status).toBe(422);
      expect(res.body.type).toMatch(/reference-not-found$/);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([
        'categoryId',
        'modifierGroupIds.1',
      ]);
    });

    it('when a product is changed, then only what is sent changes and its groups are replaced', async () => {
      const created = await api('POST', '/v1/menu/products', aProduct());

      const res = await api('PATCH', `/v1/menu/products/${created.body.id}`, {
        priceMinor: 1790,
        channels: null,
        modifierGroupIds: [],
        description: null,
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'Schweinebraten',
        priceMinor: 1790,
        channels: null,
        modifierGroupIds: [],
        description: null,
        allergens: ['gluten', 'celery'],
      });
      const actions = (await eventsAbout(bus, created.body.id, 4)).map(
        (e) => e.payload.changes[0]!.action,
      );
      expect(actions.sort()).toEqual(['created', 'created', 'updated', 'updated']);
    });

    it('when products are listed by category a page at a time, then every one comes once', async () => {
      const first = await api(
        'GET',
        `/v1/menu/products?categoryId=${menu.categories.drinks}&limit=1`,
      );
      const second = await api(
        'GET',
        `/v1/menu/products?categoryId=${menu.categories.drinks}&cursor=${first.body.nextCursor}`,
      );

      expect(
        [...first.body.items, ...second.body.items].map((p: { name: string }) => p.name),
      ).toEqual(['Apfelschorle', 'Kaffee to go']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('when a product is deleted, then it is gone from the catalog and from ordering, and its rows stay', async () => {
      const created = await api('POST', '/v1/menu/products', aProduct());

      const res = await api('DELETE', `/v1/menu/products/${created.body.id}`);

      expect(res.status).toBe(200);
      expect((await api('GET', `/v1/menu/products/${created.body.id}`)).status).toBe(404);
      const found = await orders.app.deps.menu.loadForOrder(menu.locationId, [created.body.id]);
      expect(found!.catalog.products.size).toBe(0);
      const [row] = await db().query('SELECT deleted_at FROM products WHERE id = $1', [
        created.body.id,
      ]);
      expect(row).toEqual({ deleted_at: expect.any(Date) });
      expect((await api('DELETE', `/v1/menu/products/${created.body.id}`)).status).toBe(404);
    });

    it('when a cursor was not handed out by the API, then answers 400 naming it', async () => {
      const res = await api('GET', '/v1/menu/products?cursor=bogus');

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    });
  });
});
