import type { PaymentStatus } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Payment, PaymentMethod } from '../../domain/payments/payment';
import type { PaymentRepository } from '../../domain/payments/ports';
import type { Refund, RefundStatus } from '../../domain/payments/refund';

type Row = Record<string, unknown>;

const PAYMENT_COLUMNS = [
  'id',
  'tenant_id',
  'location_id',
  'order_id',
  'bill_id',
  'fiscal_day_id',
  'method',
  'status',
  'amount_minor',
  'tip_minor',
  'currency',
  'tendered_minor',
  'change_minor',
  'register_session_id',
  'terminal_reference',
  'mollie_payment_id',
  'idempotency_key',
  'request_key',
  'request_hash',
  'checkout_url',
  'redirect_url',
  'refunded_minor',
  'created_by',
  'created_at',
  'status_changed_at',
  'paid_at',
];
const REFUND_COLUMNS = [
  'id',
  'payment_id',
  'tenant_id',
  'location_id',
  'fiscal_day_id',
  'method',
  'status',
  'amount_minor',
  'currency',
  'reason',
  'register_session_id',
  'mollie_refund_id',
  'idempotency_key',
  'request_key',
  'request_hash',
  'created_by',
  'created_at',
];
const SELECT = `SELECT ${PAYMENT_COLUMNS.join(', ')} FROM payments`;
const placeholders = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');

export function paymentRepository(db: Db): PaymentRepository {
  const one = async (sql: string, ...params: unknown[]) => {
    const [row] = await db.query<Row>(sql, params);
    return row ? toPayment(row) : undefined;
  };
  return {
    async insert(p) {
      await db.query(
        `INSERT INTO payments (${PAYMENT_COLUMNS.join(', ')}) VALUES (${placeholders(PAYMENT_COLUMNS.length)})`,
        [
          ...[p.id, p.tenantId, p.locationId, p.orderId, p.billId, p.fiscalDayId, p.method],
          ...[p.status, p.amountMinor, p.tipMinor, p.currency, p.tenderedMinor, p.changeMinor],
          ...[p.registerSessionId, p.terminalReference, p.molliePaymentId, p.idempotencyKey],
          ...[p.requestKey, p.requestHash, p.checkoutUrl, p.redirectUrl, p.refundedMinor],
          ...[p.createdBy, p.createdAt, p.statusChangedAt, p.paidAt],
        ],
      );
    },
    find: (id) => one(`${SELECT} WHERE id = $1`, id),
    lock: (id) => one(`${SELECT} WHERE id = $1 FOR UPDATE`, id),
    findByMollieId: (mollieId) => one(`${SELECT} WHERE mollie_payment_id = $1`, mollieId),
    findByRequest: (billId, key) =>
      one(`${SELECT} WHERE bill_id = $1 AND request_key = $2`, billId, key),
    async listByBill(billId) {
      const rows = await db.query<Row>(`${SELECT} WHERE bill_id = $1 ORDER BY created_at, id`, [
        billId,
      ]);
      return rows.map(toPayment);
    },
    async attachMollie(id, mollieId, checkoutUrl) {
      const rows = await db.query<Row>(
        `UPDATE payments SET mollie_payment_id = $2, checkout_url = coalesce($3, checkout_url)
          WHERE id = $1 AND (mollie_payment_id IS NULL OR mollie_payment_id = $2) RETURNING id`,
        [id, mollieId, checkoutUrl],
      );
      if (rows.length !== 1) throw new Error(`payment ${id} belongs to another Mollie payment`);
    },
    async setStatus(id, status, at) {
      await db.query(
        `UPDATE payments SET status = $2, status_changed_at = $3,
           paid_at = CASE WHEN $2 = 'paid' THEN $3 ELSE paid_at END
          WHERE id = $1`,
        [id, status, at],
      );
    },
    async addRefunded(id, amount) {
      await db.query('UPDATE payments SET refunded_minor = refunded_minor + $2 WHERE id = $1', [
        id,
        amount,
      ]);
    },
    async listUnsettled(before, limit) {
      const rows = await db.query<Row>(
        `${SELECT} WHERE status IN ('creating', 'open', 'pending', 'authorized')
            AND status_changed_at < $1 ORDER BY created_at LIMIT $2`,
        [before, limit],
      );
      return rows.map(toPayment);
    },
    async insertSettlement(s) {
      await db.query(
        `INSERT INTO marketplace_settlements (payment_id, order_id, marketplace, external_id, paid_by_guest_minor, commission_minor, currency)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          s.paymentId,
          s.orderId,
          s.marketplace,
          s.externalId,
          s.paidByGuestMinor,
          s.commissionMinor,
          s.currency,
        ],
      );
    },
    async findSettlement(orderId) {
      const [r] = await db.query<Row>('SELECT * FROM marketplace_settlements WHERE order_id = $1', [
        orderId,
      ]);
      return (
        r && {
          paymentId: r.payment_id as string,
          orderId: r.order_id as string,
          marketplace: r.marketplace as string,
          externalId: r.external_id as string,
          paidByGuestMinor: r.paid_by_guest_minor as number,
          commissionMinor: r.commission_minor as number,
          currency: (r.currency as string).trim(),
        }
      );
    },
    async insertRefund(r) {
      await db.query(
        `INSERT INTO refunds (${REFUND_COLUMNS.join(', ')}) VALUES (${placeholders(REFUND_COLUMNS.length)})`,
        [
          ...[r.id, r.paymentId, r.tenantId, r.locationId, r.fiscalDayId, r.method, r.status],
          ...[r.amountMinor, r.currency, r.reason, r.registerSessionId, r.mollieRefundId],
          ...[r.idempotencyKey, r.requestKey, r.requestHash, r.createdBy, r.createdAt],
        ],
      );
    },
    async findRefundByRequest(paymentId, key) {
      const [row] = await db.query<Row>(
        `SELECT ${REFUND_COLUMNS.join(', ')} FROM refunds WHERE payment_id = $1 AND request_key = $2`,
        [paymentId, key],
      );
      return row ? toRefund(row) : undefined;
    },
    async findRefund(id) {
      const [row] = await db.query<Row>(
        `SELECT ${REFUND_COLUMNS.join(', ')} FROM refunds WHERE id = $1`,
        [id],
      );
      return row ? toRefund(row) : undefined;
    },
    async listRefundsOfBill(billId) {
      const rows = await db.query<Row>(
        `SELECT ${REFUND_COLUMNS.map((c) => `r.${c}`).join(', ')} FROM refunds r
           JOIN payments p ON p.id = r.payment_id WHERE p.bill_id = $1 ORDER BY r.created_at, r.id`,
        [billId],
      );
      return rows.map(toRefund);
    },
    async listRefunds(paymentId) {
      const rows = await db.query<Row>(
        `SELECT ${REFUND_COLUMNS.join(', ')} FROM refunds WHERE payment_id = $1 ORDER BY created_at, id`,
        [paymentId],
      );
      return rows.map(toRefund);
    },
    async listUnsettledRefunds(before, limit) {
      const rows = await db.query<Row>(
        `SELECT ${REFUND_COLUMNS.join(', ')} FROM refunds
          WHERE status IN ('creating', 'pending', 'processing', 'queued') AND created_at < $1
          ORDER BY created_at LIMIT $2`,
        [before, limit],
      );
      return rows.map(toRefund);
    },
    async setRefundStatus(id, status, mollieRefundId) {
      await db.query(
        `UPDATE refunds SET status = $2, mollie_refund_id = coalesce($3, mollie_refund_id) WHERE id = $1`,
        [id, status, mollieRefundId ?? null],
      );
    },
  };
}

function toPayment(r: Row): Payment {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    locationId: r.location_id as string,
    orderId: r.order_id as string,
    billId: r.bill_id as string,
    fiscalDayId: r.fiscal_day_id as string,
    method: r.method as PaymentMethod,
    status: r.status as PaymentStatus,
    amountMinor: r.amount_minor as number,
    tipMinor: r.tip_minor as number,
    currency: (r.currency as string).trim(),
    tenderedMinor: r.tendered_minor as number | null,
    changeMinor: r.change_minor as number | null,
    registerSessionId: r.register_session_id as string | null,
    terminalReference: r.terminal_reference as string | null,
    molliePaymentId: r.mollie_payment_id as string | null,
    idempotencyKey: r.idempotency_key as string,
    requestKey: r.request_key as string,
    requestHash: r.request_hash as string,
    checkoutUrl: r.checkout_url as string | null,
    redirectUrl: r.redirect_url as string | null,
    refundedMinor: r.refunded_minor as number,
    createdBy: r.created_by as string,
    createdAt: r.created_at as Date,
    statusChangedAt: r.status_changed_at as Date,
    paidAt: r.paid_at as Date | null,
  };
}

function toRefund(r: Row): Refund {
  return {
    id: r.id as string,
    paymentId: r.payment_id as string,
    tenantId: r.tenant_id as string,
    locationId: r.location_id as string,
    fiscalDayId: r.fiscal_day_id as string,
    method: r.method as 'mollie' | 'cash',
    status: r.status as RefundStatus,
    amountMinor: r.amount_minor as number,
    currency: (r.currency as string).trim(),
    reason: r.reason as string,
    registerSessionId: r.register_session_id as string | null,
    mollieRefundId: r.mollie_refund_id as string | null,
    idempotencyKey: r.idempotency_key as string,
    requestKey: r.request_key as string,
    requestHash: r.request_hash as string,
    createdBy: r.created_by as string,
    createdAt: r.created_at as Date,
  };
}
