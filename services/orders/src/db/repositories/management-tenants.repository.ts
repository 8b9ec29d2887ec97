import type { Db } from '@brigade/db';
import type { Tenant, TenantStore } from '../../domain/management/ports';

interface TenantRow {
  id: string;
  name: string;
  created_at: Date;
}

const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export function tenantStore(db: Db): TenantStore {
  return {
    async insert(tenant) {
      await db.query('INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)', [
        tenant.id,
        tenant.name,
        tenant.createdAt,
      ]);
    },
    async find(tenantId) {
      const [row] = await db.query<TenantRow>(
        'SELECT id, name, created_at FROM tenants WHERE id = $1',
        [tenantId],
      );
      return row && toTenant(row);
    },
    async rename(tenantId, name) {
      const [row] = await db.query<TenantRow>(
        'UPDATE tenants SET name = $2 WHERE id = $1 RETURNING id, name, created_at',
        [tenantId, name],
      );
      return row && toTenant(row);
    },
    async lock(tenantId) {
      await db.query('SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE', [tenantId]);
    },
  };
}
