import type { OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type {
  BillableLine,
  BillableOrder,
  BillableOrderStatus,
} from '../../domain/orders/billable-order';
import type { BillableOrderRepository } from '../../domain/ports';

interface BillableOrderRow {
  order_id: string;
  tenant_id: string;
  location_id: string;
  order_number: number;
  order_type: OrderType | null;
  status: BillableOrderStatus;
  table_label: string | null;
  customer_name: string | null;
  alias: string | null;
  guest_count: number | null;
  details_version: number;
  merged_into_order_id: string | null;
  lines: BillableLine[];
  total_minor: number;
  currency: string;
  order_version: number;
  applied_versions: number[];
  placed_at: Date;
}

const COLUMNS = `order_id, tenant_id, location_id, order_number, order_type, status, table_label,
  customer_name, alias, guest_count, details_version, merged_into_order_id, lines, total_minor,
  currency, order_version, applied_versions, placed_at`;

export function billableOrderRepository(db: Db): BillableOrderRepository {
  const read = async (sql: string, orderId: string) => {
    const [row] = await db.query<BillableOrderRow>(sql, [orderId]);
    return row && toBillableOrder(row);
  };
  return {
    async insert(o) {
      const rows = await db.query(
        `INSERT INTO billable_orders (${COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         ON CONFLICT (order_id) DO NOTHING
         RETURNING 1`,
        [
          o.orderId,
          o.tenantId,
          o.locationId,
          o.orderNumber,
          o.type,
          o.status,
          o.tableLabel,
          o.customerName,
          o.alias,
          o.guestCount,
          o.detailsVersion,
          o.mergedIntoOrderId,
          JSON.stringify(o.lines),
          o.totalMinor,
          o.currency,
          o.orderVersion,
          o.appliedVersions,
          o.placedAt,
        ],
      );
      return rows.length === 1;
    },
    lock: (orderId) =>
      read(`SELECT ${COLUMNS} FROM billable_orders WHERE order_id = $1 FOR UPDATE`, orderId),
    async save(o) {
      await db.query(
        `UPDATE billable_orders SET status = $2, table_label = $3, customer_name = $4, alias = $5,
           guest_count = $6, details_version = $7, merged_into_order_id = $8, lines = $9,
           total_minor = $10, order_version = $11, applied_versions = $12
         WHERE order_id = $1`,
        [
          o.orderId,
          o.status,
          o.tableLabel,
          o.customerName,
          o.alias,
          o.guestCount,
          o.detailsVersion,
          o.mergedIntoOrderId,
          JSON.stringify(o.lines),
          o.totalMinor,
          o.orderVersion,
          o.appliedVersions,
        ],
      );
    },
    find: (orderId) => read(`SELECT ${COLUMNS} FROM billable_orders WHERE order_id = $1`, orderId),
  };
}

function toBillableOrder(row: BillableOrderRow): BillableOrder {
  return {
    orderId: row.order_id,
    tenantId: row.tenant_id,
    locationId: row.location_id,
    orderNumber: row.order_number,
    type: row.order_type,
    status: row.status,
    tableLabel: row.table_label,
    customerName: row.customer_name,
    alias: row.alias,
    guestCount: row.guest_count,
    detailsVersion: row.details_version,
    mergedIntoOrderId: row.merged_into_order_id,
    lines: row.lines,
    totalMinor: row.total_minor,
    currency: row.currency,
    orderVersion: row.order_version,
    appliedVersions: row.applied_versions,
    placedAt: row.placed_at,
  };
}
