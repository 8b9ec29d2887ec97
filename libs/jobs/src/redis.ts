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
export async function assertNoEviction(redis: Redis): Promise<void> {
  const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
  const policy = reply[1];
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" (set it in redis.conf or with CONFIG SET)`,
    );
  }
}
