import type { Role, StorefrontActor } from '@brigade/core';
import type { Db } from '@brigade/db';
import { hashApiKey } from '@brigade/http';
import type { Channel } from '@brigade/contracts';
import type { CredentialRepository } from '../../domain/ports';

interface StaffRow {
  id: string;
  name: string;
  password_hash: string;
  roles: Role[];
  location_ids: string[] | null;
  disabled_at: Date | null;
}

export function credentialRepository(db: Db): CredentialRepository {
  return {
    async findStaffUser(tenantId, email) {
      const [row] = await db.query<StaffRow>(
        `SELECT id, name, password_hash, roles, location_ids, disabled_at FROM staff_users
          WHERE tenant_id = $1 AND email = $2`,
        [tenantId, email],
      );
      return row
        ? {
            id: row.id,
            name: row.name,
            passwordHash: row.password_hash,
            roles: row.roles,
            locationIds: row.location_ids,
            disabled: row.disabled_at !== null,
          }
        : undefined;
    },
  };
}

/** The storefront behind an API key, for `authenticate`; revoked keys are unknown. */
export function apiKeyResolver(db: Db) {
  return async (apiKey: string): Promise<StorefrontActor | undefined> => {
    const [row] = await db.query<{
      id: string;
      tenant_id: string;
      location_ids: string[];
      channel: Channel;
    }>(
      `SELECT id, tenant_id, location_ids, channel FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hashApiKey(apiKey)],
    );
    return row
      ? {
          kind: 'storefront',
          tenantId: row.tenant_id,
          apiKeyId: row.id,
          locationIds: row.location_ids,
          channel: row.channel,
        }
      : undefined;
  };
}
