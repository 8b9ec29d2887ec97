import 'reflect-metadata';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Past 10–16 connections node-pg gets slower on a small machine, not faster. */
  poolSize?: number;
  applicationName?: string;
}

/** A TypeORM data source for PostgreSQL: never `synchronize`, migrations only. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10 },
  });
}
