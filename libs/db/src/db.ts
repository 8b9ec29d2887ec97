import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from './prepared-query';

/**
 * The database handle services use. `withTransaction` joins a transaction already open
 * in this async context, so a use case can run alone or inside a consumer's inbox
 * transaction without knowing which.
 */
interface OpenTransaction {
  em: EntityManager;
  afterCommit: Array<() => void>;
}

export class Db {
  private readonly active = new AsyncLocalStorage<OpenTransaction>();

  constructor(readonly dataSource: DataSource) {}

  /**
   * The transaction of this async context while it is still open. Work started inside a
   * transaction but running after its commit (a `.then` set up inside) must not reuse it.
   */
  private open(): OpenTransaction | undefined {
    const tx = this.active.getStore();
    const runner = tx?.em.queryRunner;
    return runner && !runner.isReleased && runner.isTransactionActive ? tx : undefined;
  }

  /** The open transaction's manager, or the pool's when none is open. */
  manager(): EntityManager {
    return this.open()?.em ?? this.dataSource.manager;
  }

  inTransaction(): boolean {
    return this.open() !== undefined;
  }

  async withTransaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.open();
    if (open) return fn(open.em);
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction((em) =>
      this.active.run({ em, afterCommit }, () => fn(em)),
    );
    for (const hook of afterCommit) hook();
    return result;
  }

  /** Runs `hook` once the open transaction has committed (at once when none is open); never on rollback. */
  afterCommit(hook: () => void): void {
    const open = this.open();
    if (open) open.afterCommit.push(hook);
    else hook();
  }

  /** Runs SQL (as a prepared statement) on the open transaction when there is one; returns the rows. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return preparedQuery<T>(this.manager(), sql, params);
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
