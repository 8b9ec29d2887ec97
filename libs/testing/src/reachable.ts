import { connect } from 'amqplib';
import IORedis from 'ioredis';
import { Client } from 'pg';

/** Resolves when the server answers a real request within `timeoutMs`; rejects with why not. */
export async function postgresAnswers(url: string, timeoutMs = 3_000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function rabbitAnswers(url: string, timeoutMs = 3_000): Promise<void> {
  const conn = await connect(url, { timeout: timeoutMs });
  await conn.close();
}

export async function redisAnswers(url: string, timeoutMs = 3_000): Promise<void> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}
