import { ConflictError, RuleViolationError } from '@brigade/core';
import { preparedQuery, type Db, type EntityManager } from '@brigade/db';

interface StoredKey {
  request_hash: string;
  state: 'in_flight' | 'completed';
  status_code: number;
  response: unknown;
}

export type Begun = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

/**
 * Idempotency keys, per client scope. The key is claimed in its own commit (so a second
 * request with it sees "in flight" at once), and completed inside the transaction of the
 * request's effect: the effect and its stored response commit together or not at all.
 */
export class IdempotencyStore {
  constructor(
    private readonly db: Db,
    /** After this, an in-flight claim whose process died may be taken over. */
    private readonly lockMs = 60_000,
  ) {}

  async begin(scope: string, key: string, requestHash: string): Promise<Begun> {
    for (let tries = 0; tries < 3; tries++) {
      const claimed = await preparedQuery(
        this.db.dataSource.manager,
        `INSERT INTO idempotency_keys AS k (scope, key, request_hash, state, locked_until)
         VALUES ($1, $2, $3, 'in_flight', now() + $4 * interval '1 millisecond')
         ON CONFLICT (scope, key) DO UPDATE SET locked_until = EXCLUDED.locked_until
           WHERE k.state = 'in_flight' AND k.locked_until < now() AND k.request_hash = EXCLUDED.request_hash
         RETURNING 1`,
        [scope, key, requestHash, this.lockMs],
      );
      if (claimed.length > 0) return { kind: 'new' };
      const [row] = await preparedQuery<StoredKey>(
        this.db.dataSource.manager,
        'SELECT request_hash, state, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      if (!row) continue; // released between our two statements: claim again
      if (row.request_hash !== requestHash) {
        throw new RuleViolationError(
          'idempotency-key-reused',
          'This Idempotency-Key was already used with a different request',
        );
      }
      if (row.state === 'in_flight') {
        throw new ConflictError(
          'idempotency-request-in-flight',
          'A request with this Idempotency-Key is still being processed; retry shortly',
        );
      }
      return { kind: 'replay', status: row.status_code, body: row.response };
    }
    throw new ConflictError(
      'idempotency-request-in-flight',
      'The Idempotency-Key is contended; retry',
    );
  }

  /** Stores the final response; call inside the effect's transaction. */
  async complete(em: EntityManager, scope: string, key: string, status: number, body: unknown) {
    await preparedQuery(
      em,
      `UPDATE idempotency_keys SET state = 'completed', status_code = $3, response = $4,
         completed_at = now(), locked_until = NULL
       WHERE scope = $1 AND key = $2`,
      [scope, key, status, JSON.stringify(body)],
    );
  }

  /** Frees a claim whose request failed in a way worth retrying. */
  async release(scope: string, key: string): Promise<void> {
    await this.db.dataSource.query(
      `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'in_flight'`,
      [scope, key],
    );
  }

  /** Forgets keys older than `hours` (they are kept at least 24 h). */
  async purge(hours: number): Promise<number> {
    const [, count] = await this.db.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - $1 * interval '1 hour'`,
      [Math.max(24, hours)],
    );
    return Number(count ?? 0);
  }
}
