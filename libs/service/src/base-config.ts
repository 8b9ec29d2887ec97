import { env } from '@brigade/core';
import { z } from 'zod';

/**
 * The variables every service reads. Defaults suit a developer machine with the local
 * services; production sets them all.
 */
export function baseConfig(service: string, defaultPort: number) {
  const dbName = `brigade_${service.replace(/-/g, '_')}`;
  return z.object({
    PORT: env.port(defaultPort),
    LOG_LEVEL: env.logLevel(),
    DATABASE_URL: env.url(`postgres://postgres@127.0.0.1:5432/${dbName}`, [
      'postgres',
      'postgresql',
    ]),
    DB_POOL_SIZE: env.int(10, 1),
    MIGRATE_ON_START: env.bool(true),
    AMQP_URL: env.url('amqp://guest:guest@127.0.0.1:5672', ['amqp', 'amqps']),
    /** Prepended to every exchange and queue name (isolates test runs on one vhost). */
    AMQP_PREFIX: z
      .string()
      .regex(/^[\w.-]*$/)
      .default(''),
    /** Test runs only: unused queues and exchanges vanish after this long. */
    AMQP_QUEUE_EXPIRES_MS: z.coerce.number().int().min(1000).optional(),
    CONSUMER_PREFETCH: env.int(32, 1),
    /**
     * How long the outbox relay waits for the broker to confirm a batch, inside its database
     * transaction; then it rolls back, retries later and replaces the publisher channel.
     */
    PUBLISH_CONFIRM_TIMEOUT_MS: env.int(5_000, 100),
    /** Delays of the retry steps for a failed message; after the last, the DLQ. */
    RETRY_DELAYS_MS: env.list([1_000, 5_000, 30_000, 120_000, 600_000]),
    /** Redeliveries (consumer crashes) before the broker dead-letters a message. */
    DELIVERY_LIMIT: env.int(10, 1),
    /** Days a consumed message id is remembered (redeliveries older than that apply again). */
    INBOX_RETENTION_DAYS: env.int(7, 1),
    /**
     * Signs and verifies staff tokens and manager approvals; the same in every service.
     * The default is for a developer machine only.
     */
    AUTH_TOKEN_SECRET: z
      .string()
      .min(32)
      .default('brigade-development-secret-change-me-in-production'),
    /** Lifetime of a staff token, in seconds. */
    AUTH_TOKEN_TTL_SECONDS: env.int(900, 60),
    REDIS_URL: env.url('redis://127.0.0.1:6379', ['redis', 'rediss']),
    /**
     * A running job holds its lock this long and renews it halfway; a worker that died
     * leaves a job whose lock lapses, and another worker takes it over within about this.
     */
    JOB_LOCK_MS: env.int(30_000, 500),
    /**
     * How long a stopping service waits for its parts (requests, handlers, jobs in progress)
     * before it leaves them behind and exits; below the orchestrator's kill timeout.
     */
    SHUTDOWN_GRACE_MS: env.int(20_000, 1_000),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w.:-]+$/)
      .default('brigade'),
  });
}

export type BaseConfig = z.infer<ReturnType<typeof baseConfig>>;
