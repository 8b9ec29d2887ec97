import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The database handle services use. `withTransaction` joins a transaction already open
 * in this async context, so a use case can run alone or inside a consumer's inbox
 * transaction without knowing which.
 */
export class Db {
  private readonly active = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the pool's when none is open. */
  manager(): EntityManager {
    return this.active.getStore() ?? this.dataSource.manager;
  }

  inTransaction(): boolean {
    return this.active.getStore() !== undefined;
  }

  async withTransaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.active.getStore();
    if (open) return fn(open);
    return this.dataSource.transaction((em) => this.active.run(em, () => fn(em)));
  }

  /** Runs SQL on the current transaction when there is one. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager().query(sql, params);
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
