import type { Db } from '@brigade/db';
import type { ManagedLocation, ManagedLocationStore } from '../../domain/management/ports';
import { afterId, pageById } from './management-pagination';

interface LocationRow {
  id: string;
  tenant_id: string;
  name: string;
  currency: string;
  timezone: string;
  address: string | null;
  auto_fire: boolean;
  stock_policy: 'block' | 'alert';
  session_idle_minutes: number;
  closed_session_retention_days: number;
  created_at: Date;
}

const COLUMNS = `id, tenant_id, name, currency, timezone, address, auto_fire, stock_policy,
  session_idle_minutes, closed_session_retention_days, created_at`;

const toLocation = (r: LocationRow): ManagedLocation => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  currency: r.currency,
  timezone: r.timezone,
  address: r.address,
  autoFire: r.auto_fire,
  stockPolicy: r.stock_policy,
  sessionIdleMinutes: r.session_idle_minutes,
  closedSessionRetentionDays: r.closed_session_retention_days,
  createdAt: r.created_at,
});

export function managedLocationStore(db: Db): ManagedLocationStore {
  return {
    // The insert trigger creates the location's order-number sequence.
    async insert(l) {
      await db.query(
        `INSERT INTO locations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          ...[l.id, l.tenantId, l.name, l.currency, l.timezone, l.address, l.autoFire],
          ...[l.stockPolicy, l.sessionIdleMinutes, l.closedSessionRetentionDays, l.createdAt],
        ],
      );
    },
    async find(tenantId, locationId) {
      const [row] = await db.query<LocationRow>(
        `SELECT ${COLUMNS} FROM locations WHERE tenant_id = $1 AND id = $2`,
        [tenantId, locationId],
      );
      return row && toLocation(row);
    },
    async list(tenantId, page, within) {
      const rows = await db.query<LocationRow>(
        `SELECT ${COLUMNS} FROM locations
          WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
            AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
          ORDER BY id LIMIT $4`,
        [tenantId, afterId(page), within, page.limit + 1],
      );
      return pageById(rows, page, toLocation);
    },
    async update(tenantId, locationId, c) {
      const [row] = await db.query<LocationRow>(
        `UPDATE locations SET
            name = COALESCE($3::text, name),
            timezone = COALESCE($4::text, timezone),
            address = CASE WHEN $5::boolean THEN $6::text ELSE address END,
            auto_fire = COALESCE($7::boolean, auto_fire),
            stock_policy = COALESCE($8::text, stock_policy),
            session_idle_minutes = COALESCE($9::integer, session_idle_minutes),
            closed_session_retention_days = COALESCE($10::integer, closed_session_retention_days)
          WHERE tenant_id = $1 AND id = $2
          RETURNING ${COLUMNS}`,
        [
          ...[tenantId, locationId, c.name ?? null, c.timezone ?? null],
          ...[c.address !== undefined, c.address ?? null, c.autoFire ?? null],
          ...[c.stockPolicy ?? null, c.sessionIdleMinutes ?? null],
          c.closedSessionRetentionDays ?? null,
        ],
      );
      return row && toLocation(row);
    },
    async existing(tenantId, locationIds) {
      const rows = await db.query<{ id: string }>(
        'SELECT id FROM locations WHERE tenant_id = $1 AND id = ANY ($2::uuid[])',
        [tenantId, locationIds],
      );
      return new Set(rows.map((r) => r.id));
    },
  };
}
