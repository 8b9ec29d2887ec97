import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { RabbitMQContainer } from '@testcontainers/rabbitmq';
import { RedisContainer } from '@testcontainers/redis';
import type { Infrastructure } from './provision';

/** PostgreSQL, RabbitMQ and Redis in throwaway containers (only where a Docker engine runs). */
export async function startContainers(): Promise<Infrastructure> {
  const [pg, rabbit, redis] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine')
      .withUsername('postgres')
      .withPassword('postgres')
      .start(),
    new RabbitMQContainer('rabbitmq:4-management-alpine').start(),
    new RedisContainer('redis:7-alpine')
      .withCommand(['redis-server', '--maxmemory-policy', 'noeviction', '--appendonly', 'yes'])
      .start(),
  ]);
  const postgresUrl = `postgres://postgres:postgres@${pg.getHost()}:${pg.getPort()}/postgres`;
  return {
    postgresUrl,
    amqpUrl: rabbit.getAmqpUrl(),
    redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    source: 'containers',
    stop: async () => {
      await Promise.all([pg.stop(), rabbit.stop(), redis.stop()]);
    },
  };
}
