import type { Channel } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { ApiKey, ApiKeyStore } from '../../domain/management/ports';
import { afterId, pageById } from './management-pagination';

interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  key_prefix: string | null;
  location_ids: string[];
  channel: Channel;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, tenant_id, name, key_prefix, location_ids, channel, created_at, revoked_at';

const toApiKey = (r: ApiKeyRow): ApiKey => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  prefix: r.key_prefix,
  locationIds: r.location_ids,
  channel: r.channel,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Storefront keys as the management API sees them; `apiKeyResolver` reads them per request. */
export function apiKeyStore(db: Db): ApiKeyStore {
  return {
    async insert(k, keyHash) {
      await db.query(
        `INSERT INTO api_keys (id, tenant_id, name, key_hash, key_prefix, location_ids, channel, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [k.id, k.tenantId, k.name, keyHash, k.prefix, k.locationIds, k.channel, k.createdAt],
      );
    },
    async find(tenantId, apiKeyId) {
      const [row] = await db.query<ApiKeyRow>(
        `SELECT ${COLUMNS} FROM api_keys WHERE tenant_id = $1 AND id = $2`,
        [tenantId, apiKeyId],
      );
      return row && toApiKey(row);
    },
    async list(tenantId, page, within) {
      const rows = await db.query<ApiKeyRow>(
        `SELECT ${COLUMNS} FROM api_keys
          WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
            AND ($3::uuid[] IS NULL OR location_ids <@ $3::uuid[])
          ORDER BY id LIMIT $4`,
        [tenantId, afterId(page), within, page.limit + 1],
      );
      return pageById(rows, page, toApiKey);
    },
    async revoke(tenantId, apiKeyId, at) {
      const [row] = await db.query<ApiKeyRow>(
        `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $3)
          WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [tenantId, apiKeyId, at],
      );
      return row && toApiKey(row);
    },
  };
}
