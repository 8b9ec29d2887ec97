import IORedis, { type Redis } from 'ioredis';

/** A connection fit for BullMQ workers (blocking commands must not time out). */
export function createRedis(url: string): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}

/**
 * BullMQ loses jobs silently if Redis may evict keys: refuse to start unless the policy
 * is `noeviction`.
 */
export async function assertNoEviction(redis: Redis, timeoutMs = 10_000): Promise<void> {
  let reply: string[];
  try {
    reply = (await Promise.race([
      redis.config('GET', 'maxmemory-policy'),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)),
          timeoutMs,
        ).unref(),
      ),
    ])) as string[];
  } catch (err) {
    // Managed Redis services often forbid CONFIG: the policy cannot be read, so we trust the operator.
    if (/unknown command|NOPERM|not allowed/i.test((err as Error).message)) return;
    throw err;
  }
  const policy = reply[1];
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" (set it in redis.conf or with CONFIG SET)`,
    );
  }
}
