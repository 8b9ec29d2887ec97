import type { Db } from '@brigade/db';
import type { Order } from '../../domain/orders/order';
import type { OrderLogEntry } from '../../domain/orders/order-change';
import type { OrderListFilter, OrderRepository } from '../../domain/ports';
import {
  LINE_COLUMNS,
  LINE_RECORD,
  toLineRows,
  toOrder,
  type LineRow,
  type OrderRow,
} from './order-rows';

const ORDER_COLUMNS = `id, tenant_id, location_id, order_number, type, channel, status, table_label,
  table_session_id, customer_name, guest_count, alias, merged_into_order_id, cancel_reason, rounds,
  total_minor, currency, version, created_at,
  (SELECT t.area_id FROM table_sessions s JOIN tables t ON t.id = s.table_id
    WHERE s.id = orders.table_session_id) AS dining_area_id`;

/** Inserts the log rows in $json for the order whose id `orderId` (a subquery) yields. */
const INSERT_LOG = (orderId: string, json: string) => `
  INSERT INTO order_events (order_id, version, tenant_id, type, actor, approved_by, reason, data, at)
  SELECT ${orderId}, x.version, x.tenant_id, x.type, x.actor, x.approved_by, x.reason, x.data, x.at
    FROM jsonb_to_recordset(${json}::jsonb)
      AS x(version int, tenant_id uuid, type text, actor text, approved_by uuid, reason text,
           data jsonb, at timestamptz)`;

function logJson(order: Order, entries: OrderLogEntry[]): string {
  return JSON.stringify(
    entries.map((e) => ({
      version: e.version,
      tenant_id: order.tenantId,
      type: e.type,
      actor: e.actor,
      approved_by: e.approvedBy,
      reason: e.reason,
      data: e.data,
      at: e.at,
    })),
  );
}

/**
 * Each line as last read or written, so a save writes only the lines that changed (or
 * moved in): a kitchen confirmation touches two lines of a forty-line tab, not forty.
 */
const stored = new WeakMap<Order, Map<string, string>>();

function remember(order: Order): Order {
  stored.set(order, new Map(toLineRows(order).map((r) => [r.id, JSON.stringify(r)])));
  return order;
}

function changedLines(order: Order): LineRow[] {
  const before = stored.get(order);
  return toLineRows(order).filter((r) => before?.get(r.id) !== JSON.stringify(r));
}

export function orderRepository(db: Db): OrderRepository {
  const withLines = async (rows: OrderRow[]): Promise<Order[]> => {
    if (rows.length === 0) return [];
    const lines = await db.query<LineRow>(
      `SELECT ${LINE_COLUMNS} FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY position`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) =>
      remember(
        toOrder(
          r,
          lines.filter((l) => l.order_id === r.id),
        ),
      ),
    );
  };
  const one = async (sql: string, params: unknown[]) =>
    (await withLines(await db.query<OrderRow>(sql, params)))[0];

  return {
    async nextOrderNumber(locationId) {
      const [row] = await db.query<{ n: string }>(
        `SELECT nextval(format('order_numbers_%s', replace($1::text, '-', ''))::regclass) AS n`,
        [locationId],
      );
      return Number(row!.n);
    },

    // Order, lines and log rows in one statement: the hot path.
    async insert(order, log) {
      await db.query(
        `WITH inserted AS (
           INSERT INTO orders (id, tenant_id, location_id, order_number, type, channel, status,
                               table_label, table_session_id, customer_name, guest_count, alias,
                               rounds, total_minor, currency, version, created_at, updated_at)
           VALUES ($1, $2, $3, $18, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
           RETURNING id),
         items AS (
           INSERT INTO order_items (${LINE_COLUMNS})
           SELECT x.id, inserted.id, x.tenant_id, x.position, x.product_id, x.category_id, x.name,
                  x.quantity, x.base_unit_price_minor, x.unit_price_minor, x.price_rule, x.modifiers,
                  x.tax_rate_bps, x.total_minor, x.notes, x.allergens, x.seat, x.course, x.round, x.source,
                  x.added_by, x.held, x.fired_at, x.fire_id, x.sent_at, x.status, x.comped,
                  x.comp_reason, x.void_reason
             FROM inserted, jsonb_to_recordset($17::jsonb) AS x(${LINE_RECORD})
           -- A tab opened by a move takes lines that exist already: they change order.
           ON CONFLICT (id) DO UPDATE SET order_id = excluded.order_id, position = excluded.position),
         log AS (${INSERT_LOG('(SELECT id FROM inserted)', '$19')})
         SELECT 1`,
        [
          ...[order.id, order.tenantId, order.locationId, order.type, order.channel, order.status],
          ...[order.tableLabel, order.tableSessionId, order.customerName, order.guestCount],
          ...[order.alias, order.rounds, order.totalMinor, order.currency, order.version],
          order.createdAt,
          JSON.stringify(toLineRows(order)),
          order.orderNumber,
          logJson(order, log),
        ],
      );
      remember(order);
    },

    find: (orderId) => one(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1`, [orderId]),

    lockForChange: (orderId) =>
      one(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1 FOR UPDATE`, [orderId]),

    async lockTab(tableSessionId) {
      // The session row first: two first orders at one table queue here, so the second
      // finds the tab the first opened instead of opening another. NO KEY UPDATE, not
      // UPDATE: a QR order already holds KEY SHARE on its session (taken when its token was
      // resolved); upgrading that to UPDATE in two orders at once would deadlock.
      const [session] = await db.query<{ status: string }>(
        'SELECT status FROM table_sessions WHERE id = $1 FOR NO KEY UPDATE',
        [tableSessionId],
      );
      if (session?.status !== 'open') return { sessionOpen: false, tab: undefined };
      const tab = await one(
        `SELECT ${ORDER_COLUMNS} FROM orders
          WHERE table_session_id = $1 AND status NOT IN ('paid', 'cancelled')
          ORDER BY id LIMIT 1 FOR UPDATE`,
        [tableSessionId],
      );
      return { sessionOpen: true, tab };
    },

    // The order row, the lines that changed and the log rows in one statement. Lines are
    // never deleted: a moved line changes its order_id here, keeping its id.
    async save(order, log) {
      await db.query(
        `WITH updated AS (
           UPDATE orders SET status = $2, table_label = $3, table_session_id = $4,
                  customer_name = $5, guest_count = $6, alias = $7, merged_into_order_id = $8,
                  cancel_reason = $9, rounds = $10, total_minor = $11, version = $12,
                  updated_at = now()
            WHERE id = $1 RETURNING id),
         items AS (
           INSERT INTO order_items (${LINE_COLUMNS})
           SELECT ${LINE_COLUMNS} FROM jsonb_to_recordset($13::jsonb) AS x(${LINE_RECORD})
           ON CONFLICT (id) DO UPDATE SET
             order_id = excluded.order_id, position = excluded.position,
             quantity = excluded.quantity, total_minor = excluded.total_minor,
             notes = excluded.notes, seat = excluded.seat, course = excluded.course,
             held = excluded.held, fired_at = excluded.fired_at, fire_id = excluded.fire_id,
             sent_at = excluded.sent_at, status = excluded.status, comped = excluded.comped,
             comp_reason = excluded.comp_reason, void_reason = excluded.void_reason),
         log AS (${INSERT_LOG('(SELECT id FROM updated)', '$14')})
         SELECT 1`,
        [
          ...[order.id, order.status, order.tableLabel, order.tableSessionId, order.customerName],
          ...[order.guestCount, order.alias, order.mergedIntoOrderId, order.cancelReason],
          ...[order.rounds, order.totalMinor, order.version],
          JSON.stringify(changedLines(order)),
          logJson(order, log),
        ],
      );
      remember(order);
    },

    async listLog(orderId, afterVersion, limit) {
      const rows = await db.query<{
        version: number;
        type: string;
        actor: string;
        approved_by: string | null;
        reason: string | null;
        data: Record<string, unknown>;
        at: Date;
      }>(
        `SELECT version, type, actor, approved_by, reason, data, at FROM order_events
          WHERE order_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
        [orderId, afterVersion, limit],
      );
      return rows.map((r) => ({
        version: r.version,
        type: r.type,
        actor: r.actor,
        approvedBy: r.approved_by,
        reason: r.reason,
        data: r.data,
        at: r.at,
      }));
    },

    async list(filter: OrderListFilter) {
      const rows = await db.query<OrderRow>(
        `SELECT ${ORDER_COLUMNS} FROM orders
          WHERE tenant_id = $1
            AND ($2::uuid[] IS NULL OR location_id = ANY($2::uuid[]))
            AND ($3::uuid IS NULL OR location_id = $3)
            AND ($4::text[] IS NULL OR status = ANY($4::text[]))
            AND ($5::uuid IS NULL OR table_session_id = $5)
            AND ($6::uuid IS NULL OR id < $6)
          ORDER BY id DESC LIMIT $7`,
        [
          filter.tenantId,
          filter.locationIds === 'all' ? null : filter.locationIds,
          filter.locationId ?? null,
          filter.statuses ?? null,
          filter.tableSessionId ?? null,
          filter.before ?? null,
          filter.limit,
        ],
      );
      return withLines(rows);
    },
  };
}
