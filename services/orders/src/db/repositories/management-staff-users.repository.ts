import type { Role } from '@brigade/core';
import type { Db } from '@brigade/db';
import type { StaffMember, StaffUserStore } from '../../domain/management/ports';
import { afterId, pageById } from './management-pagination';

interface StaffUserRow {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  roles: Role[];
  location_ids: string[] | null;
  disabled_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, tenant_id, email, name, roles, location_ids, disabled_at, created_at';

const toStaffMember = (r: StaffUserRow): StaffMember => ({
  id: r.id,
  tenantId: r.tenant_id,
  email: r.email,
  name: r.name,
  roles: r.roles,
  locationIds: r.location_ids,
  disabled: r.disabled_at !== null,
  createdAt: r.created_at,
});

export function staffUserStore(db: Db): StaffUserStore {
  return {
    async insert(u, passwordHash) {
      const rows = await db.query(
        `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles, location_ids, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id, email) DO NOTHING RETURNING id`,
        [u.id, u.tenantId, u.email, u.name, passwordHash, u.roles, u.locationIds, u.createdAt],
      );
      return rows.length === 1;
    },
    async find(tenantId, userId) {
      const [row] = await db.query<StaffUserRow & { password_hash: string }>(
        `SELECT ${COLUMNS}, password_hash FROM staff_users WHERE tenant_id = $1 AND id = $2`,
        [tenantId, userId],
      );
      return row && { user: toStaffMember(row), passwordHash: row.password_hash };
    },
    async list(tenantId, page, seenFrom) {
      const rows = await db.query<StaffUserRow>(
        `SELECT ${COLUMNS} FROM staff_users
          WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
            AND ($3::uuid[] IS NULL OR location_ids IS NULL OR location_ids && $3::uuid[])
          ORDER BY id LIMIT $4`,
        [tenantId, afterId(page), seenFrom, page.limit + 1],
      );
      return pageById(rows, page, toStaffMember);
    },
    async update(tenantId, userId, c) {
      const [row] = await db.query<StaffUserRow>(
        `UPDATE staff_users SET
            name = COALESCE($3::text, name),
            roles = COALESCE($4::text[], roles),
            location_ids = CASE WHEN $5::boolean THEN $6::uuid[] ELSE location_ids END,
            disabled_at = CASE WHEN $7::boolean THEN $8::timestamptz ELSE disabled_at END
          WHERE tenant_id = $1 AND id = $2
          RETURNING ${COLUMNS}`,
        [
          ...[tenantId, userId, c.name ?? null, c.roles ?? null],
          ...[c.locationIds !== undefined, c.locationIds ?? null],
          ...[c.disabledAt !== undefined, c.disabledAt ?? null],
        ],
      );
      return toStaffMember(row!);
    },
    async setPassword(tenantId, userId, passwordHash) {
      await db.query('UPDATE staff_users SET password_hash = $3 WHERE tenant_id = $1 AND id = $2', [
        tenantId,
        userId,
        passwordHash,
      ]);
    },
    async countOtherAdmins(tenantId, exceptUserId) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM staff_users
          WHERE tenant_id = $1 AND id <> $2 AND 'admin' = ANY (roles) AND disabled_at IS NULL`,
        [tenantId, exceptUserId],
      );
      return row!.n;
    },
  };
}
