import { loadConfig } from '@brigade/core';
import {
  createDatabaseIfMissing,
  createDataSource,
  runMigrations,
  type DataSourceOptions,
} from '@brigade/db';
import type { z } from 'zod';

/**
 * `npm run migrate -w services/<name>`: creates the service's database when missing and
 * applies its migrations (the same ones a service applies at start with MIGRATE_ON_START).
 */
export function migrateMain(
  service: string,
  schema: z.ZodObject,
  { entities, migrations }: Pick<DataSourceOptions, 'entities' | 'migrations'>,
): void {
  const run = async () => {
    const config = loadConfig(schema) as unknown as { DATABASE_URL: string };
    await createDatabaseIfMissing(config.DATABASE_URL);
    const dataSource = createDataSource({
      url: config.DATABASE_URL,
      entities,
      migrations,
      poolSize: 2,
    });
    await dataSource.initialize();
    try {
      const applied = await runMigrations(dataSource);
      process.stdout.write(
        `${service}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}\n`,
      );
    } finally {
      await dataSource.destroy();
    }
  };
  run().catch((err: unknown) => {
    process.stderr.write(`${service}: migration failed: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
