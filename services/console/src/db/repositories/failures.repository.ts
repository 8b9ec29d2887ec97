import type { FailureFilter } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Failure, FailureAction, NewFailure, Visibility } from '../../domain/failure';

type Row = Record<string, unknown>;

const COLUMNS = `id, source_key, source, tenant_id, location_id, order_id, service, subject, cause,
  error, attempts, occurrences, first_failed_at, last_failed_at, status, payload, raw`;

export interface FailureQuery extends FailureFilter {
  limit: number;
}

/** Failures and the operators' actions on them. */
export function failureRepository(db: Db) {
  const many = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toFailure);
  return {
    /**
     * Records a failure, or a repeat of one already known (reopened, counted, its latest
     * error kept). `fresh` is false when it was open already: nothing new to alert.
     */
    async record(
      f: NewFailure,
      id: string,
      now: Date,
    ): Promise<{ failure: Failure; fresh: boolean }> {
      const [row] = await db.query<Row & { was_open: boolean | null }>(
        `WITH before AS (SELECT status = 'open' AS was_open FROM failures WHERE source_key = $2)
         INSERT INTO failures (id, source_key, source, tenant_id, location_id, order_id, service,
           subject, cause, error, attempts, occurrences, first_failed_at, last_failed_at, status,
           payload, raw, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $12, 'open', $13, $14, $15)
         ON CONFLICT (source_key) DO UPDATE SET
           error = EXCLUDED.error, cause = EXCLUDED.cause, attempts = EXCLUDED.attempts,
           payload = EXCLUDED.payload, raw = EXCLUDED.raw,
           order_id = coalesce(failures.order_id, EXCLUDED.order_id),
           occurrences = failures.occurrences + CASE WHEN failures.status = 'open' THEN 0 ELSE 1 END,
           last_failed_at = greatest(failures.last_failed_at, EXCLUDED.last_failed_at),
           status = 'open', updated_at = EXCLUDED.updated_at
         RETURNING ${COLUMNS}, (SELECT was_open FROM before) AS was_open`,
        [
          id,
          f.sourceKey,
          f.source,
          f.tenantId,
          f.locationId,
          f.orderId,
          f.service,
          f.subject,
          f.cause,
          f.error.slice(0, 4_000),
          f.attempts,
          f.lastFailedAt,
          JSON.stringify(f.payload ?? null),
          JSON.stringify(f.origin),
          now,
        ],
      );
      return { failure: toFailure(row!), fresh: row!.was_open !== true };
    },
    find: async (id: string) =>
      (await many(`SELECT ${COLUMNS} FROM failures WHERE id = $1`, [id]))[0],
    lock: async (id: string) =>
      (await many(`SELECT ${COLUMNS} FROM failures WHERE id = $1 FOR UPDATE`, [id]))[0],
    /** When each of these failures last failed, by source key (the ones known). */
    async lastFailedAtOf(keys: string[]): Promise<Map<string, Date>> {
      const rows = await db.query<{ source_key: string; last_failed_at: Date }>(
        'SELECT source_key, last_failed_at FROM failures WHERE source_key = ANY($1::text[])',
        [keys],
      );
      return new Map(rows.map((r) => [r.source_key, new Date(r.last_failed_at)]));
    },
    async setStatus(id: string, status: Failure['status'], now: Date): Promise<void> {
      await db.query('UPDATE failures SET status = $2, updated_at = $3 WHERE id = $1', [
        id,
        status,
        now,
      ]);
    },
    list: (scope: Visibility, q: FailureQuery) =>
      many(
        `SELECT ${COLUMNS} FROM failures
          WHERE ($1::uuid IS NULL OR tenant_id = $1) AND ($2::uuid IS NULL OR tenant_id = $2)
            AND ($3::text IS NULL OR status = $3) AND ($4::uuid IS NULL OR location_id = $4)
            AND ($5::uuid IS NULL OR order_id = $5) AND ($6::text IS NULL OR service = $6)
            AND ($7::text IS NULL OR cause = $7) AND ($8::text IS NULL OR source = $8)
          ORDER BY last_failed_at DESC, id DESC LIMIT $9`,
        [
          scope.tenantId,
          q.tenantId ?? null,
          q.status ?? null,
          q.locationId ?? null,
          q.orderId ?? null,
          q.service ?? null,
          q.cause ?? null,
          q.source ?? null,
          q.limit,
        ],
      ),
    ofOrder: (scope: Visibility, orderId: string) =>
      many(
        `SELECT ${COLUMNS} FROM failures
          WHERE order_id = $1 AND ($2::uuid IS NULL OR tenant_id = $2)`,
        [orderId, scope.tenantId],
      ),
    async countOpenDeadLetters(tenantId: string): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM failures
          WHERE tenant_id = $1 AND status = 'open' AND source = 'dead-letter'`,
        [tenantId],
      );
      return row!.n;
    },
    async addAction(a: FailureAction): Promise<void> {
      await db.query(
        `INSERT INTO failure_actions (id, failure_id, tenant_id, order_id, action, actor, reason,
           outcome, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [a.id, a.failureId, a.tenantId, a.orderId, a.action, a.actor, a.reason, a.outcome, a.at],
      );
    },
    async actionsOf(failureIds: string[]): Promise<FailureAction[]> {
      if (failureIds.length === 0) return [];
      return (
        await db.query<Row>(
          `SELECT * FROM failure_actions WHERE failure_id = ANY($1::uuid[]) ORDER BY at, id`,
          [failureIds],
        )
      ).map(toAction);
    },
    async actionsOfOrder(scope: Visibility, orderId: string): Promise<FailureAction[]> {
      return (
        await db.query<Row>(
          `SELECT * FROM failure_actions
            WHERE order_id = $1 AND ($2::uuid IS NULL OR tenant_id = $2) ORDER BY at, id`,
          [orderId, scope.tenantId],
        )
      ).map(toAction);
    },
    /** When anything the scope sees last changed: live pages reload on a new value. */
    async lastChange(scope: Visibility): Promise<string> {
      const [row] = await db.query<{ at: Date | null }>(
        `SELECT greatest(
           (SELECT max(updated_at) FROM failures WHERE $1::uuid IS NULL OR tenant_id = $1),
           (SELECT max(updated_at) FROM alerts WHERE $1::uuid IS NULL OR tenant_id = $1)) AS at`,
        [scope.tenantId],
      );
      return row?.at ? new Date(row.at).toISOString() : '';
    },
  };
}
export type FailureRepository = ReturnType<typeof failureRepository>;

const date = (v: unknown) => new Date(v as string);

function toFailure(r: Row): Failure {
  return {
    id: r.id as string,
    sourceKey: r.source_key as string,
    source: r.source as Failure['source'],
    tenantId: (r.tenant_id as string | null) ?? null,
    locationId: (r.location_id as string | null) ?? null,
    orderId: (r.order_id as string | null) ?? null,
    service: r.service as string,
    subject: r.subject as string,
    cause: r.cause as Failure['cause'],
    error: r.error as string,
    attempts: r.attempts as number,
    occurrences: r.occurrences as number,
    firstFailedAt: date(r.first_failed_at),
    lastFailedAt: date(r.last_failed_at),
    status: r.status as Failure['status'],
    payload: r.payload,
    origin: r.raw as Failure['origin'],
  };
}

function toAction(r: Row): FailureAction {
  return {
    id: r.id as string,
    failureId: r.failure_id as string,
    tenantId: (r.tenant_id as string | null) ?? null,
    orderId: (r.order_id as string | null) ?? null,
    action: r.action as FailureAction['action'],
    actor: r.actor as string,
    reason: r.reason as string,
    outcome: r.outcome as string,
    at: date(r.at),
  };
}
