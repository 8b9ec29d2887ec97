import { LiveEvent } from '../../../../libs/contracts/src';
import { feedHead } from '../../../../libs/db/src';
import type { FeedEntry } from '../../src/domain/live/ports';
import { SseClient, TestEnv, waitUntil } from '../../../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { pruneLiveFeedJob } from '../../../../libs/service/src';

describe('GET /v1/locations/:locationId/live', () => {
  const env = new TestEnv();
  const clients: SseClient[] = [];
  let orders: StartedApp<'orders'>;
  let ours: TestMenu;
  let theirs: TestMenu;
  let staff: Record<string, string>;

  const liveUrl = (menu: TestMenu, query = '') =>
    `${orders.url}/v1/locations/${menu.locationId}/live${query}`;

  async function connect(query = '', headers: Record<string, string> = staff, app = orders) {
    const client = await SseClient.connect(
      `${app.url}/v1/locations/${ours.locationId}/live${query}`,
      headers,
    );
    clients.push(client);
    return client;
  }

  async function ready(query = '', headers: Record<string, string> = staff, app = orders) {
    const client = await connect(query, headers, app);
    expect(client.response.status).toBe(200);
    await client.until((c) => c.events.length > 0, 'the first event');
    return client;
  }

  const anEntry = (menu: TestMenu, subjectId: string, topic: FeedEntry['topic'] = 'order') =>
    ({
      tenantId: menu.tenantId,
      locationId: menu.locationId,
      topic,
      type: `${topic}.changed`,
      subjectId,
      data: { subjectId, version: 1 },
    }) satisfies FeedEntry;

  /** Appends the entries in one transaction, as an area's use case does. */
  const commit = (...entries: FeedEntry[]) =>
    orders.app.deps.transaction(async () => {
      for (const entry of entries) await orders.app.deps.feed.append(entry);
    });

  /** Waits until every entry committed so far is behind the feed's head ("now"). */
  async function settled() {
    const { db } = orders.app.platform;
    const [row] = await db.query<{ xid: string | null }>(
      'SELECT max(xid)::text AS xid FROM live_feed',
    );
    const last = BigInt(row?.xid ?? 0);
    await waitUntil(async () => BigInt((await feedHead(db)).xid) > last, { what: 'the head' });
  }

  const subjects = (client: SseClient) =>
    client.changes<{ subjectId: string }>().map((c) => c.subjectId);

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    [ours, theirs] = [await aMenu(orders.app.platform.db), await aMenu(orders.app.platform.db)];
    staff = await asStaff(ours.tenantId, ['waiter']);
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await orders.stop();
  });

  it('when entries are appended while a client is connected, then it gets them after ready, in order, each once, and nothing of other locations', async () => {
    await commit(anEntry(ours, 'before'));
    await settled();
    const client = await ready();

    await commit(anEntry(ours, 'o1'), anEntry(ours, 't1', 'table'));
    await commit(anEntry(theirs, 'elsewhere'));
    await commit(anEntry(ours, 'o2'));
    await client.until((c) => c.changes().length >= 3, 'three changes');

    expect(client.events[0]!.event).toBe('ready');
    expect(client.events.slice(1).map((e) => e.event)).toEqual(['order', 'table', 'order']);
    expect(subjects(client)).toEqual(['o1', 't1', 'o2']);
    const changes = client.changes().map((c) => LiveEvent.parse(c));
    expect(changes[2]).toMatchObject({ type: 'order.changed', data: { subjectId: 'o2' } });
    expect(client.events.slice(1).map((e) => e.lastEventId)).toEqual(changes.map((c) => c.id));
  });

  it('when a client reconnects with Last-Event-ID or ?after=, then it gets exactly what it missed', async () => {
    const first = await ready();
    await commit(anEntry(ours, 'r1'));
    await commit(anEntry(ours, 'r2'));
    await first.until((c) => c.changes().length >= 2, 'r1 and r2');
    const afterR1 = first.events[1]!.lastEventId;
    await first.close();

    await commit(anEntry(ours, 'r3'), anEntry(ours, 'r4'));
    await commit(anEntry(ours, 'r5'));
    const byHeader = await ready('', { ...staff, 'Last-Event-ID': first.lastEventId });
    const byQuery = await ready(`?after=${afterR1}`);
    await byHeader.until((c) => c.changes().length >= 3, 'the missed three');
    await byQuery.until((c) => c.changes().length >= 4, 'the missed four');
    await commit(anEntry(ours, 'r6'));
    await byHeader.until((c) => subjects(c).includes('r6'), 'r6');
    await byQuery.until((c) => subjects(c).includes('r6'), 'r6');

    expect(byHeader.events[0]).toMatchObject({ event: 'ready', lastEventId: first.lastEventId });
    expect(subjects(byHeader)).toEqual(['r3', 'r4', 'r5', 'r6']);
    expect(subjects(byQuery)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('when an order is placed, then staff watching its location see it', async () => {
    const client = await ready();

    const placed = await call('POST', `${orders.url}/v1/orders`, aPlaceOrderRequest(ours), {
      ...asStorefront(ours),
      'Idempotency-Key': anIdempotencyKey(),
    });
    await client.until((c) => subjects(c).includes(placed.body.id), 'the new order');

    expect(placed.status).toBe(201);
    expect(client.changes()).toContainEqual(
      expect.objectContaining({ topic: 'order', subjectId: placed.body.id }),
    );
  });

  it('when only some topics are asked for, then only those come', async () => {
    const client = await ready('?topics=table');

    await commit(anEntry(ours, 'o-skip'), anEntry(ours, 't-keep', 'table'));
    await client.until((c) => c.changes().length >= 1, 'the table change');

    expect(subjects(client)).toEqual(['t-keep']);
  });

  it('when the token comes as ?access_token= (EventSource), then the stream opens and the token is in no answer', async () => {
    const token = staff.authorization!.replace('Bearer ', '');

    const client = await ready(`?access_token=${token}`, {});
    const theirsAnswer = await call('GET', liveUrl(theirs, `?access_token=${token}`));

    expect(client.events[0]!.event).toBe('ready');
    expect(theirsAnswer.status).toBe(404);
    expect(JSON.stringify(theirsAnswer.body)).not.toContain(token);
  });

  it.each([
    ['no credential', 401, 'unauthenticated', async () => ({})],
    ['a storefront key', 403, 'forbidden', async () => asStorefront(ours)],
    ['staff of another tenant', 404, 'location-not-found', async () => asStaff(theirs.tenantId)],
    [
      'staff of another location',
      404,
      'location-not-found',
      async () => asStaff(ours.tenantId, ['manager'], [theirs.locationId]),
    ],
  ])('when asked with %s, then answers %i %s', async (_who, status, type, headers) => {
    const res = await call('GET', liveUrl(ours), undefined, await headers());

    expect(res.status).toBe(status);
    expect(res.body.type).toMatch(new RegExp(`/${type}$`));
  });

  it("when asked for another tenant's location by its staff id, then answers 404 like a missing one", async () => {
    const res = await call('GET', liveUrl(theirs), undefined, staff);

    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(theirs.tenantId);
  });

  it.each([
    ['a Last-Event-ID', '', { 'Last-Event-ID': 'yesterday' }, 'header.Last-Event-ID'],
    ['an after', '?after=yesterday', {}, 'query.after'],
  ])(
    'when %s is not an id of the stream, then answers 400 naming it',
    async (_what, query, extra, field) => {
      const res = await call('GET', liveUrl(ours, query), undefined, { ...staff, ...extra });

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field })]);
    },
  );

  it('when the resume point was pruned by the retention job, then reset comes instead of ready and the stream goes on from now', async () => {
    const first = await ready();
    await commit(anEntry(ours, 'p1'));
    await first.until((c) => c.changes().length >= 1, 'p1');
    const beforeP1 = first.events[0]!.lastEventId;
    await first.close();
    await orders.app.platform.db.query(
      `UPDATE live_feed SET at = now() - interval '25 hours' WHERE subject_id = 'p1'`,
    );

    const pruned = await pruneLiveFeedJob('orders', orders.app.platform.db).process(
      { olderThanHours: 24 },
      undefined as never,
    );
    const resumed = await ready('', { ...staff, 'Last-Event-ID': beforeP1 });
    await commit(anEntry(ours, 'p2'));
    await resumed.until((c) => c.changes().length >= 1, 'p2');

    expect(pruned).toBeGreaterThanOrEqual(1);
    expect(resumed.events[0]!.event).toBe('reset');
    expect(resumed.events[0]!.lastEventId).not.toBe(beforeP1);
    expect(subjects(resumed)).toEqual(['p2']);
  });

  it('when the service stops, then its open streams end and the stop does not wait for them', async () => {
    const second = await startApp(env, 'orders');
    const client = await ready('', staff, second);

    const started = Date.now();
    const stopped = second.stop();
    await client.ended;
    const endedAfterMs = Date.now() - started;
    await stopped;

    // Left open, the stream would hold the HTTP server's close for its 10 s grace.
    expect(endedAfterMs).toBeLessThan(3_000);
  });

  it('when the OpenAPI document is read, then it lists the stream', async () => {
    const res = await call('GET', `${orders.url}/openapi.json`);

    const route = res.body.paths['/v1/locations/{locationId}/live'].get;
    expect(route.summary).toMatch(/Server-Sent Events/);
    expect(route.responses['200'].description).toMatch(/Last-Event-ID/);
  });
});
