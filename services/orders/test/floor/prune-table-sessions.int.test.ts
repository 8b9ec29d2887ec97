import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { pruneTableSessions } from '../../src/domain/floor/prune-table-sessions';
import { pruneTableSessionsJob } from '../../src/jobs/prune-table-sessions.job';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aFloor, anOrderOf, type TestFloor } from './floor-builders';

describe('pruning table sessions', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let floor: TestFloor;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    orders.app.platform.db.query<T>(text, params);
  const row = async (sessionId: string) =>
    (await sql('SELECT status, token FROM table_sessions WHERE id = $1', [sessionId]))[0];
  const tableStatus = async (tableId: string) =>
    (await sql<{ status: string }>('SELECT status FROM tables WHERE id = $1', [tableId]))[0]!
      .status;
  /** An open session at table `i` whose last activity was `idle` ago. */
  const openSession = async (i: number, idle: string) => {
    const session = (await orders.app.deps.tableSessions.openOrJoin(
      { tenantId: floor.tenantId, tableId: floor.tables[i]!.id },
      'qr',
      'apikey:test',
    ))!;
    await sql(
      `UPDATE table_sessions SET opened_at = now() - $2::interval,
              last_activity_at = now() - $2::interval WHERE id = $1`,
      [session.id, idle],
    );
    return session;
  };
  /** A session at table `i` closed `ago`. */
  const closedSession = async (i: number, ago: string, withOrder: boolean) => {
    const session = await openSession(i, ago);
    if (withOrder) await anOrderOf(orders.app.platform.db, session, 'paid');
    await orders.app.deps.tableSessions.close(session.id);
    await sql(`UPDATE table_sessions SET closed_at = now() - $2::interval WHERE id = $1`, [
      session.id,
      ago,
    ]);
    return session;
  };

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
  });
  beforeEach(async () => {
    floor = await aFloor(orders.app.platform.db, 6);
    await sql(
      `UPDATE locations SET session_idle_minutes = 60, closed_session_retention_days = 7
        WHERE id = $1`,
      [floor.locationId],
    );
  });
  afterAll(() => orders.stop());

  it('when an open session has an order, then it stays open however old it is', async () => {
    const session = await openSession(0, '3 days');
    await anOrderOf(orders.app.platform.db, session, 'paid');
    await sql(
      `UPDATE table_sessions SET last_activity_at = now() - interval '3 days' WHERE id = $1`,
      [session.id],
    );

    await pruneTableSessions(orders.app.deps);

    expect(await row(session.id)).toMatchObject({ status: 'open', token: session.token });
    expect(await tableStatus(floor.tables[0]!.id)).toBe('occupied');
  });

  it('when an order-less session is idle past the location setting, then it closes and its table is available', async () => {
    const idle = await openSession(0, '2 hours');
    const recent = await openSession(1, '30 minutes');

    const result = await pruneTableSessions(orders.app.deps);

    expect(result.closedIdle).toBeGreaterThanOrEqual(1);
    expect(await row(idle.id)).toMatchObject({ status: 'closed' });
    expect(await tableStatus(floor.tables[0]!.id)).toBe('available');
    expect(await row(recent.id)).toMatchObject({ status: 'open' });
    expect(await tableStatus(floor.tables[1]!.id)).toBe('occupied');
  });

  it('when another location keeps sessions longer, then its own setting applies', async () => {
    const session = await openSession(0, '2 hours');
    await sql('UPDATE locations SET session_idle_minutes = 240 WHERE id = $1', [floor.locationId]);

    await pruneTableSessions(orders.app.deps);

    expect(await row(session.id)).toMatchObject({ status: 'open' });
  });

  it('when an order lands in a session, then its activity is fresh whoever wrote the order', async () => {
    const session = await openSession(0, '2 hours');

    await anOrderOf(orders.app.platform.db, session);

    const [touched] = await sql<{ last_activity_at: Date }>(
      'SELECT last_activity_at FROM table_sessions WHERE id = $1',
      [session.id],
    );
    expect(Date.now() - touched!.last_activity_at.getTime()).toBeLessThan(60_000);
  });

  it('when a merged source is idle but its target is active, then both stay open', async () => {
    const source = await openSession(0, '5 hours');
    const target = await openSession(1, '10 minutes');
    await orders.app.deps.tableSessions.mergeInto(source.id, target.id);
    await sql(
      `UPDATE table_sessions SET last_activity_at = now() - interval '5 hours' WHERE id = $1`,
      [source.id],
    );

    await pruneTableSessions(orders.app.deps);

    expect([await row(source.id), await row(target.id)]).toMatchObject([
      { status: 'open' },
      { status: 'open' },
    ]);
  });

  it('when the target of a merge is idle and nobody ordered, then both close', async () => {
    const source = await openSession(0, '5 hours');
    const target = await openSession(1, '5 hours');
    await orders.app.deps.tableSessions.mergeInto(source.id, target.id);
    await sql(
      `UPDATE table_sessions SET last_activity_at = now() - interval '5 hours' WHERE id = ANY($1)`,
      [[source.id, target.id]],
    );

    await pruneTableSessions(orders.app.deps);

    expect([await row(source.id), await row(target.id)]).toMatchObject([
      { status: 'closed' },
      { status: 'closed' },
    ]);
    expect(await tableStatus(floor.tables[0]!.id)).toBe('available');
  });

  it('when closed sessions pass the retention, then empty ones go and the others lose their token', async () => {
    const empty = await closedSession(0, '8 days', false);
    const withOrder = await closedSession(1, '8 days', true);
    const young = await closedSession(2, '2 days', false);

    const result = await pruneTableSessions(orders.app.deps);

    expect(await row(empty.id)).toBeUndefined();
    expect(await row(withOrder.id)).toEqual({ status: 'closed', token: null });
    expect(await row(young.id)).toEqual({ status: 'closed', token: young.token });
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(result.tokensRetired).toBeGreaterThanOrEqual(1);
    expect(await orders.app.deps.tableSessions.findOpenByToken(withOrder.token)).toBeUndefined();
    expect((await orders.app.deps.tableSessions.find(withOrder.id))!.token).toBe('');
  });

  it('when the scheduled job runs, then it prunes through BullMQ', async () => {
    const idle = await openSession(0, '2 hours');

    await orders.app.platform.jobs.enqueue(pruneTableSessionsJob(orders.app.deps), {});

    await waitUntil(async () => (await row(idle.id))?.status === 'closed', {
      what: 'the idle session closed by the job',
    });
    expect(await tableStatus(floor.tables[0]!.id)).toBe('available');
  });
});
