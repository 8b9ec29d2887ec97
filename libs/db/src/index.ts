export * from './db';
export * from './prepared-query';
export * from './data-source';
export * from './migrate';
export * from './create-database';
export * from './naming-strategy';
export type { DataSource, EntityManager } from 'typeorm';
export * from './feed';
