import type { Db } from '@brigade/db';
import type { Visibility } from '../../domain/failure';

export interface TracedEvent {
  eventId: string;
  orderId: string;
  tenantId: string;
  type: string;
  service: string;
  summary: string;
  occurredAt: Date;
}

/** Every event that named an order, and the paid bills waiting for their fiscal receipt. */
export function traceRepository(db: Db) {
  return {
    async record(e: TracedEvent): Promise<void> {
      await db.query(
        `INSERT INTO trace_entries (event_id, order_id, tenant_id, type, service, summary,
           occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
        [e.eventId, e.orderId, e.tenantId, e.type, e.service, e.summary, e.occurredAt],
      );
    },
    async ofOrder(scope: Visibility, orderId: string): Promise<TracedEvent[]> {
      const rows = await db.query<Record<string, unknown>>(
        `SELECT * FROM trace_entries WHERE order_id = $1 AND ($2::uuid IS NULL OR tenant_id = $2)
          ORDER BY occurred_at, event_id`,
        [orderId, scope.tenantId],
      );
      return rows.map((r) => ({
        eventId: r.event_id as string,
        orderId: r.order_id as string,
        tenantId: r.tenant_id as string,
        type: r.type as string,
        service: r.service as string,
        summary: r.summary as string,
        occurredAt: new Date(r.occurred_at as string),
      }));
    },
    async billPaid(b: {
      billId: string;
      tenantId: string;
      locationId: string;
      orderId: string;
      paidAt: Date;
    }): Promise<void> {
      await db.query(
        `INSERT INTO paid_bills (bill_id, tenant_id, location_id, order_id, paid_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (bill_id) DO NOTHING`,
        [b.billId, b.tenantId, b.locationId, b.orderId, b.paidAt],
      );
    },
    /** The receipt came (or the bill was refunded): no alert for it. */
    async billConfirmed(billId: string, at: Date): Promise<void> {
      await db.query(
        `INSERT INTO paid_bills (bill_id, confirmed_at) VALUES ($1, $2)
         ON CONFLICT (bill_id) DO UPDATE SET confirmed_at = coalesce(paid_bills.confirmed_at, $2)`,
        [billId, at],
      );
    },
    /** Forgets trace entries, and paid bills settled or alerted, older than `before`. */
    async prune(before: Date): Promise<number> {
      const traced = await db.query(
        'DELETE FROM trace_entries WHERE occurred_at < $1 RETURNING 1',
        [before],
      );
      await db.query(
        `DELETE FROM paid_bills
          WHERE coalesce(paid_at, confirmed_at) < $1 AND (confirmed_at IS NOT NULL OR alerted)`,
        [before],
      );
      return traced.length;
    },
    /** Paid bills unconfirmed since before `before`, claimed for one alert each. */
    async claimUnconfirmed(before: Date, limit = 100) {
      return db.query<{
        bill_id: string;
        tenant_id: string;
        location_id: string;
        order_id: string;
        paid_at: Date;
      }>(
        `UPDATE paid_bills SET alerted = true WHERE bill_id IN (
           SELECT bill_id FROM paid_bills
            WHERE confirmed_at IS NULL AND NOT alerted AND paid_at < $1
            ORDER BY paid_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING bill_id, tenant_id, location_id, order_id, paid_at`,
        [before, limit],
      );
    },
  };
}
export type TraceRepository = ReturnType<typeof traceRepository>;
