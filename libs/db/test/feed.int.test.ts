import { Client } from 'pg';
import { TestEnv, waitUntil } from '../../testing/src';
import {
  appendToFeed,
  comparePositions,
  decodePosition,
  feedHead,
  liveFeedWriter,
  pruneFeed,
  readFeed,
  type Db,
  type FeedEvent,
  type FeedPosition,
  type FeedScope,
} from '../src';
import { aScope, anEntry, feedDatabase, openTransaction } from './feed-support';

describe('live feed: append, read, prune', () => {
  const env = new TestEnv();
  let feed: Awaited<ReturnType<typeof feedDatabase>>;
  let db: Db;

  /** Reads page after page from `from` until `count` events came (older open transactions may hold some back). */
  async function readUntil(scope: FeedScope, from: FeedPosition, count: number) {
    const events: FeedEvent[] = [];
    const pages: number[] = [];
    let position = from;
    await waitUntil(
      async () => {
        const page = await readFeed(db, scope, position, 100);
        if (page.events.length > 0) pages.push(page.events.length);
        events.push(...page.events);
        position = page.position;
        return events.length >= count;
      },
      { what: `${count} feed events` },
    );
    return { events, pages, position };
  }

  const subjects = (events: FeedEvent[]) => events.map((e) => e.subjectId);

  beforeAll(async () => {
    feed = await feedDatabase(env, 'feed');
    db = feed.db;
  });
  afterAll(() => feed.close());

  it('when a transaction that took its xid first commits last, then nothing after it is read before it commits, and both exactly once after', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const a = await openTransaction(db);
    await a.append(anEntry(scope, 'a'));
    const b = await openTransaction(db);
    await b.append(anEntry(scope, 'b'));
    await b.commit();

    const whileAOpen = await readFeed(db, scope, start);
    await a.commit();
    const afterA = await readUntil(scope, whileAOpen.position, 2);
    const again = await readFeed(db, scope, afterA.position);

    expect(whileAOpen).toMatchObject({ events: [], reset: false, held: true });
    expect(subjects(afterA.events)).toEqual(['a', 'b']);
    expect(again.events).toEqual([]);
    // The trap this avoids: b's seq is the higher one, yet it committed first, so a reader
    // paging by `seq > cursor` would have passed a's seq before a became visible.
    const [seqA, seqB] = afterA.events.map((e) => BigInt(decodePosition(e.id)!.seq));
    expect(seqB! > seqA!).toBe(true);
  });

  it('when the transaction with the older xid appends last and commits last, then its entry comes first and the younger one is held back until then', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const older = await openTransaction(db);
    await older.takeXid();
    const younger = await openTransaction(db);
    await younger.append(anEntry(scope, 'younger'));
    await younger.commit();

    const whileOlderOpen = await readFeed(db, scope, start);
    await older.append(anEntry(scope, 'older'));
    await older.commit();
    const after = await readUntil(scope, whileOlderOpen.position, 2);

    expect(whileOlderOpen.events).toEqual([]);
    expect(subjects(after.events)).toEqual(['older', 'younger']);
    expect((await readFeed(db, scope, after.position)).events).toEqual([]);
  });

  it('when a long transaction runs in another database of the cluster, then it does not hold this feed back', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const elsewhere = new Client({ connectionString: env.run.postgresUrl });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      const ours = await openTransaction(db);
      await ours.append(anEntry(scope, 'here'));
      await ours.commit();

      const page = await readFeed(db, scope, start);

      expect(subjects(page.events)).toEqual(['here']);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('when a transaction rolls back, then its entries are never read and later ones are', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const failed = await openTransaction(db);
    await failed.append(anEntry(scope, 'rolled-back'));
    await failed.rollback();
    const kept = await openTransaction(db);
    await kept.append(anEntry(scope, 'kept'));
    await kept.commit();

    const { events } = await readUntil(scope, start, 1);

    expect(subjects(events)).toEqual(['kept']);
  });

  it('when many entries wait, then they come in pages of the limit, in append order, each once, and other locations stay out', async () => {
    const scope = aScope();
    const elsewhere = aScope();
    const start = await feedHead(db);
    const expected: string[] = [];
    for (let t = 0; t < 5; t++) {
      const tx = await openTransaction(db);
      const ours = Array.from({ length: 50 }, (_, i) => anEntry(scope, `${t}-${i}`));
      await tx.append(...ours.slice(0, 25), anEntry(elsewhere, `x${t}`), ...ours.slice(25));
      await tx.commit();
      expected.push(...ours.map((e) => e.subjectId));
    }
    const [last] = await db.query<{ xid: string }>(
      'SELECT max(xid)::text AS xid FROM live_feed WHERE location_id = $1',
      [scope.locationId],
    );
    // Every page full: all five transactions are behind the oldest one still running.
    await waitUntil(async () => BigInt((await feedHead(db)).xid) > BigInt(last!.xid));

    const { events, pages } = await readUntil(scope, start, 250);

    expect(pages).toEqual([100, 100, 50]);
    expect(subjects(events)).toEqual(expected);
    const ids = events.map((e) => decodePosition(e.id)!);
    expect(ids.every((id, i) => i === 0 || comparePositions(ids[i - 1]!, id) < 0)).toBe(true);
  });

  it('when reading from the head, then what was there before is not sent and what comes after is', async () => {
    const scope = aScope();
    const before = await openTransaction(db);
    await before.append(anEntry(scope, 'old'));
    await before.commit();
    await readUntil(scope, { xid: '0', seq: '0' }, 1);

    const head = await feedHead(db);
    const after = await openTransaction(db);
    await after.append(anEntry(scope, 'new'));
    await after.commit();
    const { events } = await readUntil(scope, head, 1);

    expect(subjects(events)).toEqual(['new']);
  });

  it('when topics are asked for, then only entries of those topics come', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const tx = await openTransaction(db);
    await tx.append(anEntry(scope, 'o1'), anEntry(scope, 't1', 'table'), anEntry(scope, 'o2'));
    await tx.commit();

    const { events } = await readUntil({ ...scope, topics: ['table'] }, start, 1);

    expect(events).toMatchObject([{ subjectId: 't1', topic: 'table', type: 'table.changed' }]);
  });

  it('when a position was never handed out (past the head), then the read says reset from the head', async () => {
    const scope = aScope();
    const head = await feedHead(db);

    const page = await readFeed(db, scope, {
      xid: (BigInt(head.xid) + 1000n).toString(),
      seq: '1',
    });

    expect(page.reset).toBe(true);
    expect(comparePositions(page.position, head)).toBeGreaterThanOrEqual(0);
  });

  it('when appended through a Db or a writer outside a transaction, then it throws and stores nothing', async () => {
    const scope = aScope();

    await expect(appendToFeed(db, anEntry(scope, 'loose'))).rejects.toThrow(
      /inside the transaction/,
    );
    await expect(liveFeedWriter(db).append(anEntry(scope, 'loose'))).rejects.toThrow(/inside/);
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM live_feed WHERE location_id = $1',
      [scope.locationId],
    );
    expect(row!.n).toBe(0);
  });

  it('when entries older than the retention are pruned, then resuming from before them resets and resuming from the last pruned one does not', async () => {
    const scope = aScope();
    const start = await feedHead(db);
    const old = await openTransaction(db);
    await old.append(anEntry(scope, 'old-1'), anEntry(scope, 'old-2'));
    await old.commit();
    const { events: oldEvents } = await readUntil(scope, start, 2);
    await db.query(`UPDATE live_feed SET at = now() - interval '25 hours' WHERE location_id = $1`, [
      scope.locationId,
    ]);
    const fresh = await openTransaction(db);
    await fresh.append(anEntry(scope, 'fresh'));
    await fresh.commit();

    const deleted = await pruneFeed(db, 24);
    const fromStart = await readFeed(db, scope, start);
    const fromLastPruned = await readUntil(scope, decodePosition(oldEvents[1]!.id)!, 1);

    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(fromStart).toMatchObject({ events: [], reset: true });
    expect(subjects(fromLastPruned.events)).toEqual(['fresh']);
    const left = await db.query<{ subject_id: string }>(
      'SELECT subject_id FROM live_feed WHERE location_id = $1',
      [scope.locationId],
    );
    expect(left).toEqual([{ subject_id: 'fresh' }]);
  });
});
