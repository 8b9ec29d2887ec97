import IORedis from 'ioredis';

/** Deletes every key matching `pattern` (a finished test or bench run's prefix). */
export async function deleteRedisKeys(url: string, pattern: string): Promise<number> {
  const redis = new IORedis(url);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
