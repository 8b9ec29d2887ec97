import type { DataSource } from 'typeorm';

/** Serialises migrations across instances that start together. */
const MIGRATION_LOCK = 0x62726967; // 'brig'

/** Runs pending migrations under an advisory lock (holds one pool connection, so the pool needs two); returns the names applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
