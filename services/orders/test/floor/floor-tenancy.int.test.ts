import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aFloor, type TestFloor } from './floor-builders';

describe('floor tenancy: another tenant’s or location’s ids answer like missing ones', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: TestFloor;
  let theirs: TestFloor;
  let sessionId: string;

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    [ours, theirs] = [await aFloor(orders.app.platform.db), await aFloor(orders.app.platform.db)];
    const opened = await call(
      'POST',
      `${orders.url}/v1/table-sessions`,
      { tableId: ours.tables[0]!.id },
      await asStaff(ours.tenantId, ['manager']),
    );
    sessionId = opened.body.id;
  });
  afterAll(() => orders.stop());

  // One row per route with an id of ours in its path, query or body.
  const routes: { method: string; route: string; path: (i: Ids) => string; body?: unknown }[] = [
    {
      method: 'GET',
      route: '/v1/dining-areas/:areaId',
      path: (i) => `/v1/dining-areas/${i.areaId}`,
    },
    {
      method: 'PATCH',
      route: '/v1/dining-areas/:areaId',
      path: (i) => `/v1/dining-areas/${i.areaId}`,
      body: { name: 'Stolen' },
    },
    {
      method: 'DELETE',
      route: '/v1/dining-areas/:areaId',
      path: (i) => `/v1/dining-areas/${i.areaId}`,
    },
    { method: 'GET', route: '/v1/tables/:tableId', path: (i) => `/v1/tables/${i.tableId}` },
    {
      method: 'PATCH',
      route: '/v1/tables/:tableId',
      path: (i) => `/v1/tables/${i.tableId}`,
      body: { capacity: 2 },
    },
    { method: 'DELETE', route: '/v1/tables/:tableId', path: (i) => `/v1/tables/${i.tableId}` },
    {
      method: 'POST',
      route: '/v1/tables/:tableId/qr-token',
      path: (i) => `/v1/tables/${i.tableId}/qr-token`,
    },
    {
      method: 'PATCH',
      route: '/v1/tables/:tableId/status',
      path: (i) => `/v1/tables/${i.tableId}/status`,
      body: { status: 'dirty' },
    },
    {
      method: 'POST',
      route: '/v1/table-sessions',
      path: () => `/v1/table-sessions`,
      body: 'tableId',
    },
    {
      method: 'GET',
      route: '/v1/table-sessions/:sessionId',
      path: (i) => `/v1/table-sessions/${i.sessionId}`,
    },
    {
      method: 'PATCH',
      route: '/v1/table-sessions/:sessionId',
      path: (i) => `/v1/table-sessions/${i.sessionId}`,
      body: { guestCount: 2 },
    },
    {
      method: 'POST',
      route: '/v1/table-sessions/:sessionId/close',
      path: (i) => `/v1/table-sessions/${i.sessionId}/close`,
    },
    {
      method: 'POST',
      route: '/v1/table-sessions/:sessionId/reopen',
      path: (i) => `/v1/table-sessions/${i.sessionId}/reopen`,
    },
    {
      method: 'GET',
      route: '/v1/floor?locationId=:locationId',
      path: (i) => `/v1/floor?locationId=${i.locationId}`,
    },
    {
      method: 'GET',
      route: '/v1/tables?locationId=:locationId',
      path: (i) => `/v1/tables?locationId=${i.locationId}`,
    },
    {
      method: 'GET',
      route: '/v1/dining-areas?locationId=:locationId',
      path: (i) => `/v1/dining-areas?locationId=${i.locationId}`,
    },
    {
      method: 'POST',
      route: '/v1/dining-areas',
      path: () => `/v1/dining-areas`,
      body: 'locationId',
    },
    { method: 'POST', route: '/v1/tables', path: () => `/v1/tables`, body: 'areaId' },
  ];
  interface Ids {
    areaId: string;
    tableId: string;
    sessionId: string;
    locationId: string;
  }
  const ids = (): Ids => ({
    areaId: ours.areaId,
    tableId: ours.tables[0]!.id,
    sessionId,
    locationId: ours.locationId,
  });
  // Body routes name the id in the body; the rest of the body is valid.
  const bodyOf = (body: unknown, i: Ids) =>
    body === 'tableId'
      ? { tableId: i.tableId }
      : body === 'locationId'
        ? { locationId: i.locationId, name: 'Stolen' }
        : body === 'areaId'
          ? { areaId: i.areaId, number: 'X', capacity: 2 }
          : body;

  describe.each([
    ['a manager of another tenant', async () => asStaff(theirs.tenantId, ['manager'])],
    ['an admin of another tenant', async () => asStaff(theirs.tenantId, ['admin'])],
    ['a manager of another location', async () => asStaff(ours.tenantId, ['manager'], [newId()])],
  ])('when %s calls', (_who, headers) => {
    it.each(routes)(
      '$method $route, then answers 404 and leaves it alone',
      async ({ method, path, body }) => {
        const res = await call(
          method,
          `${orders.url}${path(ids())}`,
          bodyOf(body, ids()),
          await headers(),
        );

        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain(ours.tenantId);
      },
    );
  });

  it('when every call above is done, then our floor is as it was and our manager still sees it', async () => {
    const res = await call(
      'GET',
      `${orders.url}/v1/table-sessions/${sessionId}`,
      undefined,
      await asStaff(ours.tenantId, ['manager']),
    );

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', guestCount: null });
    const [row] = await orders.app.platform.db.query(
      `SELECT a.name, a.archived_at AS area_archived, t.capacity, t.status, t.qr_token,
              t.archived_at AS table_archived
         FROM dining_areas a JOIN tables t ON t.area_id = a.id WHERE t.id = $1`,
      [ours.tables[0]!.id],
    );
    expect(row).toEqual({
      name: 'Gastraum',
      area_archived: null,
      capacity: 4,
      status: 'occupied',
      qr_token: ours.tables[0]!.qrToken,
      table_archived: null,
    });
  });

  it("when a storefront key of another location scans our table's QR, then answers 404 and opens nothing", async () => {
    const table = ours.tables[1]!;

    const res = await call(
      'POST',
      `${orders.url}/v1/table-sessions/join`,
      { tableToken: table.qrToken },
      ours.keys.otherLocation,
    );

    expect(res.status).toBe(404);
    const rows = await orders.app.platform.db.query(
      'SELECT 1 FROM table_sessions WHERE table_id = $1',
      [table.id],
    );
    expect(rows).toHaveLength(0);
  });

  it("when another tenant's key scans our table's QR, then answers 404", async () => {
    const res = await call(
      'POST',
      `${orders.url}/v1/table-sessions/join`,
      { tableToken: ours.tables[2]!.qrToken },
      theirs.keys.qr,
    );

    expect(res.status).toBe(404);
  });

  it("when the port opens a session at another tenant's table, then it finds no table", async () => {
    const session = await orders.app.deps.tableSessions.openOrJoin(
      { tenantId: theirs.tenantId, tableId: ours.tables[2]!.id },
      'phone',
      'user:x',
    );

    expect(session).toBeUndefined();
  });
});
