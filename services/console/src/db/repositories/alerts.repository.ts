import type { AlertKind, AlertStatus } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Visibility } from '../../domain/failure';

export interface Alert {
  id: string;
  tenantId: string | null;
  locationId: string | null;
  orderId: string | null;
  kind: AlertKind;
  incident: string;
  message: string;
  occurrences: number;
  status: AlertStatus;
  raisedAt: Date;
  lastSeenAt: Date;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  webhook: 'pending' | 'sent' | 'failed' | 'none';
}

export type NewAlert = Pick<
  Alert,
  'tenantId' | 'locationId' | 'orderId' | 'kind' | 'incident' | 'message' | 'webhook'
>;

type Row = Record<string, unknown>;

/** Alerts: at most one open per incident (a partial unique index), repeats counted on it. */
export function alertRepository(db: Db) {
  const many = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toAlert);
  return {
    /** Raises the incident's alert, or counts a repeat on the open one (`raised` false). */
    async raise(a: NewAlert, id: string, now: Date): Promise<{ alert: Alert; raised: boolean }> {
      const [row] = await db.query<Row & { raised: boolean }>(
        `INSERT INTO alerts (id, tenant_id, location_id, order_id, kind, incident, message,
           occurrences, status, raised_at, last_seen_at, webhook, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, 'open', $8, $8, $9, $8)
         ON CONFLICT (incident) WHERE status = 'open' DO UPDATE SET
           occurrences = alerts.occurrences + 1, last_seen_at = EXCLUDED.last_seen_at,
           message = EXCLUDED.message, updated_at = EXCLUDED.updated_at
         RETURNING *, (xmax = 0) AS raised`,
        [id, a.tenantId, a.locationId, a.orderId, a.kind, a.incident, a.message, now, a.webhook],
      );
      return { alert: toAlert(row!), raised: row!.raised };
    },
    find: async (id: string) => (await many('SELECT * FROM alerts WHERE id = $1', [id]))[0],
    list: (scope: Visibility, status: AlertStatus, limit: number) =>
      many(
        `SELECT * FROM alerts WHERE ($1::uuid IS NULL OR tenant_id = $1) AND status = $2
          ORDER BY raised_at DESC, id DESC LIMIT $3`,
        [scope.tenantId, status, limit],
      ),
    ofOrder: (scope: Visibility, orderId: string) =>
      many(`SELECT * FROM alerts WHERE order_id = $1 AND ($2::uuid IS NULL OR tenant_id = $2)`, [
        orderId,
        scope.tenantId,
      ]),
    /** Acknowledges an open alert; one already acknowledged or resolved stays as it was. */
    async acknowledge(id: string, by: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE alerts SET status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3,
           updated_at = $3 WHERE id = $1 AND status = 'open'`,
        [id, by, now],
      );
    },
    /** The cause went away by itself (a station back online): its open alert is resolved. */
    async resolve(incident: string, now: Date): Promise<void> {
      await db.query(
        `UPDATE alerts SET status = 'resolved', updated_at = $2
          WHERE incident = $1 AND status = 'open'`,
        [incident, now],
      );
    },
    /** Alerts whose webhook job should have run by `before`: their enqueue may have been lost. */
    pendingWebhooks: (before: Date) =>
      many(
        `SELECT * FROM alerts WHERE webhook = 'pending' AND raised_at < $1
          ORDER BY raised_at LIMIT 100`,
        [before],
      ),
    async setWebhook(id: string, state: Alert['webhook'], now: Date): Promise<void> {
      await db.query('UPDATE alerts SET webhook = $2, updated_at = $3 WHERE id = $1', [
        id,
        state,
        now,
      ]);
    },
  };
}
export type AlertRepository = ReturnType<typeof alertRepository>;

const when = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

function toAlert(r: Row): Alert {
  return {
    id: r.id as string,
    tenantId: (r.tenant_id as string | null) ?? null,
    locationId: (r.location_id as string | null) ?? null,
    orderId: (r.order_id as string | null) ?? null,
    kind: r.kind as AlertKind,
    incident: r.incident as string,
    message: r.message as string,
    occurrences: r.occurrences as number,
    status: r.status as AlertStatus,
    raisedAt: when(r.raised_at)!,
    lastSeenAt: when(r.last_seen_at)!,
    acknowledgedBy: (r.acknowledged_by as string | null) ?? null,
    acknowledgedAt: when(r.acknowledged_at),
    webhook: r.webhook as Alert['webhook'],
  };
}
