import { createLogger } from '../../core/src';
import { TestEnv, waitUntil } from '../../testing/src';
import {
  appendToFeed,
  FeedWakeups,
  LiveFeed,
  liveFeedWriter,
  type Db,
  type FeedEntry,
  type FeedScope,
  type FeedStep,
} from '../src';
import { aScope, anEntry, feedDatabase } from './feed-support';

describe('live feed: wake-ups and followers', () => {
  const env = new TestEnv();
  const log = createLogger('feed-test', 'silent');
  let feed: Awaited<ReturnType<typeof feedDatabase>>;
  let db: Db;
  let otherProcess: Db;
  const closing: Array<() => Promise<unknown>> = [];

  const listeners = async () => {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'live-feed-listener'`,
      [feed.name],
    );
    return row!.n;
  };

  /** Follows `scope` in the background, keeping every step. */
  function follow(live: LiveFeed, scope: FeedScope, from?: FeedStep['position']) {
    const stop = new AbortController();
    const steps: FeedStep[] = [];
    const done = (async () => {
      for await (const step of live.follow(scope, from, stop.signal)) steps.push(step);
    })();
    const subjects = () =>
      steps.flatMap((s) => (s.kind === 'events' ? s.events.map((e) => e.subjectId) : []));
    return { steps, subjects, done, stop: () => (stop.abort(), done) };
  }

  const commit = (target: Db, ...entries: FeedEntry[]) =>
    target.withTransaction(() => liveFeedWriter(target).append(entries));

  beforeAll(async () => {
    feed = await feedDatabase(env, 'follow');
    db = feed.db;
    otherProcess = await feed.another();
  });
  afterAll(async () => {
    await Promise.allSettled(closing.map((close) => close()));
    await feed.close();
  });

  it('when another process commits entries, then its NOTIFY wakes the subscribers of that location only', async () => {
    const wakeups = new FeedWakeups({ databaseUrl: feed.url, log, pollIntervalMs: 600_000 });
    closing.push(() => wakeups.close());
    const [ours, theirs] = [aScope(), aScope()];
    const woken = { ours: 0, theirs: 0 };
    wakeups.subscribe(ours.locationId, () => woken.ours++);
    wakeups.subscribe(theirs.locationId, () => woken.theirs++);
    await waitUntil(() => wakeups.listening, { what: 'the listener' });
    const before = { ...woken };

    await commit(otherProcess, anEntry(ours, 'o1'), anEntry(ours, 'o2'));
    await waitUntil(() => woken.ours > before.ours, { what: 'a wake-up by NOTIFY' });

    expect(woken.theirs).toBe(before.theirs);
    await wakeups.close();
  });

  it('when a transaction rolls back, then nobody is woken for it', async () => {
    const wakeups = new FeedWakeups({ databaseUrl: feed.url, log, pollIntervalMs: 600_000 });
    closing.push(() => wakeups.close());
    const [failed, kept] = [aScope(), aScope()];
    const woken: string[] = [];
    wakeups.subscribe(failed.locationId, () => woken.push('failed'));
    wakeups.subscribe(kept.locationId, () => woken.push('kept'));
    await waitUntil(() => wakeups.listening, { what: 'the listener' });
    woken.length = 0;

    await expect(
      otherProcess.withTransaction(async () => {
        await liveFeedWriter(otherProcess).append(anEntry(failed, 'x'));
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    await commit(otherProcess, anEntry(kept, 'k'));
    await waitUntil(() => woken.includes('kept'), { what: 'the kept wake-up' });

    expect(woken).not.toContain('failed');
    await wakeups.close();
  });

  it('when entries come without a NOTIFY, then the poll delivers them', async () => {
    const live = new LiveFeed({ db, log, pollIntervalMs: 50 });
    closing.push(() => live.close());
    const scope = aScope();
    const follower = follow(live, scope);
    await waitUntil(() => follower.steps[0]?.kind === 'ready', { what: 'ready' });

    await db.withTransaction((em) => appendToFeed(em, [anEntry(scope, 'quiet')]));

    await waitUntil(() => follower.subjects().length === 1, { what: 'the polled entry' });
    expect(follower.subjects()).toEqual(['quiet']);
    await follower.stop();
  });

  it('when many follow, then one LISTEN connection serves them all and closes after the last leaves', async () => {
    const live = new LiveFeed({ db, log });
    closing.push(() => live.close());
    const scopes = [aScope(), aScope(), aScope()];
    const followers = scopes.map((scope) => follow(live, scope));
    await waitUntil(() => live.listening, { what: 'the listener' });

    await Promise.all(scopes.map((scope, i) => commit(otherProcess, anEntry(scope, `s${i}`))));
    await waitUntil(() => followers.every((f) => f.subjects().length === 1), {
      what: 'an entry at each follower',
    });
    // Earlier tests' listeners may still be closing: wait for the count to settle.
    await waitUntil(async () => (await listeners()) === 1, { what: 'one listener' });
    await Promise.all(followers.map((f) => f.stop()));

    expect(followers.map((f) => f.subjects())).toEqual([['s0'], ['s1'], ['s2']]);
    await waitUntil(async () => (await listeners()) === 0, { what: 'the listener closed' });
    expect(live.listening).toBe(false);
  });

  it('when following from a position, then ready comes with it and then exactly the entries after it', async () => {
    const live = new LiveFeed({ db, log, pageSize: 2 });
    closing.push(() => live.close());
    const scope = aScope();
    const first = follow(live, scope);
    await commit(otherProcess, anEntry(scope, 'e1'));
    await waitUntil(() => first.subjects().length === 1, { what: 'e1' });
    await first.stop();
    const seen = first.steps.at(-1)!.position;
    await commit(otherProcess, anEntry(scope, 'e2'), anEntry(scope, 'e3'), anEntry(scope, 'e4'));

    const resumed = follow(live, scope, seen);
    await waitUntil(() => resumed.subjects().length >= 3, { what: 'the missed entries' });
    await resumed.stop();

    expect(resumed.steps[0]).toEqual({ kind: 'ready', position: seen });
    expect(resumed.subjects()).toEqual(['e2', 'e3', 'e4']);
  });

  it('when the LISTEN connection is cut, then it comes back by itself and NOTIFY wakes again', async () => {
    const wakeups = new FeedWakeups({ databaseUrl: feed.url, log, pollIntervalMs: 600_000 });
    closing.push(() => wakeups.close());
    const scope = aScope();
    let woken = 0;
    wakeups.subscribe(scope.locationId, () => woken++);
    await waitUntil(() => wakeups.listening, { what: 'the listener' });

    await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'live-feed-listener'`,
      [feed.name],
    );
    await waitUntil(() => !wakeups.listening, { what: 'the cut noticed' });
    await waitUntil(() => wakeups.listening, { what: 'the listener back' });
    const before = woken;
    await commit(otherProcess, anEntry(scope, 'after-the-cut'));

    await waitUntil(() => woken > before, { what: 'a wake-up by NOTIFY' });
    expect(wakeups.listening).toBe(true);
    await wakeups.close();
  });

  it('when the feed closes, then every follower ends', async () => {
    const live = new LiveFeed({ db, log });
    const follower = follow(live, aScope());
    await waitUntil(() => follower.steps.length > 0, { what: 'ready' });

    await live.close();

    await expect(follower.done).resolves.toBeUndefined();
  });
});
