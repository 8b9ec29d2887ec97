import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startContainers } from './containers';
import { startOsServices } from './os-services';
import { postgresAnswers, rabbitAnswers, redisAnswers } from './reachable';

/** Where PostgreSQL (an admin URL on its `postgres` database), RabbitMQ and Redis answer. */
export interface Infrastructure {
  postgresUrl: string;
  amqpUrl: string;
  redisUrl: string;
  source: 'environment' | 'containers' | 'os-packages';
  stop(): Promise<void>;
}

type Say = (line: string) => void;

const DEFAULTS = {
  postgres: 'postgres://postgres@127.0.0.1:5432/postgres',
  amqp: 'amqp://guest:guest@127.0.0.1:5672',
  redis: 'redis://127.0.0.1:6379',
};

/** The same server as `url`, on its `postgres` database (where databases are created). */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function answers(check: () => Promise<void>): Promise<string | undefined> {
  try {
    await check();
    return undefined;
  } catch (err) {
    return (err as Error).message || String(err);
  }
}

/**
 * Makes sure PostgreSQL, RabbitMQ and Redis answer, shared by `npm start` and `npm test`:
 * 1. the servers named by DATABASE_URL / AMQP_URL / REDIS_URL (default: the local ones);
 * 2. else containers (testcontainers) when a Docker engine answers;
 * 3. else, as root on Debian/Ubuntu, the OS packages, installed and started;
 * 4. else it stops, saying what to start.
 */
export async function provisionInfrastructure(
  env: Record<string, string | undefined> = process.env,
  say: Say = (l) => process.stderr.write(`${l}\n`),
): Promise<Infrastructure> {
  const urls = {
    postgres: adminUrl(env.DATABASE_URL || DEFAULTS.postgres),
    amqp: env.AMQP_URL || DEFAULTS.amqp,
    redis: env.REDIS_URL || DEFAULTS.redis,
  };
  const problems = await checkAll(urls);
  if (problems.length === 0) {
    return {
      postgresUrl: urls.postgres,
      amqpUrl: urls.amqp,
      redisUrl: urls.redis,
      source: 'environment',
      stop: async () => undefined,
    };
  }
  say(`Not reachable: ${problems.join('; ')}`);
  if (dockerAnswers()) {
    say('A Docker engine answers: starting PostgreSQL, RabbitMQ and Redis in containers…');
    return startContainers();
  }
  if (canInstallOsPackages()) {
    say(
      'No Docker engine: installing and starting PostgreSQL, RabbitMQ and Redis from the OS packages…',
    );
    const infra = await startOsServices(say);
    const still = await checkAll({
      postgres: infra.postgresUrl,
      amqp: infra.amqpUrl,
      redis: infra.redisUrl,
    });
    if (still.length === 0) return infra;
    throw new Error(`Started the OS services, but still not reachable: ${still.join('; ')}`);
  }
  throw new Error(
    `PostgreSQL, RabbitMQ and Redis must be reachable (${problems.join('; ')}).\n` +
      'Start them (or a Docker engine), or point DATABASE_URL, AMQP_URL and REDIS_URL at running servers.',
  );
}

async function checkAll(urls: {
  postgres: string;
  amqp: string;
  redis: string;
}): Promise<string[]> {
  const [pg, amqp, redis] = await Promise.all([
    answers(() => postgresAnswers(urls.postgres)),
    answers(() => rabbitAnswers(urls.amqp)),
    answers(() => redisAnswers(urls.redis)),
  ]);
  return [
    pg && `PostgreSQL (${pg})`,
    amqp && `RabbitMQ (${amqp})`,
    redis && `Redis (${redis})`,
  ].filter((p): p is string => Boolean(p));
}

function dockerAnswers(): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 10_000,
    stdio: 'ignore',
  });
  return r.status === 0;
}

function canInstallOsPackages(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/etc/os-release')) return false;
  const os = readFileSync('/etc/os-release', 'utf8');
  if (!/^ID(_LIKE)?=.*(debian|ubuntu)/m.test(os)) return false;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
