import type { Db } from '@brigade/db';
import type { FiscalPush, OperatorAction } from '../../domain/fiscal-push';
import type { FiscalPushRepository } from '../../domain/ports';

type Row = Record<string, unknown>;

const COLUMNS = [
  'id',
  'tenant_id',
  'location_id',
  'order_id',
  'bill_id',
  'bill_number',
  'total_minor',
  'currency',
  'pos_order',
  'status',
  'generation',
  'pos_key',
  'key_sent',
  'queue_job_id',
  'attempts',
  'last_error',
  'failure_kind',
  'failure_reason',
  'failed_at',
  'pos_order_id',
  'pos_status',
  'receipt',
  'fiscalized_at',
  'refunded_minor',
  'last_polled_at',
  'created_at',
  'updated_at',
] as const;
const LIST = COLUMNS.join(', ');
const PLACEHOLDERS = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');

export function fiscalPushRepository(db: Db): FiscalPushRepository {
  const many = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toPush);
  const one = async (sql: string, params: unknown[]) => (await many(sql, params))[0];
  return {
    async insertIfNew(push) {
      const rows = await db.query(
        `INSERT INTO fiscal_pushes (${LIST}) VALUES (${PLACEHOLDERS})
         ON CONFLICT (bill_id) DO NOTHING RETURNING id`,
        toParams(push),
      );
      return rows.length === 1;
    },
    find: (id) => one(`SELECT ${LIST} FROM fiscal_pushes WHERE id = $1`, [id]),
    lock: (id) => one(`SELECT ${LIST} FROM fiscal_pushes WHERE id = $1 FOR UPDATE`, [id]),
    findByBill: (billId) => one(`SELECT ${LIST} FROM fiscal_pushes WHERE bill_id = $1`, [billId]),
    findByPosKey: (posKey) => one(`SELECT ${LIST} FROM fiscal_pushes WHERE pos_key = $1`, [posKey]),
    async save(push) {
      const sets = COLUMNS.slice(1)
        .map((c, i) => `${c} = $${i + 2}`)
        .join(', ');
      await db.query(`UPDATE fiscal_pushes SET ${sets} WHERE id = $1`, toParams(push));
    },
    list: (f) =>
      many(
        `SELECT ${LIST} FROM fiscal_pushes
          WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2)
            AND ($3::uuid IS NULL OR order_id = $3) AND ($4::uuid IS NULL OR location_id = $4)
          ORDER BY created_at DESC LIMIT $5`,
        [f.tenantId, f.status ?? null, f.orderId ?? null, f.locationId ?? null, f.limit],
      ),
    awaitingReceipt: (before, limit) =>
      many(
        `SELECT ${LIST} FROM fiscal_pushes
          WHERE status IN ('accepted', 'processing') AND pos_order_id IS NOT NULL
            AND coalesce(last_polled_at, updated_at) < $1
          ORDER BY coalesce(last_polled_at, updated_at) LIMIT $2`,
        [before, limit],
      ),
    pendingSince: (before, limit) =>
      many(
        `SELECT ${LIST} FROM fiscal_pushes WHERE status = 'pending' AND updated_at < $1
          ORDER BY updated_at LIMIT $2`,
        [before, limit],
      ),
    countByStatus: async (status) =>
      (
        await db.query<{ tenant_id: string; n: string }>(
          'SELECT tenant_id, count(*) AS n FROM fiscal_pushes WHERE status = $1 GROUP BY tenant_id',
          [status],
        )
      ).map((r) => ({ tenantId: r.tenant_id, count: Number(r.n) })),
    async markPolled(id, at) {
      await db.query('UPDATE fiscal_pushes SET last_polled_at = $2 WHERE id = $1', [id, at]);
    },
    async addAction(a) {
      await db.query(
        `INSERT INTO fiscal_push_actions (id, push_id, action, actor, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [a.id, a.pushId, a.action, a.actor, a.reason, a.at],
      );
    },
    actionsOf: async (pushId) =>
      (
        await db.query<Row>(
          'SELECT * FROM fiscal_push_actions WHERE push_id = $1 ORDER BY at, id',
          [pushId],
        )
      ).map((r): OperatorAction => ({
        id: r.id as string,
        pushId: r.push_id as string,
        action: r.action as OperatorAction['action'],
        actor: r.actor as string,
        reason: r.reason as string,
        at: r.at as Date,
      })),
  };
}

const toParams = (p: FiscalPush): unknown[] => [
  p.id,
  p.tenantId,
  p.locationId,
  p.orderId,
  p.billId,
  p.billNumber,
  p.totalMinor,
  p.currency,
  JSON.stringify(p.posOrder),
  p.status,
  p.generation,
  p.posKey,
  p.keySent,
  p.queueJobId,
  p.attempts,
  p.lastError,
  p.failure?.kind ?? null,
  p.failure?.reason ?? null,
  p.failure?.at ?? null,
  p.posOrderId,
  p.posStatus,
  p.receipt ? JSON.stringify(p.receipt) : null,
  p.fiscalizedAt,
  p.refundedMinor,
  p.lastPolledAt,
  p.createdAt,
  p.updatedAt,
];

const toPush = (r: Row): FiscalPush => ({
  id: r.id as string,
  tenantId: r.tenant_id as string,
  locationId: r.location_id as string,
  orderId: r.order_id as string,
  billId: r.bill_id as string,
  billNumber: r.bill_number as number,
  totalMinor: r.total_minor as number,
  currency: r.currency as string,
  posOrder: r.pos_order as FiscalPush['posOrder'],
  status: r.status as FiscalPush['status'],
  generation: r.generation as number,
  posKey: r.pos_key as string,
  keySent: r.key_sent as boolean,
  queueJobId: r.queue_job_id as string,
  attempts: r.attempts as number,
  lastError: r.last_error as string | null,
  failure: r.failure_kind
    ? {
        kind: r.failure_kind as 'permanent' | 'transient',
        reason: r.failure_reason as string,
        at: r.failed_at as Date,
      }
    : null,
  posOrderId: r.pos_order_id as string | null,
  posStatus: r.pos_status as string | null,
  receipt: r.receipt as FiscalPush['receipt'],
  fiscalizedAt: r.fiscalized_at as Date | null,
  refundedMinor: r.refunded_minor as number,
  lastPolledAt: r.last_polled_at as Date | null,
  createdAt: r.created_at as Date,
  updatedAt: r.updated_at as Date,
});
