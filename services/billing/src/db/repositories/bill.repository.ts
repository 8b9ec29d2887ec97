import type { FiscalReceipt } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Discount } from '../../domain/bills/adjust-bill';
import type { Bill, BillStatus } from '../../domain/bills/bill';
import type { BillRepository } from '../../domain/bills/ports';

interface BillRow {
  id: string;
  tenant_id: string;
  location_id: string;
  order_id: string;
  year: number;
  number: number;
  label: string;
  status: string;
  total_minor: number;
  currency: string;
  taxes: [number, number][];
  order_version: number;
  created_by: string;
  created_at: Date;
  fiscal_day_id: string | null;
  subtotal_minor: number;
  discount_minor: number;
  discount: Discount | null;
  split_taxes: [number, number][];
  service_charge_minor: number;
  service_charge_bps: number;
  paid_at: Date | null;
  fiscal_receipt: FiscalReceipt | null;
  lines: { lineId: string; amountMinor: number; parts: number; of: number; taxRateBps: number }[];
}

const SELECT_WITH_LINES = `
  SELECT b.*, (SELECT json_agg(json_build_object('lineId', l.line_id, 'amountMinor',
                 l.amount_minor, 'parts', l.parts, 'of', l.of_parts,
                 'taxRateBps', l.tax_rate_bps) ORDER BY l.position)
                 FROM bill_lines l WHERE l.bill_id = b.id) AS lines
    FROM bills b`;

export function billRepository(db: Db): BillRepository {
  return {
    async nextNumber(locationId, year) {
      const [row] = await db.query<{ last_number: number }>(
        `INSERT INTO bill_number_counters (location_id, year, last_number) VALUES ($1, $2, 1)
         ON CONFLICT (location_id, year)
           DO UPDATE SET last_number = bill_number_counters.last_number + 1
         RETURNING last_number`,
        [locationId, year],
      );
      return row!.last_number;
    },

    async insert(b) {
      await db.query(
        `WITH bill AS (
           INSERT INTO bills (id, tenant_id, location_id, order_id, year, number, label, status,
                              total_minor, currency, taxes, order_version, created_by, created_at,
                              fiscal_day_id, subtotal_minor, discount_minor, service_charge_minor,
                              service_charge_bps, discount, split_taxes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                   $16, $17, $18, $19, $20, $21, $22) RETURNING id)
         INSERT INTO bill_lines (bill_id, line_id, position, amount_minor, parts, of_parts, tax_rate_bps)
         SELECT bill.id, x.line_id, x.position, x.amount_minor, x.parts, x.of_parts, x.tax_rate_bps
           FROM bill, jsonb_to_recordset($15::jsonb)
             AS x(line_id uuid, position int, amount_minor int, parts int, of_parts int, tax_rate_bps int)`,
        [
          ...[b.id, b.tenantId, b.locationId, b.orderId, b.year, b.number, b.label, b.status],
          ...[b.totalMinor, b.currency, JSON.stringify([...b.taxByRate]), b.orderVersion],
          b.createdBy,
          b.createdAt,
          JSON.stringify(
            b.lines.map((l, position) => ({
              line_id: l.lineId,
              position,
              amount_minor: l.amountMinor,
              parts: l.share.parts,
              of_parts: l.share.of,
              tax_rate_bps: l.taxRateBps,
            })),
          ),
          ...[b.fiscalDayId, b.subtotalMinor, b.discountMinor, b.serviceChargeMinor],
          b.serviceChargeBps,
          b.discount && JSON.stringify(b.discount),
          JSON.stringify([...b.splitTaxByRate]),
        ],
      );
    },

    async voidOpen(orderId) {
      const rows = await db.query<{ id: string }>(
        `UPDATE bills SET status = 'voided' WHERE order_id = $1 AND status = 'open' RETURNING id`,
        [orderId],
      );
      return rows.map((r) => r.id);
    },

    async listByOrder(orderId) {
      const rows = await db.query<BillRow>(
        `${SELECT_WITH_LINES} WHERE b.order_id = $1 ORDER BY b.year, b.number`,
        [orderId],
      );
      return rows.map(toBill);
    },

    async find(billId) {
      const [row] = await db.query<BillRow>(`${SELECT_WITH_LINES} WHERE b.id = $1`, [billId]);
      return row && toBill(row);
    },

    async lock(billId) {
      await db.query('SELECT 1 FROM bills WHERE id = $1 FOR UPDATE', [billId]);
      return this.find(billId);
    },

    async saveTotals(b) {
      await db.query(
        `UPDATE bills SET discount = $2, discount_minor = $3, service_charge_bps = $4,
           service_charge_minor = $5, total_minor = $6, taxes = $7 WHERE id = $1`,
        [
          b.id,
          b.discount && JSON.stringify(b.discount),
          b.discountMinor,
          b.serviceChargeBps,
          b.serviceChargeMinor,
          b.totalMinor,
          JSON.stringify([...b.taxByRate]),
        ],
      );
    },

    async markPaid(billId, at) {
      await db.query(`UPDATE bills SET status = 'paid', paid_at = $2 WHERE id = $1`, [billId, at]);
    },
    async attachReceipt(billId, receipt) {
      const rows = await db.query(
        'UPDATE bills SET fiscal_receipt = $2 WHERE id = $1 AND fiscal_receipt IS NULL RETURNING id',
        [billId, JSON.stringify(receipt)],
      );
      return rows.length === 1;
    },
  };
}

function toBill(r: BillRow): Bill {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    orderId: r.order_id,
    year: r.year,
    number: r.number,
    label: r.label,
    status: r.status as BillStatus,
    totalMinor: r.total_minor,
    currency: r.currency,
    taxByRate: new Map(r.taxes),
    orderVersion: r.order_version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    fiscalDayId: r.fiscal_day_id,
    subtotalMinor: r.subtotal_minor,
    discountMinor: r.discount_minor,
    discount: r.discount,
    splitTaxByRate: new Map(r.split_taxes),
    serviceChargeMinor: r.service_charge_minor,
    serviceChargeBps: r.service_charge_bps,
    paidAt: r.paid_at,
    fiscalReceipt: r.fiscal_receipt,
    lines: (r.lines ?? []).map((l) => ({
      lineId: l.lineId,
      amountMinor: l.amountMinor,
      share: { parts: l.parts, of: l.of },
      taxRateBps: l.taxRateBps,
    })),
  };
}
