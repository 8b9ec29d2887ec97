import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Infrastructure } from './provision';
import { rabbitAnswers } from './reachable';

/** Polls a start-up that has no completion signal of its own, up to a deadline. */
async function until(check: () => Promise<void>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline)
        throw new Error(`${what} did not come up: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

function sh(cmd: string): void {
  execSync(cmd, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function shOk(cmd: string): boolean {
  try {
    execSync(cmd, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs (when missing) and starts PostgreSQL, RabbitMQ and Redis from Debian/Ubuntu
 * packages, as root. PostgreSQL trusts loopback logins (Debian asks for a password on
 * 127.0.0.1); Redis runs with noeviction, as BullMQ requires.
 */
export async function startOsServices(say: (l: string) => void): Promise<Infrastructure> {
  const missing = [
    ['postgresql', 'pg_ctlcluster'],
    ['rabbitmq-server', 'rabbitmq-server'],
    ['redis-server', 'redis-server'],
  ].filter(([, bin]) => !shOk(`command -v ${bin}`));
  if (missing.length) {
    say(`apt-get install ${missing.map(([p]) => p).join(' ')}`);
    sh('apt-get update -q');
    sh(`apt-get install -y -q ${missing.map(([p]) => p).join(' ')}`);
  }
  const version = readdirSync('/etc/postgresql')[0];
  if (!shOk(`pg_lsclusters -h | grep -q online`))
    sh(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
  // Trust on loopback, as the default DATABASE_URL (no password) expects; a test machine only.
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  if (!shOk(`grep -q '^host all all 127.0.0.1/32 trust' ${hba}`)) {
    sh(`sed -i '1i host all all 127.0.0.1/32 trust' ${hba}`);
    sh(`pg_ctlcluster --skip-systemctl-redirect ${version} main reload`);
  }
  if (!shOk('redis-cli ping')) {
    sh(
      'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --maxmemory-policy noeviction',
    );
  }
  if (!shOk('rabbitmqctl -q status')) {
    sh('rabbitmq-server -detached');
  }
  await until(() => rabbitAnswers('amqp://guest:guest@127.0.0.1:5672'), 120_000, 'RabbitMQ');
  return {
    postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    amqpUrl: 'amqp://guest:guest@127.0.0.1:5672',
    redisUrl: 'redis://127.0.0.1:6379',
    source: 'os-packages',
    stop: async () => undefined,
  };
}
