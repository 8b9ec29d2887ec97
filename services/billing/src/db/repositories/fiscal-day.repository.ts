import type { ZReport } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type {
  FiscalDay,
  FiscalDayRepository,
  FiscalDayStatus,
} from '../../domain/fiscal-days/fiscal-day';
import type {
  DayBill,
  DayOrderLine,
  MethodTotals,
  RefundTotals,
  ZReportSource,
} from '../../domain/z-report/z-figures';

interface FiscalDayRow {
  id: string;
  tenant_id: string;
  location_id: string;
  number: number;
  business_date: string;
  status: FiscalDayStatus;
  opened_by: string;
  opened_at: Date;
  closed_by: string | null;
  closed_at: Date | null;
  z_report: ZReport | null;
}

// business_date as text: a date column would come back as a JS Date at local midnight.
const COLUMNS = `id, tenant_id, location_id, number, business_date::text AS business_date,
  status, opened_by, opened_at, closed_by, closed_at, z_report`;

export function fiscalDayRepository(db: Db): FiscalDayRepository {
  const one = async (sql: string, params: unknown[]) => {
    const [row] = await db.query<FiscalDayRow>(sql, params);
    return row && toFiscalDay(row);
  };
  return {
    // Gapless: the number is the location's highest plus one, taken in this transaction, so
    // a rollback gives it back. A concurrent opener's row makes this insert wait for its
    // commit and then do nothing (one-open-day index, or the number taken). The HAVING
    // keeps another tenant's location out.
    openNext: (d) =>
      one(
        `INSERT INTO fiscal_days (id, tenant_id, location_id, number, business_date, status,
           opened_by, opened_at)
         SELECT $1, $2, $3, coalesce(max(number), 0) + 1, $4, 'open', $5, $6
           FROM fiscal_days WHERE location_id = $3
         HAVING coalesce(bool_and(tenant_id = $2), true)
         ON CONFLICT DO NOTHING
         RETURNING ${COLUMNS}`,
        [d.id, d.tenantId, d.locationId, d.businessDate, d.openedBy, d.openedAt],
      ),

    lockOpen: (locationId) =>
      one(
        `SELECT ${COLUMNS} FROM fiscal_days WHERE location_id = $1 AND status = 'open' FOR SHARE`,
        [locationId],
      ),

    find: (id) => one(`SELECT ${COLUMNS} FROM fiscal_days WHERE id = $1`, [id]),

    lock: (id) => one(`SELECT ${COLUMNS} FROM fiscal_days WHERE id = $1 FOR UPDATE`, [id]),

    async list(owner, limit, beforeNumber) {
      const rows = await db.query<FiscalDayRow>(
        `SELECT ${COLUMNS} FROM fiscal_days
          WHERE tenant_id = $1 AND location_id = $2 AND ($3::int IS NULL OR number < $3)
          ORDER BY number DESC LIMIT $4`,
        [owner.tenantId, owner.locationId, beforeNumber ?? null, limit],
      );
      return rows.map(toFiscalDay);
    },

    async close(id, closedBy, closedAt, zReport) {
      await db.query(
        `UPDATE fiscal_days SET status = 'closed', closed_by = $2, closed_at = $3, z_report = $4
          WHERE id = $1 AND status = 'open'`,
        [id, closedBy, closedAt, JSON.stringify(zReport)],
      );
    },
  };
}

const DAY_BILLS = `
  SELECT b.year, b.number, b.status, b.currency, b.total_minor, b.subtotal_minor,
         b.discount_minor, b.service_charge_minor, b.taxes,
         (SELECT json_agg(json_build_object('amountMinor', bl.amount_minor,
                  'taxRateBps', bl.tax_rate_bps,
                  'source', (SELECT l->>'source' FROM jsonb_array_elements(o.lines) l
                              WHERE l->>'lineId' = bl.line_id::text LIMIT 1))
                  ORDER BY bl.position)
            FROM bill_lines bl WHERE bl.bill_id = b.id) AS lines
    FROM bills b JOIN billable_orders o ON o.order_id = b.order_id
   WHERE b.fiscal_day_id = $1 AND b.status IN ('open', 'paid')
   ORDER BY b.year, b.number`;

/** The day's figures straight from the tables; sums as integers, never floats. */
export function zReportSource(db: Db): ZReportSource {
  return {
    async billsOf(fiscalDayId) {
      const rows = await db.query<{
        year: number;
        number: number;
        status: 'open' | 'paid';
        currency: string;
        total_minor: number;
        subtotal_minor: number;
        discount_minor: number;
        service_charge_minor: number;
        taxes: [number, number][];
        lines: DayBill['lines'] | null;
      }>(DAY_BILLS, [fiscalDayId]);
      return rows.map((r) => ({
        year: r.year,
        number: r.number,
        status: r.status,
        currency: r.currency,
        totalMinor: r.total_minor,
        subtotalMinor: r.subtotal_minor,
        discountMinor: r.discount_minor,
        serviceChargeMinor: r.service_charge_minor,
        taxByRate: r.taxes,
        lines: r.lines ?? [],
      }));
    },

    orderLinesOf: (fiscalDayId) =>
      db.query<DayOrderLine>(
        `SELECT l->>'status' AS status, coalesce((l->>'comped')::boolean, false) AS comped,
                (l->'total'->>'amountMinor')::int AS "totalMinor"
           FROM billable_orders o, jsonb_array_elements(o.lines) l
          WHERE o.order_id IN (SELECT order_id FROM bills
                                WHERE fiscal_day_id = $1 AND status IN ('open', 'paid'))`,
        [fiscalDayId],
      ),

    paymentsOf: (fiscalDayId) =>
      db.query<MethodTotals>(
        `SELECT method, currency, count(*)::int AS count,
                sum(amount_minor)::int AS "amountMinor", sum(tip_minor)::int AS "tipsMinor"
           FROM payments WHERE fiscal_day_id = $1 AND status = 'paid'
          GROUP BY method, currency ORDER BY method`,
        [fiscalDayId],
      ),

    refundsOf: (fiscalDayId) =>
      db.query<RefundTotals>(
        `SELECT method, count(*)::int AS count, sum(amount_minor)::int AS "amountMinor"
           FROM refunds WHERE fiscal_day_id = $1 AND status = 'refunded'
          GROUP BY method ORDER BY method`,
        [fiscalDayId],
      ),
  };
}

function toFiscalDay(r: FiscalDayRow): FiscalDay {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    locationId: r.location_id,
    number: r.number,
    businessDate: r.business_date,
    status: r.status,
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    zReport: r.z_report,
  };
}
