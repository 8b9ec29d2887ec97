import { newId } from '../../../libs/contracts/src';
import type { Db } from '../../../libs/db/src';

/**
 * Rows of bills, payments and refunds written straight into billing's tables, so cash and
 * fiscal figures can be checked against sums the test knows, whatever the payment API does.
 */
type Owner = { tenantId: string; locationId: string };

export interface RowLine {
  lineId?: string;
  totalMinor: number;
  taxRateBps?: number;
  source?: string;
  status?: 'active' | 'cancelled';
  comped?: boolean;
}

/** A billable order of these lines; returns its id and the lines with their ids. */
export async function insertOrder(db: Db, owner: Owner, lines: RowLine[]) {
  const orderId = newId();
  const stored = lines.map((l) => ({
    lineId: l.lineId ?? newId(),
    productId: newId(),
    name: 'Dish',
    quantity: 1,
    unitPrice: { amountMinor: l.totalMinor, currency: 'EUR' },
    taxRateBps: l.taxRateBps ?? 1900,
    total: { amountMinor: l.totalMinor, currency: 'EUR' },
    notes: null,
    modifiers: [],
    seat: null,
    course: null,
    source: l.source ?? 'pos',
    round: 1,
    comped: l.comped ?? false,
    status: l.status ?? 'active',
  }));
  const charged = stored
    .filter((l) => l.status === 'active' && !l.comped)
    .reduce((s, l) => s + l.total.amountMinor, 0);
  await db.query(
    `INSERT INTO billable_orders (order_id, tenant_id, location_id, order_number, lines,
       total_minor, currency, order_version, placed_at)
     VALUES ($1, $2, $3, 1, $4, $5, 'EUR', 1, now())`,
    [orderId, owner.tenantId, owner.locationId, JSON.stringify(stored), charged],
  );
  return { orderId, lines: stored };
}

let billNumber = 0;

/** A bill of `lines` (id, amount, rate) on the order; total and taxes as the test states. */
export async function insertBill(
  db: Db,
  owner: Owner,
  bill: {
    orderId: string;
    fiscalDayId: string;
    status: 'open' | 'paid' | 'voided';
    lines: { lineId: string; amountMinor: number; taxRateBps: number }[];
    taxes: [number, number][];
    discountMinor?: number;
    serviceChargeMinor?: number;
    number?: number;
  },
) {
  const id = newId();
  const subtotal = bill.lines.reduce((s, l) => s + l.amountMinor, 0);
  const total = subtotal - (bill.discountMinor ?? 0) + (bill.serviceChargeMinor ?? 0);
  const number = bill.number ?? ++billNumber;
  await db.query(
    `INSERT INTO bills (id, tenant_id, location_id, order_id, year, number, label, status,
       total_minor, currency, taxes, order_version, created_by, created_at, fiscal_day_id,
       subtotal_minor, discount_minor, service_charge_minor, split_taxes)
     VALUES ($1, $2, $3, $4, 2024, $5, 'whole', $6, $7, 'EUR', $8, 1, 'user:test', now(), $9,
       $10, $11, $12, $8)`,
    [
      ...[id, owner.tenantId, owner.locationId, bill.orderId, number, bill.status, total],
      ...[JSON.stringify(bill.taxes), bill.fiscalDayId, subtotal, bill.discountMinor ?? 0],
      bill.serviceChargeMinor ?? 0,
    ],
  );
  await db.query(
    `INSERT INTO bill_lines (bill_id, line_id, position, amount_minor, parts, of_parts, tax_rate_bps)
     SELECT $1, x.line_id, x.position, x.amount_minor, 1, 1, x.tax_rate_bps
       FROM jsonb_to_recordset($2::jsonb) AS x(line_id uuid, position int, amount_minor int, tax_rate_bps int)`,
    [
      id,
      JSON.stringify(
        bill.lines.map((l, position) => ({
          line_id: l.lineId,
          position,
          amount_minor: l.amountMinor,
          tax_rate_bps: l.taxRateBps,
        })),
      ),
    ],
  );
  return { id, number, totalMinor: total };
}

/** A payment row on the bill; cash change only when tendered is given. */
export async function insertPayment(
  db: Db,
  owner: Owner,
  p: {
    billId: string;
    orderId: string;
    fiscalDayId: string;
    method: 'cash' | 'card' | 'mollie';
    status: string;
    amountMinor: number;
    tipMinor?: number;
    changeMinor?: number;
    registerSessionId?: string | null;
  },
) {
  const id = newId();
  const tip = p.tipMinor ?? 0;
  const tendered = p.changeMinor === undefined ? null : p.amountMinor + tip + p.changeMinor;
  await db.query(
    `INSERT INTO payments (id, tenant_id, location_id, order_id, bill_id, fiscal_day_id, method,
       status, amount_minor, tip_minor, currency, tendered_minor, change_minor,
       register_session_id, idempotency_key, request_key, request_hash, created_by, created_at,
       status_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'EUR', $11, $12, $13, $14, $14,
       'hash', 'user:test', now(), now())`,
    [
      ...[id, owner.tenantId, owner.locationId, p.orderId, p.billId, p.fiscalDayId, p.method],
      ...[p.status, p.amountMinor, tip, tendered, p.changeMinor ?? null],
      ...[p.registerSessionId ?? null, `payment-${id}`],
    ],
  );
  return id;
}

export async function insertRefund(
  db: Db,
  owner: Owner,
  r: {
    paymentId: string;
    fiscalDayId: string;
    method: 'cash' | 'mollie';
    status: string;
    amountMinor: number;
    registerSessionId?: string | null;
  },
) {
  const id = newId();
  await db.query(
    `INSERT INTO refunds (id, payment_id, tenant_id, location_id, fiscal_day_id, method, status,
       amount_minor, currency, reason, register_session_id, idempotency_key, request_key,
       request_hash, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'EUR', 'returned dish', $9, $10, $10,
       'hash', 'user:test', now())`,
    [
      ...[id, r.paymentId, owner.tenantId, owner.locationId, r.fiscalDayId, r.method, r.status],
      ...[r.amountMinor, r.registerSessionId ?? null, `refund-${id}`],
    ],
  );
  return id;
}
