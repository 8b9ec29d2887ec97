import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aFloor, aManagerApproval, anOrderOf, type TestFloor } from './floor-builders';

describe('table sessions: one session per table, shared by every channel', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let floor: TestFloor;
  let waiter: Record<string, string>;
  const http = (method: string, path: string, body?: unknown, headers = waiter) =>
    call(method, `${orders.url}${path}`, body, headers);
  const seat = (tableId: string, guestCount?: number) =>
    http('POST', '/v1/table-sessions', { tableId, guestCount });
  const scan = (qrToken: string, key = floor.keys.qr) =>
    http('POST', '/v1/table-sessions/join', { tableToken: qrToken }, key);
  const tableStatus = async (tableId: string) =>
    (
      await orders.app.platform.db.query<{ status: string }>(
        'SELECT status FROM tables WHERE id = $1',
        [tableId],
      )
    )[0]!.status;
  const session = async (sessionId: string) =>
    (
      await orders.app.platform.db.query<Record<string, unknown>>(
        'SELECT * FROM table_sessions WHERE id = $1',
        [sessionId],
      )
    )[0]!;

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { DB_POOL_SIZE: '8' });
  });
  beforeEach(async () => {
    floor = await aFloor(orders.app.platform.db);
    waiter = await asStaff(floor.tenantId, ['waiter']);
  });
  afterAll(() => orders.stop());

  describe('POST /v1/table-sessions', () => {
    it('when staff seat a party, then answers 201, the table is occupied and the session has a token', async () => {
      const table = floor.tables[0]!;

      const res = await seat(table.id, 4);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        tableId: table.id,
        tableNumber: '1',
        status: 'open',
        guestCount: 4,
        openedVia: 'pos',
        openedBy: expect.stringMatching(/^user:/),
        closedAt: null,
        mergedIntoSessionId: null,
      });
      expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await tableStatus(table.id)).toBe('occupied');
    });

    it('when the table already has an open session, then answers 200 with it', async () => {
      const first = await seat(floor.tables[0]!.id);

      const again = await seat(floor.tables[0]!.id, 5);

      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, guestCount: 5 });
    });

    it('when the guest count is not a count, then answers 400 naming guestCount', async () => {
      const res = await seat(floor.tables[0]!.id, 0);

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'guestCount', message: expect.any(String) }]);
    });
  });

  describe('POST /v1/table-sessions/join', () => {
    it('when a guest scans twice, then both scans land in the same session, opened via qr', async () => {
      const table = floor.tables[1]!;

      const first = await scan(table.qrToken);
      const second = await scan(table.qrToken);

      expect(first.status).toBe(200);
      expect(second.body.id).toBe(first.body.id);
      expect(first.body).toEqual({
        id: expect.any(String),
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        locationId: floor.locationId,
        tableId: table.id,
        tableNumber: '2',
        guestCount: null,
        openedAt: expect.any(String),
      });
      expect(await session(first.body.id)).toMatchObject({ opened_via: 'qr' });
    });

    it('when a kiosk key joins, then the session is opened via kiosk', async () => {
      const res = await scan(floor.tables[0]!.qrToken, floor.keys.kiosk);

      expect(res.status).toBe(200);
      expect(await session(res.body.id)).toMatchObject({ opened_via: 'kiosk' });
    });

    it('when staff seat, a guest scans and a phone order opens or joins, then there is one session', async () => {
      const table = floor.tables[0]!;

      const staff = await seat(table.id, 5);
      const qr = await scan(table.qrToken);
      const phone = await orders.app.deps.tableSessions.openOrJoin(
        { tenantId: floor.tenantId, tableId: table.id },
        'phone',
        'user:phone-desk',
      );

      expect(qr.body.id).toBe(staff.body.id);
      expect(phone!.id).toBe(staff.body.id);
      expect(phone!.token).toBe(qr.body.token);
      const [open] = await orders.app.platform.db.query<{ n: string }>(
        `SELECT count(*) n FROM table_sessions WHERE table_id = $1`,
        [table.id],
      );
      expect(open!.n).toBe('1');
    });

    it('when 20 guests scan at the same moment, then one session is opened and all join it', async () => {
      const table = floor.tables[2]!;

      const answers = await Promise.all(Array.from({ length: 20 }, () => scan(table.qrToken)));

      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const [rows] = await orders.app.platform.db.query<{ n: string }>(
        'SELECT count(*) n FROM table_sessions WHERE table_id = $1',
        [table.id],
      );
      expect(rows!.n).toBe('1');
    });

    it('when a web shop key scans, then answers 403: only QR and kiosk keys join tables', async () => {
      const res = await scan(floor.tables[0]!.qrToken, floor.keys.web);

      expect(res.status).toBe(403);
    });

    it('when the token is unknown, then answers 404 table-not-found', async () => {
      const res = await scan('x'.repeat(43));

      expect(res.status).toBe(404);
      expect(res.body.type).toMatch(/table-not-found$/);
    });

    it('when a guest joins, then the session counts as active', async () => {
      const first = await scan(floor.tables[0]!.qrToken);
      await orders.app.platform.db.query(
        `UPDATE table_sessions SET last_activity_at = now() - interval '3 hours' WHERE id = $1`,
        [first.body.id],
      );

      await scan(floor.tables[0]!.qrToken);

      const row = await session(first.body.id);
      expect(Date.now() - (row.last_activity_at as Date).getTime()).toBeLessThan(60_000);
    });
  });

  describe('PATCH /v1/table-sessions/:sessionId', () => {
    it('when staff change the guest count, then it is stored', async () => {
      const opened = await seat(floor.tables[0]!.id, 2);

      const res = await http('PATCH', `/v1/table-sessions/${opened.body.id}`, { guestCount: 6 });

      expect(res.status).toBe(200);
      expect(await session(opened.body.id)).toMatchObject({ guest_count: 6 });
    });
  });

  describe('POST /v1/table-sessions/:sessionId/close', () => {
    it('when an order of the session is not paid yet, then answers 409 naming the order and stays open', async () => {
      const opened = await seat(floor.tables[0]!.id);
      const order = await anOrderOf(orders.app.platform.db, {
        id: opened.body.id,
        tenantId: floor.tenantId,
        locationId: floor.locationId,
      });

      const res = await http('POST', `/v1/table-sessions/${opened.body.id}/close`);

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-session-has-open-tab$/);
      expect(res.body.detail).toContain(order.id);
      expect(await session(opened.body.id)).toMatchObject({ status: 'open' });
    });

    it('when every order is paid or cancelled, then the session closes and the table is dirty', async () => {
      const table = floor.tables[0]!;
      const opened = await seat(table.id);
      const owner = { id: opened.body.id, tenantId: floor.tenantId, locationId: floor.locationId };
      await anOrderOf(orders.app.platform.db, owner, 'paid');
      await anOrderOf(orders.app.platform.db, owner, 'cancelled');

      const res = await http('POST', `/v1/table-sessions/${opened.body.id}/close`);
      const rescan = await scan(table.qrToken);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      expect(await session(opened.body.id)).toMatchObject({
        closed_by: expect.stringMatching(/^user:/),
      });
      expect(rescan.body.id).not.toBe(opened.body.id);
    });

    it('when the session is closed already, then answers 409 table-session-closed', async () => {
      const opened = await seat(floor.tables[0]!.id);
      await http('POST', `/v1/table-sessions/${opened.body.id}/close`);

      const res = await http('POST', `/v1/table-sessions/${opened.body.id}/close`);

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-session-closed$/);
    });

    it('when the closed token is used to find the session, then nothing is found', async () => {
      const opened = await seat(floor.tables[0]!.id);
      await http('POST', `/v1/table-sessions/${opened.body.id}/close`);

      const found = await orders.app.deps.tableSessions.findOpenByToken(opened.body.token);

      expect(found).toBeUndefined();
    });
  });

  describe('orders and closed sessions', () => {
    const closedWithPaidOrder = async () => {
      const opened = await seat(floor.tables[0]!.id);
      const owner = { id: opened.body.id, tenantId: floor.tenantId, locationId: floor.locationId };
      const order = await anOrderOf(orders.app.platform.db, owner, 'paid');
      await http('POST', `/v1/table-sessions/${opened.body.id}/close`);
      return { owner, order };
    };

    it('when an order is written for a closed session, then the database refuses it', async () => {
      const { owner } = await closedWithPaidOrder();

      await expect(anOrderOf(orders.app.platform.db, owner)).rejects.toThrow(/is closed/);
    });

    it('when an order of a closed session is updated in place, then it is allowed', async () => {
      const { owner, order } = await closedWithPaidOrder();

      await orders.app.platform.db.query(
        `UPDATE orders SET table_session_id = $2, updated_at = now() WHERE id = $1`,
        [order.id, owner.id],
      );

      expect(await session(owner.id)).toMatchObject({ status: 'closed' });
    });

    it('when a settling flow closes a session with a tab, then closeIfSettled leaves it open', async () => {
      const opened = await seat(floor.tables[0]!.id);
      const owner = { id: opened.body.id, tenantId: floor.tenantId, locationId: floor.locationId };
      const order = await anOrderOf(orders.app.platform.db, owner);

      const withTab = await orders.app.platform.db.withTransaction(() =>
        orders.app.deps.tableSessions.closeIfSettled(owner.id),
      );
      await orders.app.platform.db.query(`UPDATE orders SET status = 'paid' WHERE id = $1`, [
        order.id,
      ]);
      const settled = await orders.app.deps.tableSessions.closeIfSettled(owner.id);

      expect([withTab, settled]).toEqual([false, true]);
      expect(await session(owner.id)).toMatchObject({ status: 'closed' });
    });
  });

  describe('POST /v1/table-sessions/:sessionId/reopen', () => {
    const closed = async (tableIndex = 0) => {
      const opened = await seat(floor.tables[tableIndex]!.id);
      await http('POST', `/v1/table-sessions/${opened.body.id}/close`);
      return opened.body.id as string;
    };

    it('when a waiter reopens without an approval, then answers 403 approval-required', async () => {
      const sessionId = await closed();

      const res = await http('POST', `/v1/table-sessions/${sessionId}/reopen`);

      expect(res.status).toBe(403);
      expect(res.body.type).toMatch(/approval-required$/);
      expect(await session(sessionId)).toMatchObject({ status: 'closed' });
    });

    it("when a waiter carries a manager's approval for another session, then answers 403", async () => {
      const sessionId = await closed();
      const other = await closed(1);
      const approval = await aManagerApproval(floor.tenantId, 'reopen-session', other);

      const res = await http('POST', `/v1/table-sessions/${sessionId}/reopen`, undefined, {
        ...waiter,
        ...approval.header,
      });

      expect(res.status).toBe(403);
    });

    it("when a waiter carries a manager's approval, then the session is open again and the approver kept", async () => {
      const table = floor.tables[0]!;
      const sessionId = await closed();
      const approval = await aManagerApproval(floor.tenantId, 'reopen-session', sessionId);

      const res = await http('POST', `/v1/table-sessions/${sessionId}/reopen`, undefined, {
        ...waiter,
        ...approval.header,
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: sessionId, status: 'open', closedAt: null });
      expect(await session(sessionId)).toMatchObject({
        reopen_approved_by: approval.managerId,
        reopened_by: expect.stringMatching(/^user:/),
      });
      expect(await tableStatus(table.id)).toBe('occupied');
      expect((await scan(table.qrToken)).body.id).toBe(sessionId);
    });

    it('when a manager reopens, then no approval is needed', async () => {
      const sessionId = await closed();

      const res = await http(
        'POST',
        `/v1/table-sessions/${sessionId}/reopen`,
        undefined,
        await asStaff(floor.tenantId, ['manager']),
      );

      expect(res.status).toBe(200);
    });

    it('when another party already sits at the table, then answers 409 table-session-open', async () => {
      const sessionId = await closed();
      await seat(floor.tables[0]!.id);

      const res = await http(
        'POST',
        `/v1/table-sessions/${sessionId}/reopen`,
        undefined,
        await asStaff(floor.tenantId, ['manager']),
      );

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-session-open$/);
    });

    it('when the session is open, then answers 409 table-session-not-closed', async () => {
      const opened = await seat(floor.tables[0]!.id);

      const res = await http(
        'POST',
        `/v1/table-sessions/${opened.body.id}/reopen`,
        undefined,
        await asStaff(floor.tenantId, ['manager']),
      );

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/table-session-not-closed$/);
    });
  });

  describe('merged tables', () => {
    it('when two tables are pushed together, then a scan and a phone order at the source land in the target', async () => {
      const [source, target] = [floor.tables[0]!, floor.tables[1]!];
      const sourceSession = (await scan(source.qrToken)).body;
      const targetSession = (await seat(target.id, 4)).body;

      await orders.app.deps.tableSessions.mergeInto(sourceSession.id, targetSession.id);
      const rescan = await scan(source.qrToken);
      const phone = await orders.app.deps.tableSessions.openOrJoin(
        { tenantId: floor.tenantId, tableId: source.id },
        'phone',
        'user:phone-desk',
      );
      const byOldToken = await orders.app.deps.tableSessions.findOpenByToken(sourceSession.token);

      expect(rescan.body).toMatchObject({ id: targetSession.id, tableNumber: '2' });
      expect(phone!.id).toBe(targetSession.id);
      expect(byOldToken!.id).toBe(targetSession.id);
      expect(await session(sourceSession.id)).toMatchObject({
        status: 'open',
        merged_into_session_id: targetSession.id,
      });
      expect([await tableStatus(source.id), await tableStatus(target.id)]).toEqual([
        'occupied',
        'occupied',
      ]);
    });

    it('when the target closes, then the merged source closes too and both tables are dirty', async () => {
      const [source, target] = [floor.tables[0]!, floor.tables[1]!];
      const sourceSession = (await seat(source.id)).body;
      const targetSession = (await seat(target.id)).body;
      await orders.app.deps.tableSessions.mergeInto(sourceSession.id, targetSession.id);

      const res = await http('POST', `/v1/table-sessions/${targetSession.id}/close`);

      expect(res.status).toBe(200);
      expect(await session(sourceSession.id)).toMatchObject({ status: 'closed' });
      expect([await tableStatus(source.id), await tableStatus(target.id)]).toEqual([
        'dirty',
        'dirty',
      ]);
    });

    it('when the merged source still has an unpaid order, then closing the target is refused', async () => {
      const sourceSession = (await seat(floor.tables[0]!.id)).body;
      const targetSession = (await seat(floor.tables[1]!.id)).body;
      await anOrderOf(orders.app.platform.db, {
        id: sourceSession.id,
        tenantId: floor.tenantId,
        locationId: floor.locationId,
      });
      await orders.app.deps.tableSessions.mergeInto(sourceSession.id, targetSession.id);

      const res = await http('POST', `/v1/table-sessions/${targetSession.id}/close`);

      expect(res.status).toBe(409);
      expect(await session(targetSession.id)).toMatchObject({ status: 'open' });
    });

    it('when a third table joins a source that was merged, then it lands in the final target', async () => {
      const [a, b, c] = await Promise.all(floor.tables.map(async (t) => (await seat(t.id)).body));
      await orders.app.deps.tableSessions.mergeInto(a.id, b.id);

      await orders.app.deps.tableSessions.mergeInto(c.id, a.id);

      expect(await session(c.id)).toMatchObject({ merged_into_session_id: b.id });
      expect((await scan(floor.tables[2]!.qrToken)).body.id).toBe(b.id);
    });

    it('when a session would merge into itself through its target, then it is refused', async () => {
      const a = (await seat(floor.tables[0]!.id)).body;
      const b = (await seat(floor.tables[1]!.id)).body;
      await orders.app.deps.tableSessions.mergeInto(a.id, b.id);

      await expect(orders.app.deps.tableSessions.mergeInto(b.id, a.id)).rejects.toMatchObject({
        type: 'table-session-merge',
      });
    });
  });
});
