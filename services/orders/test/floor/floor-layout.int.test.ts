import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { floorRoutes } from '../../src/http/floor.routes';
import { aFloor, type TestFloor } from './floor-builders';

describe('floor layout: dining areas and tables', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let floor: TestFloor;
  let manager: Record<string, string>;
  const http = (method: string, path: string, body?: unknown, headers = manager) =>
    call(method, `${orders.url}${path}`, body, headers);
  const aTable = async (number: string, extra: object = {}) =>
    http('POST', '/v1/tables', { areaId: floor.areaId, number, capacity: 4, ...extra });

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    floor = await aFloor(orders.app.platform.db, 0);
    manager = await asStaff(floor.tenantId, ['manager']);
  });
  afterAll(() => orders.stop());

  describe('dining areas', () => {
    it('when a manager adds, renames and lists areas, then they come back by position', async () => {
      const terrace = await http('POST', '/v1/dining-areas', {
        locationId: floor.locationId,
        name: 'Terrasse',
        position: 2,
      });
      const bar = await http('POST', '/v1/dining-areas', {
        locationId: floor.locationId,
        name: 'Bar',
        position: 1,
      });
      const renamed = await http('PATCH', `/v1/dining-areas/${terrace.body.id}`, {
        name: 'Wintergarten',
      });
      const page1 = await http('GET', `/v1/dining-areas?locationId=${floor.locationId}&limit=2`);
      const page2 = await http(
        'GET',
        `/v1/dining-areas?locationId=${floor.locationId}&limit=2&cursor=${page1.body.nextCursor}`,
      );

      expect(terrace.status).toBe(201);
      expect(bar.status).toBe(201);
      expect(renamed.body).toMatchObject({ name: 'Wintergarten', position: 2 });
      expect(page1.body.items.map((a: { name: string }) => a.name)).toEqual(['Gastraum', 'Bar']);
      expect(page2.body).toMatchObject({ items: [{ name: 'Wintergarten' }], nextCursor: null });
    });

    it('when an area name is taken at the location, then answers 409 dining-area-name-taken', async () => {
      const res = await http('POST', '/v1/dining-areas', {
        locationId: floor.locationId,
        name: 'Gastraum',
      });

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/dining-area-name-taken$/);
    });

    it('when the body is not valid, then answers 400 naming each field', async () => {
      const res = await http('POST', '/v1/dining-areas', {
        locationId: 'x',
        name: '',
        position: -1,
      });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'locationId',
        'name',
        'position',
      ]);
    });

    it('when the location is unknown, then answers 404 location-not-found naming locationId', async () => {
      const res = await http('POST', '/v1/dining-areas', { locationId: newId(), name: 'Keller' });

      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({
        type: expect.stringMatching(/location-not-found$/),
        fields: [{ field: 'locationId', message: 'not found' }],
      });
    });

    it('when an area still has tables, then it cannot be removed; once empty it is archived', async () => {
      const area = await http('POST', '/v1/dining-areas', {
        locationId: floor.locationId,
        name: 'Saal',
      });
      const table = await http('POST', '/v1/tables', {
        areaId: area.body.id,
        number: 'S1',
        capacity: 8,
      });

      const refused = await http('DELETE', `/v1/dining-areas/${area.body.id}`);
      await http('DELETE', `/v1/tables/${table.body.id}`);
      const archived = await http('DELETE', `/v1/dining-areas/${area.body.id}`);
      const read = await http('GET', `/v1/dining-areas/${area.body.id}`);

      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/dining-area-not-empty$/);
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({ id: area.body.id, archivedAt: expect.any(String) });
      expect(read.status).toBe(404);
    });
  });

  describe('tables', () => {
    it('when a manager adds a table, then it is available, laid out and has an unguessable QR token', async () => {
      const res = await aTable('12', { layout: { x: 120, y: 40, shape: 'round' } });

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        number: '12',
        capacity: 4,
        status: 'available',
        locationId: floor.locationId,
        layout: { x: 120, y: 40, width: 80, height: 80, rotation: 0, shape: 'round' },
      });
      expect(res.body.qrToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await orders.app.platform.db.query<{ qr_token: string }>(
        'SELECT qr_token FROM tables WHERE id = $1',
        [res.body.id],
      );
      expect(row!.qr_token).toBe(res.body.qrToken);
    });

    it('when the number is taken at the location, then answers 409 table-number-taken', async () => {
      await aTable('7');

      const res = await aTable('7');

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-number-taken$/);
    });

    it.each([
      ['capacity 0', { capacity: 0 }, ['capacity']],
      ['capacity 51', { capacity: 51 }, ['capacity']],
      ['an empty number', { number: ' ' }, ['number']],
      [
        'a bad layout',
        { layout: { x: -5, rotation: 360, shape: 'oval' } },
        ['layout.rotation', 'layout.shape', 'layout.x'],
      ],
    ])('when a table has %s, then answers 400 naming the field', async (_what, body, fields) => {
      const res = await http('POST', '/v1/tables', {
        areaId: floor.areaId,
        number: newId().slice(0, 8),
        capacity: 4,
        ...body,
      });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(fields);
    });

    it('when the area is unknown, then answers 404 dining-area-not-found naming areaId', async () => {
      const res = await http('POST', '/v1/tables', { areaId: newId(), number: '99', capacity: 2 });

      expect(res.status).toBe(404);
      expect(res.body.fields).toEqual([{ field: 'areaId', message: 'not found' }]);
    });

    it('when a manager moves and renumbers a table, then the layout is kept where not given', async () => {
      const table = await aTable('20', { layout: { x: 10, y: 10, width: 60 } });

      const res = await http('PATCH', `/v1/tables/${table.body.id}`, {
        number: '21',
        capacity: 6,
        layout: { x: 300, rotation: 90 },
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        number: '21',
        capacity: 6,
        layout: { x: 300, y: 10, width: 60, rotation: 90, shape: 'square' },
      });
    });

    it('when a table is renumbered to a taken number, then answers 409 and keeps its number', async () => {
      await aTable('30');
      const table = await aTable('31');

      const res = await http('PATCH', `/v1/tables/${table.body.id}`, { number: '30' });
      const read = await http('GET', `/v1/tables/${table.body.id}`);

      expect(res.status).toBe(409);
      expect(read.body.number).toBe('31');
    });

    it('when the QR token is regenerated, then the old one joins nothing any more', async () => {
      const table = await aTable('40');

      const res = await http('POST', `/v1/tables/${table.body.id}/qr-token`);
      const oldJoin = await call(
        'POST',
        `${orders.url}/v1/table-sessions/join`,
        { tableToken: table.body.qrToken },
        floor.keys.qr,
      );

      expect(res.status).toBe(200);
      expect(res.body.qrToken).not.toBe(table.body.qrToken);
      expect(res.body.qrToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(oldJoin.status).toBe(404);
    });

    it('when an archived table frees its number, then a new table may take it', async () => {
      const old = await aTable('50');

      await http('DELETE', `/v1/tables/${old.body.id}`);
      const again = await aTable('50');
      const read = await http('GET', `/v1/tables/${old.body.id}`);

      expect(again.status).toBe(201);
      expect(read.status).toBe(404);
    });

    it('when tables are listed by area, then they come by number with a cursor', async () => {
      const area = await http('POST', '/v1/dining-areas', {
        locationId: floor.locationId,
        name: 'Garten',
      });
      for (const n of ['G3', 'G1', 'G2']) {
        await http('POST', '/v1/tables', { areaId: area.body.id, number: n, capacity: 2 });
      }

      const page1 = await http(
        'GET',
        `/v1/tables?locationId=${floor.locationId}&areaId=${area.body.id}&limit=2`,
      );
      const page2 = await http(
        'GET',
        `/v1/tables?locationId=${floor.locationId}&areaId=${area.body.id}&limit=2&cursor=${page1.body.nextCursor}`,
      );
      const badCursor = await http('GET', `/v1/tables?locationId=${floor.locationId}&cursor=nope`);

      expect(page1.body.items.map((t: { number: string }) => t.number)).toEqual(['G1', 'G2']);
      expect(page2.body).toMatchObject({ items: [{ number: 'G3' }], nextCursor: null });
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.fields).toEqual([
        { field: 'query.cursor', message: expect.any(String) },
      ]);
    });
  });

  describe('PATCH /v1/tables/:tableId/status', () => {
    const setStatus = (tableId: string, status: string, headers = manager) =>
      http('PATCH', `/v1/tables/${tableId}/status`, { status }, headers);

    it('when staff reserve, free, dirty and free a table, then each step is stored', async () => {
      const table = await aTable('60');
      const waiter = await asStaff(floor.tenantId, ['waiter']);

      const steps = [];
      for (const status of ['reserved', 'available', 'dirty', 'available']) {
        steps.push((await setStatus(table.body.id, status, waiter)).body.status);
      }

      expect(steps).toEqual(['reserved', 'available', 'dirty', 'available']);
    });

    const aTableThatIs = async (number: string, status: string) => {
      const table = await aTable(number);
      await orders.app.platform.db.query('UPDATE tables SET status = $2 WHERE id = $1', [
        table.body.id,
        status,
      ]);
      return table.body.id as string;
    };

    it('when a dirty table is reserved, then answers 409 table-status-transition', async () => {
      const tableId = await aTableThatIs('63', 'dirty');

      const res = await setStatus(tableId, 'reserved');

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-status-transition$/);
    });

    it('when a reserved table is reserved again, then answers 200 and nothing changes', async () => {
      const tableId = await aTableThatIs('64', 'reserved');

      const res = await setStatus(tableId, 'reserved');

      expect(res.status).toBe(200);
      expect(res.body.status).toBe('reserved');
    });

    it('when staff try to make a table occupied by hand, then answers 400 naming status', async () => {
      const table = await aTable('61');

      const res = await setStatus(table.body.id, 'occupied');

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'status', message: expect.any(String) }]);
    });

    it('when a session is open at the table, then freeing it is refused with 409 table-session-open', async () => {
      const table = await aTable('62');
      await http('POST', '/v1/table-sessions', { tableId: table.body.id, guestCount: 2 });

      const res = await setStatus(table.body.id, 'available');
      const read = await http('GET', `/v1/tables/${table.body.id}`);

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-session-open$/);
      expect(read.body.status).toBe('occupied');
    });
  });

  describe('GET /v1/floor', () => {
    it('when a party sits at a table, then the floor shows areas, statuses and the open session', async () => {
      const table = await aTable('70');
      const opened = await http('POST', '/v1/table-sessions', {
        tableId: table.body.id,
        guestCount: 3,
      });

      const res = await http(
        'GET',
        `/v1/floor?locationId=${floor.locationId}`,
        undefined,
        await asStaff(floor.tenantId, ['kitchen']),
      );

      expect(res.status).toBe(200);
      expect(res.body.areas.map((a: { name: string }) => a.name)).toContain('Gastraum');
      const shown = res.body.tables.find((t: { id: string }) => t.id === table.body.id);
      expect(shown).toMatchObject({
        status: 'occupied',
        session: {
          id: opened.body.id,
          guestCount: 3,
          openedVia: 'pos',
          openedAt: expect.any(String),
        },
      });
      const free = res.body.tables.find((t: { number: string }) => t.number === '12');
      expect(free).toMatchObject({ status: 'available', session: null });
    });
  });

  it('when the OpenAPI document is read, then it describes every floor route', async () => {
    const res = await call('GET', `${orders.url}/openapi.json`);

    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    for (const route of floorRoutes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(paths[path]?.[route.method]).toBeDefined();
    }
    expect(Object.keys(res.body.components.schemas)).toEqual(
      expect.arrayContaining(['Table', 'TableLayout', 'DiningArea', 'FloorPlan', 'TableSession']),
    );
  });

  describe('roles', () => {
    it.each([
      ['a waiter adds a table', 'waiter', 'POST', '/v1/tables'],
      ['a cashier adds an area', 'cashier', 'POST', '/v1/dining-areas'],
      ['a kitchen user frees a table', 'kitchen', 'PATCH', '/status'],
    ] as const)('when %s, then answers 403', async (_what, role, method, path) => {
      const table = await aTable(`role-${role}`);
      const target = path === '/status' ? `/v1/tables/${table.body.id}/status` : path;

      const res = await http(
        method,
        target,
        {
          locationId: floor.locationId,
          areaId: floor.areaId,
          number: 'X',
          capacity: 2,
          name: 'X',
          status: 'dirty',
        },
        await asStaff(floor.tenantId, [role]),
      );

      expect(res.status).toBe(403);
    });

    it('when a storefront reads the floor, then answers 403', async () => {
      const res = await http(
        'GET',
        `/v1/floor?locationId=${floor.locationId}`,
        undefined,
        floor.keys.qr,
      );

      expect(res.status).toBe(403);
    });

    it('when an admin changes the layout, then it is allowed', async () => {
      const res = await http(
        'POST',
        '/v1/tables',
        { areaId: floor.areaId, number: 'A1', capacity: 2 },
        await asStaff(floor.tenantId, ['admin']),
      );

      expect(res.status).toBe(201);
    });
  });
});
