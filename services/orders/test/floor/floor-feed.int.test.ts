import { TestEnv } from '../../../../libs/testing/src';
import type { TableSessionsPort } from '../../src/domain/floor/ports';
import type { FeedEntry } from '../../src/domain/live/ports';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aFloor, anOrderOf, type TestFloor } from './floor-builders';

/** The floor appends table changes to the live feed in the transaction of the change. */
describe('floor changes in the live feed', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let floor: TestFloor;
  let port: TableSessionsPort;
  const entries = async (tableId: string) =>
    orders.app.platform.db.query<FeedEntry>(
      `SELECT tenant_id AS "tenantId", location_id AS "locationId", topic, type,
              subject_id AS "subjectId", data
         FROM live_feed WHERE subject_id = $1 ORDER BY xid, seq`,
      [tableId],
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    port = orders.app.deps.tableSessions;
  });
  beforeEach(async () => {
    floor = await aFloor(orders.app.platform.db);
  });
  afterAll(() => orders.stop());

  it('when a session opens and closes, then the table changes are fed: occupied, then dirty', async () => {
    const table = floor.tables[0]!;

    const session = await port.openOrJoin(
      { tenantId: floor.tenantId, tableId: table.id },
      'qr',
      'apikey:k',
    );
    await port.openOrJoin({ tenantId: floor.tenantId, tableId: table.id }, 'pos', 'user:u');
    await port.close(session!.id);

    expect(await entries(table.id)).toEqual([
      {
        tenantId: floor.tenantId,
        locationId: floor.locationId,
        topic: 'table',
        type: 'table.status-changed',
        subjectId: table.id,
        data: expect.objectContaining({ number: '1', from: 'available', to: 'occupied' }),
      },
      expect.objectContaining({
        type: 'table.status-changed',
        data: expect.objectContaining({ from: 'occupied', to: 'dirty', sessionId: session!.id }),
      }),
    ]);
  });

  it('when the opening transaction rolls back, then neither the session nor its feed entry stay', async () => {
    const table = floor.tables[1]!;

    await expect(
      orders.app.platform.db.withTransaction(async () => {
        await port.openOrJoin({ tenantId: floor.tenantId, tableId: table.id }, 'phone', 'user:u');
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');

    expect(await entries(table.id)).toEqual([]);
    expect(await port.findOpenAtTable(table.id)).toBeUndefined();
  });

  it('when staff free a table and tables are merged, then both are fed', async () => {
    const [a, b] = [floor.tables[0]!, floor.tables[1]!];
    const sa = (await port.openOrJoin(
      { tenantId: floor.tenantId, tableId: a.id },
      'pos',
      'user:u',
    ))!;
    const sb = (await port.openOrJoin(
      { tenantId: floor.tenantId, tableId: b.id },
      'pos',
      'user:u',
    ))!;

    await port.mergeInto(sa.id, sb.id);
    await port.close(sb.id);
    await port.layout.setStatus(a.id, 'available');

    expect((await entries(a.id)).map((e) => [e.type, e.data.to])).toEqual([
      ['table.status-changed', 'occupied'],
      ['table.sessions-merged', undefined],
      ['table.status-changed', 'dirty'],
      ['table.status-changed', 'available'],
    ]);
  });

  it('when staff reserve a table over HTTP, then the change is fed with who did it', async () => {
    const table = floor.tables[1]!;

    const res = await call(
      'PATCH',
      `${orders.url}/v1/tables/${table.id}/status`,
      { status: 'reserved' },
      await asStaff(floor.tenantId, ['waiter']),
    );

    expect(res.status).toBe(200);
    expect(await entries(table.id)).toEqual([
      expect.objectContaining({
        type: 'table.status-changed',
        data: expect.objectContaining({ from: 'available', to: 'reserved', by: 'staff' }),
      }),
    ]);
  });

  it('when a close is refused for an open tab, then nothing is fed', async () => {
    const table = floor.tables[2]!;
    const session = (await port.openOrJoin(
      { tenantId: floor.tenantId, tableId: table.id },
      'pos',
      'user:u',
    ))!;
    await anOrderOf(orders.app.platform.db, session);

    await expect(port.close(session.id)).rejects.toMatchObject({
      type: 'table-session-has-open-tab',
    });

    expect((await entries(table.id)).map((e) => e.data.to)).toEqual(['occupied']);
  });
});
