import { z } from 'zod';
import { newId } from '../../../libs/contracts/src';
import { createLogger, RuleViolationError } from '../../../libs/core/src';
import { defineJob, JobRuntime } from '../../../libs/jobs/src';
import { TestEnv, waitUntil } from '../../../libs/testing/src';
import { asStaff } from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';

/**
 * A delivery-adapter job (a menu to publish) fails for good: the console lists it for the
 * tenant it names with its masked data, and a re-send (double-clicked) runs it once more.
 */
describe('jobs that failed for good, in the console', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let console_: StartedApp<'console'>;
  let jobs: JobRuntime;
  let operator: Record<string, string>;
  let marketplaceUp = false;
  const runs: string[] = [];

  const publishMenu = defineJob({
    name: 'delivery-adapter.publish-menu',
    payload: z.object({
      tenantId: z.string(),
      locationId: z.string(),
      menuId: z.string(),
      apiToken: z.string(),
    }),
    attempts: 2,
    backoffMs: 10,
    process: async ({ menuId }) => {
      runs.push(menuId);
      if (!marketplaceUp)
        throw new RuleViolationError('menu-refused', 'Wolt refused the menu: 422');
    },
  });

  beforeAll(async () => {
    console_ = await startApp(env, 'console', { WATCH_EVERY_MS: '200' });
    jobs = new JobRuntime({
      redisUrl: env.run.redisUrl,
      prefix: env.redisPrefix,
      log: createLogger('test', 'silent'),
    });
    jobs.startWorker(publishMenu);
    operator = await asStaff(place.tenantId, ['operator']);
  });
  afterAll(async () => {
    await jobs.close();
    await console_.stop();
  });

  it('when a job fails for good, then its tenant sees it, secrets masked; re-sent twice at once, it runs once more', async () => {
    const menuId = newId();
    await jobs.enqueue(publishMenu, { ...place, menuId, apiToken: 'wolt-secret-token' });

    const failure = await waitUntil(
      async () =>
        (await call('GET', `${console_.url}/v1/failures?source=job`, undefined, operator)).body
          .items[0],
      { what: 'the failed job in the console' },
    );
    expect(failure).toMatchObject({
      service: 'delivery-adapter',
      cause: 'permanent',
      tenantId: place.tenantId,
      attempts: 1,
      payload: { menuId, apiToken: '***' },
    });
    expect(failure.error).toContain('Wolt refused the menu');

    marketplaceUp = true;
    const clicks = await Promise.all(
      [1, 2].map(() =>
        call(
          'POST',
          `${console_.url}/v1/failures/${failure.id}/actions`,
          { action: 'resend', reason: 'Wolt fixed their side', occurrence: failure.occurrences },
          operator,
        ),
      ),
    );

    expect(clicks.map((c) => c.status).sort()).toEqual([200, 409]);
    await waitUntil(() => runs.filter((r) => r === menuId).length === 2, {
      what: 'the job run again',
    });
    const after = await call(
      'GET',
      `${console_.url}/v1/failures/${failure.id}`,
      undefined,
      operator,
    );
    expect(after.body.status).toBe('resent');
    expect(after.body.history[0].outcome).toBe('job retried');
  });
});
