import type { Db } from '@brigade/db';
import type { PosConnectionRepository, StoredPosConnection } from '../../domain/pos-connection';

export function posConnectionRepository(db: Db): PosConnectionRepository {
  return {
    async find(locationId) {
      const [r] = await db.query<Record<string, unknown>>(
        'SELECT * FROM pos_connections WHERE location_id = $1',
        [locationId],
      );
      if (!r) return undefined;
      return {
        locationId: r.location_id as string,
        tenantId: r.tenant_id as string,
        baseUrl: r.base_url as string,
        login: r.login as string,
        password: r.password as string,
        companyId: r.company_id as string,
        updatedBy: r.updated_by as string,
        updatedAt: r.updated_at as Date,
      };
    },
    async save(c: StoredPosConnection) {
      await db.query(
        `INSERT INTO pos_connections (location_id, tenant_id, base_url, login, password, company_id, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (location_id) DO UPDATE SET base_url = $3, login = $4, password = $5,
           company_id = $6, updated_by = $7, updated_at = $8`,
        [
          c.locationId,
          c.tenantId,
          c.baseUrl,
          c.login,
          c.password,
          c.companyId,
          c.updatedBy,
          c.updatedAt,
        ],
      );
    },
  };
}
